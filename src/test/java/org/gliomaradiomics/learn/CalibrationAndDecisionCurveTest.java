package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibrationAndDecisionCurveTest {
    /**
     * Generated and fitted in R 4 (stats::glm):
     * <pre>
     * set.seed(3)
     * p &lt;- round(runif(40, 0.02, 0.98), 3)
     * y &lt;- rbinom(40, 1, plogis(0.4 + 0.6 * qlogis(p)))
     * tight &lt;- glm.control(epsilon = 1e-15, maxit = 100)   # the default 1e-8 stops ~1e-7 short in the SE
     * s &lt;- glm(y ~ qlogis(p), family = binomial, control = tight)           # coef 0.428816924721393
     * confint.default(s)[2, ]                              # -0.111213603040043  0.96884745248283
     * i &lt;- glm(y ~ offset(qlogis(p)), family = binomial, control = tight)   # coef 0.0592594570020124
     * confint.default(i)[1, ]                              # -0.654725805893927 0.773244719897951
     * </pre>
     */
    static final double[] P = {0.181, 0.795, 0.39, 0.335, 0.598, 0.6, 0.14, 0.303, 0.575, 0.626, 0.512, 0.505, 0.533, 0.555,
        0.853, 0.817, 0.127, 0.696, 0.882, 0.289, 0.239, 0.035, 0.144, 0.11, 0.247, 0.78, 0.596, 0.894, 0.558, 0.745, 0.384,
        0.378, 0.183, 0.455, 0.268, 0.343, 0.874, 0.214, 0.576, 0.219};
    static final int[] Y = {0, 0, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1,
        0, 0, 0, 1, 0, 0, 1};

    static boolean[] positive() {
        boolean[] b = new boolean[Y.length];
        for (int i = 0; i < b.length; i++) b[i] = Y[i] == 1;
        return b;
    }

    @Test
    void slopeAndInterceptWithWaldIntervalsAsRGlm() {
        LogisticCalibration c = LogisticCalibration.of(P, positive());
        assertEquals(0.428816924721393, c.slope(), 1e-11);
        assertEquals(-0.111213603040043, c.slopeLow(), 1e-11);
        assertEquals(0.96884745248283, c.slopeHigh(), 1e-11);
        assertEquals(0.0592594570020124, c.intercept(), 1e-11);
        assertEquals(-0.654725805893927, c.interceptLow(), 1e-11);
        assertEquals(0.773244719897951, c.interceptHigh(), 1e-11);
    }

    /** Probabilities that are the true ones (y drawn from them) for a large n: slope near 1, intercept near 0. */
    @Test
    void perfectlyCalibratedPredictionsGiveSlopeOneInterceptZero() {
        java.util.Random rnd = new java.util.Random(5);
        int n = 20000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) { p[i] = 1 / (1 + Math.exp(-2 * rnd.nextGaussian())); y[i] = rnd.nextDouble() < p[i]; }
        LogisticCalibration c = LogisticCalibration.of(p, y);
        assertTrue(c.slopeLow() < 1 && 1 < c.slopeHigh(), c.toString());
        assertTrue(c.interceptLow() < 0 && 0 < c.interceptHigh(), c.toString());
        assertTrue(c.slopeHigh() - c.slopeLow() < 0.1, c.toString());
    }

    @Test
    void oneClassHasNoCalibrationFit() {
        LogisticCalibration c = LogisticCalibration.of(new double[] {0.2, 0.4, 0.6}, new boolean[] {false, false, false});
        assertTrue(Double.isNaN(c.slope()) && Double.isNaN(c.intercept()), c.toString());
    }

    /** qnorm(0.975) in R: 1.959963984540054. */
    @Test
    void normalQuantileIsExact() {
        assertEquals(1.959963984540054, NormalQuantile.Z95, 1e-15);
        assertEquals(2.5758293035489, NormalQuantile.twoSided(0.99), 1e-12);   // qnorm(0.995)
    }

    /**
     * By hand: p = .9 .7 .4 .2 .1, outcomes 1 0 1 0 0 (prevalence 0.4). Treated when p ≥ t.
     * t = 0.2: TP 2, FP 2: (2 − 2·0.25)/5 = 0.3; treat all 0.4 − 0.6·0.25 = 0.25.
     * t = 0.3: TP 2, FP 1: (2 − 3/7)/5 = 11/35; treat all 0.4 − 0.6·3/7 = 1/7.
     * t = 0.5: TP 1, FP 1: 0; treat all 0.4 − 0.6 = −0.2.
     * t = 0.95: nobody treated: 0.
     */
    @Test
    void netBenefitByHand() {
        DecisionCurve d = DecisionCurve.of(new double[] {0.9, 0.7, 0.4, 0.2, 0.1}, new boolean[] {true, false, true, false, false},
            new double[] {0.2, 0.3, 0.5, 0.95});
        assertArrayEquals(new double[] {0.3, 11.0 / 35, 0, 0}, d.netBenefit(), 1e-15);
        assertArrayEquals(new double[] {0.25, 1.0 / 7, -0.2, 0.4 - 0.6 * 19}, d.treatAll(), 1e-12);
        assertEquals(0.4, d.prevalence(), 0);
        assertEquals(99, DecisionCurve.defaultThresholds().length);
    }

    @Test
    void metricsCarryCalibrationForBinaryTargetsOnly() {
        double[][] prob = new double[P.length][];
        for (int i = 0; i < P.length; i++) prob[i] = new double[] {1 - P[i], P[i]};
        ClassificationMetrics m = ClassificationMetrics.compute(prob, Y, 2, 1);
        assertEquals(0.428816924721393, m.calibration().slope(), 1e-11);
        double[][] three = {{0.5, 0.3, 0.2}, {0.2, 0.5, 0.3}, {0.3, 0.2, 0.5}, {0.6, 0.2, 0.2}, {0.2, 0.6, 0.2}, {0.1, 0.2, 0.7}};
        assertNull(ClassificationMetrics.compute(three, new int[] {0, 1, 2, 0, 1, 2}, 3, 1).calibration());
    }
}
