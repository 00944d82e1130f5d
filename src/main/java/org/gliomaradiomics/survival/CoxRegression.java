package org.gliomaradiomics.survival;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Cox proportional-hazards regression by Newton-Raphson from β = 0 with step halving (as R's coxph: a step that
 * lowers the log-likelihood is halved towards the previous β; convergence when |1 − ℓ_old/ℓ_new| ≤ 1e-9).
 */
public final class CoxRegression {
    private static final int MAX_ITERATIONS = 30;
    private static final double EPS = 1e-9;

    private CoxRegression() {}

    /** Unstratified fit with Efron ties. */
    public static CoxFit fit(SurvivalData data) {
        return fit(data.time(), data.event(), data.covariates(), null, Ties.EFRON, data.covariateNames());
    }

    public static CoxFit fit(double[] time, boolean[] event, double[][] x, Ties ties) {
        return fit(time, event, x, null, ties, null);
    }

    /**
     * @param strata stratum label per subject (separate baseline hazards) or null
     * @param names covariate names or null (x1, x2, ...)
     */
    public static CoxFit fit(double[] time, boolean[] event, double[][] x, int[] strata, Ties ties, String[] names) {
        CoxPartialLikelihood pl = new CoxPartialLikelihood(time, event, x, strata, ties);
        int p = pl.p;
        if (p == 0) throw new IllegalArgumentException("Cox regression needs at least one covariate");
        int events = 0;
        for (boolean e : event) if (e) events++;
        if (events == 0) throw new IllegalArgumentException("Cox regression needs at least one event");

        double[] beta = new double[p], score = new double[p], info = new double[p * p];
        double loglik = pl.evaluate(beta, score, info, null);
        double nullLoglik = loglik;
        double scoreTest = quadraticForm(info, score, p);
        boolean converged = false;
        int iter = 0;
        while (iter < MAX_ITERATIONS && !converged) {
            iter++;
            double[] step = solve(info, score, p);
            double[] trial = new double[p];
            for (int j = 0; j < p; j++) trial[j] = beta[j] + step[j];
            double[] trialScore = new double[p], trialInfo = new double[p * p];
            double trialLoglik = pl.evaluate(trial, trialScore, trialInfo, null);
            int halvings = 0;
            while ((!Double.isFinite(trialLoglik) || trialLoglik < loglik - 1e-12 * Math.abs(loglik)) && halvings < 30) {
                for (int j = 0; j < p; j++) trial[j] = 0.5 * (trial[j] + beta[j]);
                trialLoglik = pl.evaluate(trial, trialScore, trialInfo, null);
                halvings++;
            }
            converged = Math.abs(1 - loglik / trialLoglik) <= EPS;
            beta = trial;
            score = trialScore;
            info = trialInfo;
            loglik = trialLoglik;
        }
        RealMatrix cov = inverse(info, p);
        double[] se = new double[p];
        for (int j = 0; j < p; j++) se[j] = Math.sqrt(cov.getEntry(j, j));
        String[] labels = names != null ? names.clone() : defaultNames(p);
        return new CoxFit(labels, beta, se, cov.getData(), loglik, nullLoglik, scoreTest, ties, iter, converged,
            time.length, events, possiblyInfinite(cov, score, beta));
    }

    /**
     * R's coxph check for a monotone likelihood: the likelihood has converged but the Newton step (V·U) of a
     * coefficient is still larger than 1e-9 and than sqrt(1e-9)·|β| (survival's coxph.fit, eps and toler.inf).
     */
    static boolean[] possiblyInfinite(RealMatrix cov, double[] score, double[] beta) {
        double[] step = cov.operate(score);
        boolean[] out = new boolean[beta.length];
        for (int j = 0; j < beta.length; j++) out[j] = Math.abs(step[j]) > EPS_R && Math.abs(step[j]) > Math.sqrt(EPS_R) * Math.abs(beta[j]);
        return out;
    }

    /** coxph.control's eps. */
    private static final double EPS_R = 1e-9;

    static String[] defaultNames(int p) {
        String[] out = new String[p];
        for (int j = 0; j < p; j++) out[j] = "x" + (j + 1);
        return out;
    }

    static double[] solve(double[] matrix, double[] rhs, int p) {
        return solver(matrix, p).solve(new ArrayRealVector(rhs)).toArray();
    }

    static RealMatrix inverse(double[] matrix, int p) {
        return solver(matrix, p).getInverse();
    }

    static double quadraticForm(double[] matrix, double[] v, int p) {
        double[] sol = solve(matrix, v, p);
        double q = 0;
        for (int j = 0; j < p; j++) q += v[j] * sol[j];
        return q;
    }

    private static DecompositionSolver solver(double[] matrix, int p) {
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) System.arraycopy(matrix, i * p, a[i], 0, p);
        DecompositionSolver s = new LUDecomposition(new Array2DRowRealMatrix(a, false), 1e-300).getSolver();
        if (!s.isNonSingular())
            throw new IllegalArgumentException("the Cox information matrix is singular: a covariate is constant or collinear with others");
        return s;
    }
}
