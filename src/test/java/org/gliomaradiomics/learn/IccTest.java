package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The classic example of Shrout and Fleiss (1979, Psychological Bulletin 86:420, Table 2): 6 targets rated by 4
 * judges. Their published coefficients are ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71; the values to 1e-12 and
 * the 95% limits are R's psych 2.2.9, {@code ICC(sf, lmer = FALSE)$results} (the R code is in the comment below).
 */
class IccTest {
    static final double[][] SHROUT_FLEISS = {
        {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};

    @Test
    void shroutFleissTable() {
        Icc.Result r = Icc.of(SHROUT_FLEISS, 0.05);
        assertEquals(0.17, r.icc1().icc(), 0.005);
        assertEquals(0.29, r.icc2().icc(), 0.005);
        assertEquals(0.71, r.icc3().icc(), 0.005);
        // library(psych); sf <- matrix(c(9,2,5,8, 6,1,3,2, 8,4,6,8, 7,1,2,6, 10,5,6,9, 6,2,4,7), ncol = 4, byrow = TRUE)
        // print(ICC(sf, lmer = FALSE)$results[1:3, c("ICC", "lower bound", "upper bound")], digits = 15)
        double[][] psych = {
            {0.165741768405476, -0.132932324874751, 0.722560062328121},
            {0.289763779527559, 0.018786513374712, 0.761084369648953},
            {0.714840714840715, 0.342464765033925, 0.94585825995536}};
        Icc.Value[] ours = {r.icc1(), r.icc2(), r.icc3()};
        for (int i = 0; i < 3; i++) {
            assertEquals(psych[i][0], ours[i].icc(), 1e-12, "ICC" + (i + 1));
            assertEquals(psych[i][1], ours[i].lower(), 1e-9, "ICC" + (i + 1) + " lower");
            assertEquals(psych[i][2], ours[i].upper(), 1e-9, "ICC" + (i + 1) + " upper");
        }
    }

    @Test
    void perfectAgreementIsOne() {
        double[][] x = {{1, 1, 1}, {2, 2, 2}, {5, 5, 5}};
        // no error variance: every coefficient is 1 (MSE = MSW = 0, up to rounding of the sums of squares)
        assertEquals(1, Icc.of(x, 0.05).icc1().icc(), 1e-12);
        assertEquals(1, Icc.of(x, 0.05).icc2().icc(), 1e-12);
    }

    @Test
    void tooSmallOrRaggedTablesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Icc.of(new double[][] {{1, 2}}, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Icc.of(new double[][] {{1, 2}, {3}}, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Icc.of(new double[][] {{1, Double.NaN}, {3, 4}}, 0.05));
    }
}
