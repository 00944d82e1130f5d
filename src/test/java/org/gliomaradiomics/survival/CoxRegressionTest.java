package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CoxRegressionTest {

    /** Without tied event times Efron's and Breslow's approximations are the same likelihood. */
    @Test
    void breslowEqualsEfronWithoutTies() {
        SyntheticSurvival d = SyntheticSurvival.proportionalHazards(200, 3, 0.3, new double[] {0.7, -0.5, 0.2}, 2, 7);
        CoxFit efron = CoxRegression.fit(d.time, d.event, d.x, Ties.EFRON);
        CoxFit breslow = CoxRegression.fit(d.time, d.event, d.x, Ties.BRESLOW);
        for (int j = 0; j < 3; j++) {
            assertEquals(efron.coefficients()[j], breslow.coefficients()[j], 1e-12);
            assertEquals(efron.standardErrors()[j], breslow.standardErrors()[j], 1e-12);
        }
        assertEquals(efron.logLikelihood(), breslow.logLikelihood(), 1e-9);
    }

    /** Stacking the data twice as two strata doubles the log-likelihood: same β, standard errors / √2. */
    @Test
    void duplicatedStrataHalveTheVariance() throws Exception {
        SurvivalData r = Rossi.load();
        int n = r.size();
        double[] t = new double[2 * n];
        boolean[] e = new boolean[2 * n];
        double[][] x = new double[2 * n][];
        int[] strata = new int[2 * n];
        for (int i = 0; i < 2 * n; i++) { t[i] = r.time()[i % n]; e[i] = r.event()[i % n]; x[i] = r.covariates()[i % n]; strata[i] = i / n; }
        CoxFit single = CoxRegression.fit(r);
        CoxFit doubled = CoxRegression.fit(t, e, x, strata, Ties.EFRON, null);
        for (int j = 0; j < single.size(); j++) {
            assertEquals(single.coefficients()[j], doubled.coefficients()[j], 1e-8);
            assertEquals(single.standardErrors()[j] / Math.sqrt(2), doubled.standardErrors()[j], 1e-8);
        }
        assertEquals(2 * single.logLikelihood(), doubled.logLikelihood(), 1e-6);
    }

    /**
     * One binary covariate, no ties: deaths at 1 (x=1), 2 (x=0), 3 (x=1), censored at 4 (x=0). With r = e^β the
     * score is 1 − 2r/(2r+2) + 0 − r/(r+2) + 1 − r/(r+1) = 0; solved numerically by bisection here, independently.
     */
    @Test
    void singleCovariateMatchesScoreRoot() {
        double[] t = {1, 2, 3, 4};
        boolean[] e = {true, true, true, false};
        double[][] x = {{1}, {0}, {1}, {0}};
        CoxFit fit = CoxRegression.fit(t, e, x, Ties.BRESLOW);
        double lo = -5, hi = 5;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi), r = Math.exp(mid);
            double score = 1 - r / (r + 1) - r / (r + 2) + 1 - r / (r + 1);
            if (score > 0) lo = mid; else hi = mid;
        }
        assertEquals(0.5 * (lo + hi), fit.coefficients()[0], 1e-8);
        assertEquals(Math.exp(fit.coefficients()[0]), fit.hazardRatio(0), 1e-12);
        assertEquals(2 * (fit.logLikelihood() - fit.nullLogLikelihood()), fit.likelihoodRatioChiSquare(), 1e-12);
    }

    @Test
    void constantCovariateIsReported() {
        double[][] x = {{1}, {1}, {1}};
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> CoxRegression.fit(new double[] {1, 2, 3}, new boolean[] {true, true, false}, x, Ties.EFRON));
        assertEquals(true, ex.getMessage().contains("singular"));
    }
    /**
     * Perfect separation: the ten subjects with x = 0 all die at times 1..10, the ten with x = 1 are censored at
     * 31..40. R 4 (survival 3.x): coxph(Surv(time, event) ~ x) gives coef -22.5307 after 20 iterations and warns
     * "Loglik converged before variable 1; coefficient may be infinite".
     */
    @Test
    void perfectSeparationIsFlaggedAsRDoes() throws Exception {
        int n = 20;
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            boolean early = i < 10;
            time[i] = early ? i + 1 : i + 21;
            event[i] = early;
            x[i][0] = early ? 0 : 1;
        }
        CoxFit fit = CoxRegression.fit(time, event, x, null, Ties.EFRON, new String[] {"x"});
        assertEquals(-22.5307, fit.coefficients()[0], 1e-4);
        assertEquals(java.util.List.of("x"), fit.possiblyInfiniteCoefficients());
        // R gives no such warning on the Rossi recidivism data
        assertEquals(java.util.List.of(), CoxRegression.fit(Rossi.load()).possiblyInfiniteCoefficients());
    }
}
