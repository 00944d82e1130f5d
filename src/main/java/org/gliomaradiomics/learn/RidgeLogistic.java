package org.gliomaradiomics.learn;

import java.io.Serializable;

/**
 * Binary ridge logistic regression with Weka {@code Logistic}'s definition, written by hand because Weka's
 * quasi-Newton search over a dense p² Hessian approximation is what made wide tables slow (1,716 features: most of
 * two minutes per 5 × 5 cross-validation). The same model: each column is standardised with its weighted mean and
 * sample standard deviation (Σw − 1; constant columns left out), and the fit minimises
 * <pre>  −Σ w_i log p(y_i | x_i) + ridge · ‖β‖²  </pre>
 * over the intercept (not penalised) and the standardised coefficients β. Solved by Newton's method with step
 * halving; each Newton system is solved in whichever is smaller, feature space (p × p Cholesky) or sample space
 * (n × n Cholesky of {@code 2·ridge·I + V½ Z Zᵀ V½}, Woodbury identity), so 256 × 1,716 takes a few milliseconds a
 * step. Converges to machine precision, where Weka stops at its own tolerance.
 */
final class RidgeLogistic implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_NEWTON = 100;

    /** Probability of class 1 = 1 / (1 + exp(−(intercept + Σ coef_j · x_j))), on the raw (unstandardised) scale. */
    private final double intercept;
    private final double[] coef;
    /** Training means, used for a missing value at prediction (as Weka's ReplaceMissingValues does). */
    private final double[] means;

    private RidgeLogistic(double intercept, double[] coef, double[] means) {
        this.intercept = intercept;
        this.coef = coef;
        this.means = means;
    }

    /** Fits on complete rows {@code x} with labels 0/1 and instance weights ({@code null}: all 1). */
    static RidgeLogistic fit(double[][] x, int[] y, double[] weights, double ridge) {
        int n = x.length, p = n == 0 ? 0 : x[0].length;
        if (!(ridge > 0)) throw new IllegalArgumentException("ridge must be > 0, got " + ridge);
        double[] w = new double[n];
        double tot = 0;
        for (int i = 0; i < n; i++) tot += w[i] = weights == null ? 1 : weights[i];
        double[] mean = new double[p], sd = new double[p];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < p; j++) {
                mean[j] += w[i] * x[i][j];
                sd[j] += w[i] * x[i][j] * x[i][j];
            }
        int kept = 0;
        int[] cols = new int[p];
        for (int j = 0; j < p; j++) {
            mean[j] /= tot;
            sd[j] = tot > 1 ? Math.sqrt(Math.abs(sd[j] - tot * mean[j] * mean[j]) / (tot - 1)) : 0;
            if (sd[j] > 0) cols[kept++] = j;
        }
        double[][] z = new double[n][kept]; // standardised, constant columns left out
        for (int i = 0; i < n; i++)
            for (int k = 0; k < kept; k++) z[i][k] = (x[i][cols[k]] - mean[cols[k]]) / sd[cols[k]];
        double[] beta = new double[kept];
        double b0 = newton(z, y, w, ridge, beta);
        double[] c = new double[p];
        double raw0 = b0;
        for (int k = 0; k < kept; k++) {
            int j = cols[k];
            c[j] = beta[k] / sd[j];
            raw0 -= c[j] * mean[j];
        }
        double[] plainMeans = new double[p];
        for (double[] row : x) for (int j = 0; j < p; j++) plainMeans[j] += row[j] / n;
        return new RidgeLogistic(raw0, c, plainMeans);
    }

    /** Intercept then coefficients, on the raw scale. */
    double[] coefficients() {
        double[] c = new double[coef.length + 1];
        c[0] = intercept;
        System.arraycopy(coef, 0, c, 1, coef.length);
        return c;
    }

    /** Probability of class 1 for one row. */
    double probability(double[] row) {
        double eta = intercept;
        for (int j = 0; j < coef.length; j++) eta += coef[j] * (Double.isNaN(row[j]) ? means[j] : row[j]);
        return sigmoid(eta);
    }

    /** Minimises the penalised negative log-likelihood; fills {@code beta}, returns the intercept. */
    private static double newton(double[][] z, int[] y, double[] w, double ridge, double[] beta) {
        int n = z.length, p = beta.length;
        double sw = 0, sy = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            sy += w[i] * y[i];
        }
        double b0 = sy > 0 && sy < sw ? Math.log(sy / (sw - sy)) : 0;
        double[][] gram = p > n ? rowGram(z) : null;
        double[] eta = linear(z, b0, beta), prob = new double[n];
        double obj = objective(eta, y, w, ridge, beta);
        for (int it = 0; it < MAX_NEWTON; it++) {
            double[] r = new double[n], v = new double[n];
            for (int i = 0; i < n; i++) {
                prob[i] = sigmoid(eta[i]);
                r[i] = w[i] * (prob[i] - y[i]);
                v[i] = Math.max(w[i] * prob[i] * (1 - prob[i]), 1e-300);
            }
            double g0 = 0, a = 0;
            double[] g = new double[p];
            for (int i = 0; i < n; i++) {
                g0 += r[i];
                a += v[i];
            }
            double[] b = transposeTimes(z, v);
            double[] zr = transposeTimes(z, r);
            for (int k = 0; k < p; k++) g[k] = zr[k] + 2 * ridge * beta[k];
            Solver c = gram != null ? new SampleSpace(z, gram, v, ridge) : new FeatureSpace(z, v, ridge);
            double[] cg = c.solve(g), cb = c.solve(b);
            double d0 = (g0 - dot(b, cg)) / (a - dot(b, cb));
            double[] d = new double[p];
            for (int k = 0; k < p; k++) d[k] = cg[k] - cb[k] * d0;
            double step = 1, newObj;
            double[] nb = new double[p];
            double nb0;
            while (true) {
                for (int k = 0; k < p; k++) nb[k] = beta[k] - step * d[k];
                nb0 = b0 - step * d0;
                double[] ne = linear(z, nb0, nb);
                newObj = objective(ne, y, w, ridge, nb);
                if (newObj <= obj || step < 1e-10) {
                    eta = ne;
                    break;
                }
                step /= 2;
            }
            double change = Math.abs(step * d0);
            for (int k = 0; k < p; k++) change = Math.max(change, Math.abs(step * d[k]));
            System.arraycopy(nb, 0, beta, 0, p);
            b0 = nb0;
            boolean flat = obj - newObj <= 1e-15 * Math.max(1, Math.abs(obj));
            obj = newObj;
            if (change < 1e-10 || flat) break;
        }
        return b0;
    }

    private interface Solver {
        /** (Zᵀ V Z + 2·ridge·I)⁻¹ u. */
        double[] solve(double[] u);
    }

    /** p ≤ n: the p × p system directly. */
    private static final class FeatureSpace implements Solver {
        private final double[][] chol;

        FeatureSpace(double[][] z, double[] v, double ridge) {
            int p = z.length == 0 ? 0 : z[0].length;
            double[][] m = new double[p][p];
            for (int i = 0; i < z.length; i++) {
                double[] zi = z[i];
                for (int j = 0; j < p; j++) {
                    double s = v[i] * zi[j];
                    if (s == 0) continue;
                    double[] mj = m[j];
                    for (int k = 0; k <= j; k++) mj[k] += s * zi[k];
                }
            }
            for (int j = 0; j < p; j++) m[j][j] += 2 * ridge;
            chol = cholesky(m);
        }

        @Override
        public double[] solve(double[] u) {
            return cholSolve(chol, u);
        }
    }

    /** p &gt; n: Woodbury, (2λI + ZᵀSSZ)⁻¹u = (u − ZᵀS (2λI + S Z Zᵀ S)⁻¹ S Z u) / 2λ with S = V½. */
    private static final class SampleSpace implements Solver {
        private final double[][] z, chol;
        private final double[] s;
        private final double twoLambda;

        SampleSpace(double[][] z, double[][] gram, double[] v, double ridge) {
            int n = z.length;
            this.z = z;
            twoLambda = 2 * ridge;
            s = new double[n];
            for (int i = 0; i < n; i++) s[i] = Math.sqrt(v[i]);
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k <= i; k++) m[i][k] = s[i] * gram[i][k] * s[k];
                m[i][i] += twoLambda;
            }
            chol = cholesky(m);
        }

        @Override
        public double[] solve(double[] u) {
            int n = z.length;
            double[] t = new double[n];
            for (int i = 0; i < n; i++) t[i] = s[i] * dot(z[i], u);
            double[] q = cholSolve(chol, t);
            for (int i = 0; i < n; i++) q[i] *= s[i];
            double[] ztq = transposeTimes(z, q);
            double[] out = new double[u.length];
            for (int k = 0; k < out.length; k++) out[k] = (u[k] - ztq[k]) / twoLambda;
            return out;
        }
    }

    /** Lower triangle of Z Zᵀ. */
    private static double[][] rowGram(double[][] z) {
        double[][] g = new double[z.length][z.length];
        for (int i = 0; i < z.length; i++) for (int k = 0; k <= i; k++) g[i][k] = dot(z[i], z[k]);
        return g;
    }

    /** Cholesky factor L (lower) of a symmetric positive definite matrix given by its lower triangle. */
    private static double[][] cholesky(double[][] m) {
        int n = m.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= i; k++) {
                double sum = m[i][k];
                double[] li = l[i], lk = l[k];
                for (int j = 0; j < k; j++) sum -= li[j] * lk[j];
                if (i == k) {
                    if (!(sum > 0)) throw new IllegalStateException("ridge logistic: Newton system not positive definite");
                    li[i] = Math.sqrt(sum);
                } else li[k] = sum / lk[k];
            }
        }
        return l;
    }

    private static double[] cholSolve(double[][] l, double[] b) {
        int n = l.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int j = 0; j < i; j++) s -= l[i][j] * y[j];
            y[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int j = i + 1; j < n; j++) s -= l[j][i] * y[j];
            y[i] = s / l[i][i];
        }
        return y;
    }

    private static double[] linear(double[][] z, double b0, double[] beta) {
        double[] eta = new double[z.length];
        for (int i = 0; i < z.length; i++) eta[i] = b0 + dot(z[i], beta);
        return eta;
    }

    private static double objective(double[] eta, int[] y, double[] w, double ridge, double[] beta) {
        double nll = 0;
        for (int i = 0; i < eta.length; i++) {
            double e = y[i] == 1 ? -eta[i] : eta[i]; // −log p(y) = log(1 + exp(e))
            nll += w[i] * (e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e)));
        }
        return nll + ridge * dot(beta, beta);
    }

    private static double[] transposeTimes(double[][] z, double[] v) {
        double[] out = new double[z.length == 0 ? 0 : z[0].length];
        for (int i = 0; i < z.length; i++) {
            double vi = v[i];
            if (vi == 0) continue;
            double[] zi = z[i];
            for (int k = 0; k < out.length; k++) out[k] += vi * zi[k];
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }
}
