package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PenalizedCoxTest {
    private static SurvivalData rossi;
    private static CoxFit breslow;

    @BeforeAll
    static void load() throws Exception {
        rossi = Rossi.load();
        breslow = CoxRegression.fit(rossi.time(), rossi.event(), rossi.covariates(), Ties.BRESLOW);
    }

    @Test
    void tinyLambdaGivesTheUnpenalisedBreslowFit() {
        for (double alpha : new double[] {1, 0.5, 0}) {
            CoxPath path = PenalizedCox.path(rossi.time(), rossi.event(), rossi.covariates(),
                PenaltySettings.elasticNet(alpha).withLambdas(1e-9).withTolerance(1e-13));
            for (int j = 0; j < breslow.size(); j++)
                assertEquals(breslow.coefficients()[j], path.coefficients()[0][j], 1e-5 * (1 + Math.abs(breslow.coefficients()[j])),
                    "alpha " + alpha + " coef " + j);
            assertEquals(breslow.logLikelihood(), path.logLikelihood()[0], 1e-6);
        }
    }

    @Test
    void hugeLambdaZeroesEveryLassoCoefficient() {
        CoxPath auto = PenalizedCox.path(rossi.time(), rossi.event(), rossi.covariates(), PenaltySettings.lasso());
        CoxPath huge = PenalizedCox.path(rossi.time(), rossi.event(), rossi.covariates(),
            PenaltySettings.lasso().withLambdas(10 * auto.lambdaMax(), 1e3));
        for (double[] b : huge.coefficients()) for (double v : b) assertEquals(0.0, v);
        assertEquals(0, auto.nonZero()[0], "all zero at lambda_max");
        assertTrue(auto.nonZero()[1] >= 1, "first variable enters just below lambda_max");
        // 100 log-spaced values down to 1e-4·λ_max (n > p); glmnet's stopping rules may end the path earlier
        int last = auto.size() - 1;
        assertTrue(auto.size() > 5 && auto.size() <= 100);
        assertEquals(Math.pow(1e-4, last / 99.0), auto.lambdas()[last] / auto.lambdas()[0], 1e-12);
        assertEquals(auto.lambdaMax(), auto.lambdas()[0], 0);
    }

    /** λ_max = max_j |∂ℓ/∂b_j at 0| / n on standardised features, with the score from the (separate) Newton code. */
    @Test
    void lambdaMaxIsTheLargestStandardisedScoreAtZero() {
        double[][] x = rossi.covariates();
        int n = x.length, p = x[0].length;
        double[][] z = standardise(x);
        CoxPartialLikelihood pl = new CoxPartialLikelihood(rossi.time(), rossi.event(), z, null, Ties.BRESLOW);
        double[] score = new double[p];
        pl.evaluate(new double[p], score, null, null);
        double expected = 0;
        for (double s : score) expected = Math.max(expected, Math.abs(s) / n);
        CoxPath path = PenalizedCox.path(rossi.time(), rossi.event(), x, PenaltySettings.lasso());
        assertEquals(expected, path.lambdaMax(), 1e-10 * expected);
    }

    /** Karush-Kuhn-Tucker conditions of the lasso / elastic net on standardised features at a mid-path λ. */
    @Test
    void solutionSatisfiesOptimalityConditions() {
        double[][] x = rossi.covariates();
        int n = x.length, p = x[0].length;
        double[][] z = standardise(x);
        double[] sd = sd(x);
        for (double alpha : new double[] {1, 0.3, 0}) {
            CoxPath path = PenalizedCox.path(rossi.time(), rossi.event(), x, PenaltySettings.elasticNet(alpha));
            int k = 20;
            double lambda = path.lambdas()[k];
            double[] b = new double[p];
            for (int j = 0; j < p; j++) b[j] = path.coefficients()[k][j] * sd[j];
            double[] score = new double[p];
            new CoxPartialLikelihood(rossi.time(), rossi.event(), z, null, Ties.BRESLOW).evaluate(b, score, null, null);
            for (int j = 0; j < p; j++) {
                double g = score[j] / n - lambda * (1 - alpha) * b[j];
                if (b[j] != 0) assertEquals(lambda * alpha * Math.signum(b[j]), g, 1e-3 * lambda, "alpha " + alpha + " active " + j);
                else assertTrue(Math.abs(g) <= lambda * alpha * (1 + 1e-3), "alpha " + alpha + " inactive " + j);
            }
        }
    }

    /** An unpenalised covariate (factor 0) at λ_max equals its own univariate Breslow Cox fit. */
    @Test
    void unpenalisedCovariateIsFittedFirst() {
        double[][] x = rossi.covariates();
        double[] factors = {1, 0, 1, 1, 1, 1, 1};
        CoxPath path = PenalizedCox.path(rossi.time(), rossi.event(), x, PenaltySettings.lasso().withPenaltyFactors(factors));
        double[][] age = new double[x.length][1];
        for (int i = 0; i < x.length; i++) age[i][0] = x[i][1];
        CoxFit univariate = CoxRegression.fit(rossi.time(), rossi.event(), age, Ties.BRESLOW);
        assertEquals(univariate.coefficients()[0], path.coefficients()[0][1], 1e-5);
        assertEquals(1, path.nonZero()[0]);
    }

    static double[] sd(double[][] x) {
        int n = x.length, p = x[0].length;
        double[] m = new double[p], s = new double[p];
        for (double[] r : x) for (int j = 0; j < p; j++) m[j] += r[j] / n;
        for (double[] r : x) for (int j = 0; j < p; j++) s[j] += (r[j] - m[j]) * (r[j] - m[j]) / n;
        for (int j = 0; j < p; j++) s[j] = Math.sqrt(s[j]);
        return s;
    }

    static double[][] standardise(double[][] x) {
        int n = x.length, p = x[0].length;
        double[] s = sd(x);
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) for (int j = 0; j < p; j++) z[i][j] = x[i][j] / s[j];
        return z;
    }
}
