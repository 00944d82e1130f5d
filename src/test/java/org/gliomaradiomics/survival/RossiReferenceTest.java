package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rossi figures from ../shared/reference/survival/README.md (R coxph ties="efron", survfit, survdiff), each
 * checked to 4 significant digits.
 */
class RossiReferenceTest {
    private static final double[] COEF = {-0.37942, -0.05744, 0.31390, -0.14980, -0.43370, -0.08487, 0.09150};
    private static final double[] SE = {0.19138, 0.02200, 0.30799, 0.21222, 0.38187, 0.19576, 0.02865};
    private static SurvivalData rossi;
    private static CoxFit efron;

    @BeforeAll
    static void fit() throws Exception {
        rossi = Rossi.load();
        efron = CoxRegression.fit(rossi);
    }

    static void assertFourDigits(double expected, double actual, String what) {
        double tol = 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - 3);
        assertEquals(expected, actual, tol, what);
    }

    @Test
    void coxEfronCoefficientsAndStandardErrors() {
        assertTrue(efron.converged());
        for (int j = 0; j < COEF.length; j++) {
            assertFourDigits(COEF[j], efron.coefficients()[j], "coef " + Rossi.COVARIATES[j]);
            assertFourDigits(SE[j], efron.standardErrors()[j], "se " + Rossi.COVARIATES[j]);
        }
    }

    @Test
    void partialLogLikelihood() {
        assertFourDigits(-658.7477, efron.logLikelihood(), "log-likelihood");
        assertEquals(-658.7477, efron.logLikelihood(), 5e-5);
    }

    /**
     * R's convention (an event and a censoring at the same week are comparable, the censored subject outliving):
     * {@code concordance(coxph(Surv(week, arrest) ~ fin + age + race + wexp + mar + paro + prio, data = rossi))}
     * gives 0.6403292471 (concordant 27242, discordant 15291, tied.x 49). With every pair tied in time left out, the
     * shared reference gives 0.6438.
     */
    @Test
    void harrellConcordanceOfLinearPredictor() {
        double[] lp = efron.linearPredictor(rossi.covariates());
        assertEquals(0.6403292471, Concordance.harrell(rossi.time(), rossi.event(), lp), 1e-10);
        assertFourDigits(0.6438, Concordance.harrell(rossi.time(), rossi.event(), lp, Concordance.TiedTimes.NOT_COMPARABLE), "Harrell C");
    }

    @Test
    void kaplanMeierAtWeek52ByFinancialAid() {
        double[] fin = rossi.covariate("fin");
        int[] group = new int[fin.length];
        for (int i = 0; i < group.length; i++) group[i] = (int) fin[i];
        var curves = KaplanMeier.byGroup(rossi.time(), rossi.event(), group, ConfidenceType.LOG, 0.95);
        assertFourDigits(0.69444, curves.get(0).survivalAt(52), "S(52) fin=0");
        assertFourDigits(0.77778, curves.get(1).survivalAt(52), "S(52) fin=1");
        assertEquals(216, curves.get(0).atRiskAt(0));
    }

    @Test
    void logRankFinancialAid() {
        int[] group = new int[rossi.size()];
        double[] fin = rossi.covariate("fin");
        for (int i = 0; i < group.length; i++) group[i] = (int) fin[i];
        LogRankResult lr = LogRank.test(rossi.time(), rossi.event(), group);
        assertFourDigits(3.8376, lr.chiSquare(), "chi-square");
        assertEquals(1, lr.degreesOfFreedom());
        assertEquals(48, lr.observed()[1], 0);
        assertFourDigits(58.43, lr.expected()[1], "expected fin=1");
        // an independent consequence: total expected equals total observed
        assertEquals(lr.observed()[0] + lr.observed()[1], lr.expected()[0] + lr.expected()[1], 1e-9);
    }
}
