package org.gliomaradiomics.learn;

import java.util.Arrays;

/**
 * Ranks features by when they enter the L1-penalised logistic regression path (binary targets), written by hand
 * because Weka has no lasso logistic. Columns are standardised; the penalty goes from the smallest value that
 * keeps every coefficient at zero down a geometric grid (50 steps to 1% of it) with warm starts, fitting each
 * step by IRLS with cyclic coordinate descent (Friedman, Hastie &amp; Tibshirani 2010, glmnet). Features that never
 * enter follow in order of |correlation| with the label.
 */
final class LassoLogisticRanking {
    private static final int STEPS = 50, IRLS = 8, SWEEPS = 30;
    private static final double MIN_RATIO = 0.01, TOL = 1e-6;

    private LassoLogisticRanking() {}

    static int[] rank(Dataset train, int k) {
        if (train.numClasses() != 2) throw new IllegalArgumentException("L1-logistic selection needs a binary target");
        int n = train.rows(), p = train.features();
        double[][] cols = ColumnStats.transpose(train.x, p);
        double[] y = new double[n];
        double ybar = 0;
        for (int i = 0; i < n; i++) ybar += (y[i] = train.y[i]) / n;
        double[] corr = new double[p];
        double lambdaMax = 0;
        for (int j = 0; j < p; j++) {
            cols[j] = ColumnStats.unitNormalised(cols[j]);
            for (int i = 0; i < n; i++) cols[j][i] *= Math.sqrt(n); // unit variance (divide by n)
            double g = 0;
            for (int i = 0; i < n; i++) g += cols[j][i] * (y[i] - ybar);
            corr[j] = Math.abs(g) / n;
            lambdaMax = Math.max(lambdaMax, corr[j]);
        }
        double[] beta = new double[p];
        double b0 = Math.log(ybar / (1 - ybar));
        double[] eta = new double[n];
        Arrays.fill(eta, b0);
        int[] entry = new int[p];
        Arrays.fill(entry, Integer.MAX_VALUE);
        int entered = 0;
        double[] w = new double[n], z = new double[n], r = new double[n];
        for (int step = 1; step <= STEPS && entered < k; step++) {
            double lambda = lambdaMax * Math.pow(MIN_RATIO, step / (double) STEPS);
            for (int irls = 0; irls < IRLS; irls++) {
                for (int i = 0; i < n; i++) {
                    double pr = 1 / (1 + Math.exp(-eta[i]));
                    w[i] = Math.max(pr * (1 - pr), 1e-5);
                    z[i] = eta[i] + (y[i] - pr) / w[i];
                    r[i] = z[i] - eta[i];
                }
                double maxChange = 0;
                for (int sweep = 0; sweep < SWEEPS; sweep++) {
                    maxChange = 0;
                    for (int j = 0; j < p; j++) {
                        double[] xj = cols[j];
                        double num = 0, den = 0;
                        for (int i = 0; i < n; i++) {
                            num += w[i] * xj[i] * (r[i] + xj[i] * beta[j]);
                            den += w[i] * xj[i] * xj[i];
                        }
                        num /= n;
                        den /= n;
                        double nb = Math.signum(num) * Math.max(Math.abs(num) - lambda, 0) / den;
                        double d = nb - beta[j];
                        if (d != 0) {
                            for (int i = 0; i < n; i++) r[i] -= d * xj[i];
                            beta[j] = nb;
                            maxChange = Math.max(maxChange, Math.abs(d));
                        }
                    }
                    double sw = 0, sr = 0;
                    for (int i = 0; i < n; i++) {
                        sw += w[i];
                        sr += w[i] * r[i];
                    }
                    double d0 = sr / sw;
                    b0 += d0;
                    for (int i = 0; i < n; i++) r[i] -= d0;
                    if (maxChange < TOL) break;
                }
                for (int i = 0; i < n; i++) eta[i] = z[i] - r[i];
                if (maxChange < TOL) break;
            }
            for (int j = 0; j < p; j++)
                if (beta[j] != 0 && entry[j] == Integer.MAX_VALUE) {
                    entry[j] = step;
                    entered++;
                }
        }
        Integer[] idx = new Integer[p];
        for (int j = 0; j < p; j++) idx[j] = j;
        final double[] b = beta;
        Arrays.sort(idx, (u, v) -> {
            int c = Integer.compare(entry[u], entry[v]);
            if (c != 0) return c;
            c = Double.compare(Math.abs(b[v]), Math.abs(b[u]));
            if (c != 0) return c;
            c = Double.compare(corr[v], corr[u]);
            return c != 0 ? c : Integer.compare(u, v);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }
}
