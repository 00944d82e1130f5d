package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.gliomaradiomics.table.CsvReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R's {@code survival::lung} (src/test/resources/survival/lung.csv, status recoded 0/1) against values computed with
 * R 4 and survival 3.5.3; the R code that produced each value is quoted next to it.
 */
class LungReferenceTest {
    private static SurvivalData lung;

    static Path file() {
        try {
            return Path.of(LungReferenceTest.class.getResource("/survival/lung.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void load() throws Exception {
        lung = SurvivalData.fromCsv(CsvReader.read(file()), "time", "status", "sex", "age");
    }

    private static int[] sex() {
        double[] s = lung.covariate("sex");
        int[] g = new int[s.length];
        for (int i = 0; i < s.length; i++) g[i] = (int) s[i];
        return g;
    }

    /**
     * <pre>
     * summary(survfit(Surv(time, status) ~ sex, data = lung, conf.type = T))$table[, c("median", "0.95LCL", "0.95UCL")]
     * #  conf.type "log":     sex=1 270 212 310;  sex=2 426 348 550
     * #  conf.type "log-log": sex=1 270 210 306;  sex=2 426 345 524
     * #  conf.type "plain":   sex=1 270 212 306;  sex=2 426 345 524
     * </pre>
     */
    @Test
    void medianConfidenceLimitsAsR() {
        Object[][] expected = {
            {ConfidenceType.LOG, new double[][] {{270, 212, 310}, {426, 348, 550}}},
            {ConfidenceType.LOG_LOG, new double[][] {{270, 210, 306}, {426, 345, 524}}},
            {ConfidenceType.PLAIN, new double[][] {{270, 212, 306}, {426, 345, 524}}}};
        for (Object[] row : expected) {
            var curves = KaplanMeier.byGroup(lung.time(), lung.event(), sex(), (ConfidenceType) row[0], 0.95);
            double[][] r = (double[][]) row[1];
            for (int g = 1; g <= 2; g++) {
                KaplanMeierCurve c = curves.get(g);
                String what = row[0] + " sex=" + g;
                assertEquals(r[g - 1][0], c.median(), 0, what + " median");
                assertEquals(r[g - 1][1], c.medianLower(), 0, what + " lower");
                assertEquals(r[g - 1][2], c.medianUpper(), 0, what + " upper");
            }
        }
    }

    /**
     * Pairs of an event and a censoring at the same time count, the censored subject outliving the event:
     * <pre>
     * concordance(Surv(time, status) ~ age, data = lung, reverse = TRUE)$concordance   # 0.550239832117518
     * concordance(coxph(Surv(time, status) ~ age + sex, data = lung))$concordance      # 0.602853002897971
     * </pre>
     */
    @Test
    void harrellConcordanceAsR() {
        assertEquals(0.550239832117518, Concordance.harrell(lung.time(), lung.event(), lung.covariate("age")), 1e-13);
        CoxFit fit = CoxRegression.fit(lung.time(), lung.event(), lung.covariates(), Ties.EFRON);
        // coef(coxph(Surv(time, status) ~ sex + age, data = lung)): sex -0.513218517108384, age 0.0170453318454113
        assertEquals(-0.513218517108384, fit.coefficients()[0], 1e-8);
        assertEquals(0.0170453318454113, fit.coefficients()[1], 1e-9);
        assertEquals(0.602853002897971, Concordance.harrell(lung.time(), lung.event(), fit.linearPredictor(lung.covariates())), 1e-13);
    }

    /**
     * A linear predictor −0.9·time spans 915 (times 5 to 1022) and falls with time: shifted by its global maximum,
     * the last risk sets underflowed to 0 and the log-likelihood was +∞. R (which centres an offset on its mean,
     * here −645 to 270) gives:
     * <pre>
     * l &lt;- lung; l$lp &lt;- -0.9 * l$time
     * coxph(Surv(time, status) ~ offset(lp), data = l, ties = "breslow")$loglik   # -74.476236083534445
     * coxph(Surv(time, status) ~ offset(lp), data = l, ties = "efron")$loglik     # -58.964256985488817
     * </pre>
     */
    @Test
    void partialLikelihoodOfAWideLinearPredictorAsR() {
        double[] lp = new double[lung.size()];
        double[][] x = new double[lung.size()][];
        for (int i = 0; i < lp.length; i++) { lp[i] = -0.9 * lung.time()[i]; x[i] = new double[] {lung.time()[i]}; }
        assertEquals(-74.476236083534445, BreslowRiskSets.logLikelihood(lung.time(), lung.event(), lp), 1e-9);
        for (Ties ties : Ties.values()) {
            double expected = ties == Ties.BRESLOW ? -74.476236083534445 : -58.964256985488817;
            CoxPartialLikelihood pl = new CoxPartialLikelihood(lung.time(), lung.event(), x, null, ties);
            assertEquals(expected, pl.evaluate(new double[] {-0.9}, null, null, null), 1e-9, ties.toString());
        }
    }
}
