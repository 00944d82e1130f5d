package org.gliomaradiomics.learn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * ComBat batch-effect harmonisation (Johnson, Li &amp; Rabinovic, Biostatistics 2007), written by hand after the
 * reference R implementation {@code sva::ComBat} because no Java library provides it. Per feature: a linear model
 * with batch indicators and biological covariates (which are preserved), standardisation by the pooled residual
 * variance, per-batch location/scale estimates shrunk by empirical Bayes (parametric priors, or the
 * non-parametric Monte-Carlo prior), then removal of the batch effects. {@link #fit} estimates everything on
 * training data; {@link Model#apply} harmonises new rows of batches seen in training, and on request the rows of a
 * batch not seen in training, whose own location and scale are then estimated from its features against the
 * training reference.
 * <p>Conventions as in sva: pooled variance divides by n; per-batch variances and the prior moments use n-1.
 * Features with zero pooled variance pass through unchanged.
 */
public final class ComBat {
    private ComBat() {}

    /** parametric: parametric priors (else non-parametric); eb=false uses the raw per-batch estimates. */
    public record Options(boolean parametric, boolean eb) implements Serializable {
        public static final Options DEFAULT = new Options(true, true);
    }

    private static final double CONVERGENCE = 1e-4;
    private static final int MAX_ITERATIONS = 10_000;

    /**
     * @param x samples × features (no NaN)
     * @param batch batch label per sample (each batch needs at least 2 samples)
     * @param covariates samples × q biological covariates to preserve, or null
     */
    public static Model fit(double[][] x, String[] batch, double[][] covariates, Options options) {
        int n = x.length;
        if (n == 0) throw new IllegalArgumentException("ComBat: no samples");
        int p = x[0].length;
        if (batch == null || batch.length != n) throw new IllegalArgumentException("ComBat: needs one batch label per sample");
        for (double[] row : x) for (double v : row)
            if (Double.isNaN(v)) throw new IllegalArgumentException("ComBat: missing values; impute before harmonising");
        String[] levels = new TreeSet<>(Arrays.asList(batch)).toArray(new String[0]);
        int nb = levels.length;
        int[] b = batchIndex(batch, levels, null);
        int[] count = new int[nb];
        for (int v : b) count[v]++;
        for (int k = 0; k < nb; k++)
            if (count[k] < 2) throw new IllegalArgumentException("ComBat: batch '" + levels[k] + "' has " + count[k]
                    + " sample; at least 2 are needed to estimate its variance");
        int q = covariates == null ? 0 : covariates[0].length;

        // Least squares on [batch indicators | covariates].
        double[][] design = new double[n][nb + q];
        for (int i = 0; i < n; i++) {
            design[i][b[i]] = 1;
            for (int c = 0; c < q; c++) design[i][nb + c] = covariates[i][c];
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(design, false));
        if (!qr.getSolver().isNonSingular())
            throw new IllegalArgumentException("ComBat: the covariates are collinear with the batches (design matrix is singular)");
        RealMatrix coef = qr.getSolver().solve(new Array2DRowRealMatrix(x, false)); // (nb+q) × p
        double[] grandMean = new double[p];
        for (int k = 0; k < nb; k++) for (int j = 0; j < p; j++) grandMean[j] += count[k] / (double) n * coef.getEntry(k, j);
        double[][] covCoef = new double[q][p];
        for (int c = 0; c < q; c++) for (int j = 0; j < p; j++) covCoef[c][j] = coef.getEntry(nb + c, j);
        double[] varPooled = new double[p];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < p; j++) {
                double fitted = coef.getEntry(b[i], j);
                for (int c = 0; c < q; c++) fitted += design[i][nb + c] * covCoef[c][j];
                double r = x[i][j] - fitted;
                varPooled[j] += r * r / n;
            }

        Model model = new Model(levels, grandMean, covCoef, varPooled, new double[nb][p], new double[nb][p], options);
        double[][] s = model.standardise(x, covariates);
        boolean[] active = model.active();
        for (int k = 0; k < nb; k++)
            estimateBatch(rowsOfBatch(s, b, k, count[k]), active, options, model.gammaStar[k], model.deltaStar[k]);
        return model;
    }

    /**
     * One batch's location and scale (γ*, δ*) from its standardised rows: the raw mean and variance (n − 1), or
     * those shrunk by empirical Bayes.
     */
    private static void estimateBatch(double[][] sk, boolean[] active, Options options, double[] gStar, double[] dStar) {
        int p = gStar.length, n = sk.length;
        double[] gammaHat = new double[p], deltaHat = new double[p];
        for (double[] row : sk) for (int j = 0; j < p; j++) gammaHat[j] += row[j] / n;
        for (double[] row : sk)
            for (int j = 0; j < p; j++) {
                double d = row[j] - gammaHat[j];
                deltaHat[j] += d * d / (n - 1);
            }
        int nActive = 0;
        for (boolean a : active) if (a) nActive++;
        Arrays.fill(dStar, 1.0);
        if (!options.eb() || nActive < 2) {
            for (int j = 0; j < gStar.length; j++) if (active[j]) {
                gStar[j] = gammaHat[j];
                dStar[j] = deltaHat[j];
            }
            return;
        }
        if (options.parametric()) parametricShrinkage(sk, gammaHat, deltaHat, active, gStar, dStar);
        else nonParametricShrinkage(sk, gammaHat, deltaHat, active, gStar, dStar);
    }

    /** The sva {@code it.sol} iteration with normal prior on gamma and inverse-gamma prior on delta. */
    private static void parametricShrinkage(double[][] sk, double[] gHat, double[] dHat, boolean[] active,
                                            double[] gStar, double[] dStar) {
        double[] g = activeValues(gHat, active), d = activeValues(dHat, active);
        double gBar = mean(g), t2 = variance(g);
        double m = mean(d), s2 = variance(d);
        double aPrior = (2 * s2 + m * m) / s2;
        double bPrior = (m * s2 + m * m * m) / s2;
        int n = sk.length;
        for (int j = 0; j < gHat.length; j++) {
            if (!active[j]) continue;
            double gOld = gHat[j], dOld = dHat[j];
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                double gNew = (t2 * n * gHat[j] + dOld * gBar) / (t2 * n + dOld);
                double sum2 = 0;
                for (double[] row : sk) {
                    double r = row[j] - gNew;
                    sum2 += r * r;
                }
                double dNew = (0.5 * sum2 + bPrior) / (n / 2.0 + aPrior - 1);
                double change = Math.max(Math.abs(gNew - gOld) / Math.abs(gOld), Math.abs(dNew - dOld) / dOld);
                gOld = gNew;
                dOld = dNew;
                if (!(change > CONVERGENCE)) break;
            }
            gStar[j] = gOld;
            dStar[j] = dOld;
        }
    }

    /** The sva {@code int.eprior}: posterior means under the empirical distribution of the other features' estimates. */
    private static void nonParametricShrinkage(double[][] sk, double[] gHat, double[] dHat, boolean[] active,
                                               double[] gStar, double[] dStar) {
        int n = sk.length, p = gHat.length;
        double[] logLh = new double[p];
        for (int j = 0; j < p; j++) {
            if (!active[j]) continue;
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < p; o++) {
                if (o == j || !active[o]) continue;
                double sum2 = 0;
                for (double[] row : sk) {
                    double r = row[j] - gHat[o];
                    sum2 += r * r;
                }
                logLh[o] = -0.5 * n * Math.log(2 * Math.PI * dHat[o]) - sum2 / (2 * dHat[o]);
                if (logLh[o] > max) max = logLh[o];
            }
            double w = 0, gs = 0, ds = 0;
            for (int o = 0; o < p; o++) {
                if (o == j || !active[o] || Double.isNaN(logLh[o])) continue;
                double lh = Math.exp(logLh[o] - max);
                w += lh;
                gs += gHat[o] * lh;
                ds += dHat[o] * lh;
            }
            gStar[j] = gs / w;
            dStar[j] = ds / w;
        }
    }

    private static double[][] rowsOfBatch(double[][] s, int[] b, int k, int count) {
        double[][] out = new double[count][];
        int r = 0;
        for (int i = 0; i < s.length; i++) if (b[i] == k) out[r++] = s[i];
        return out;
    }

    private static double[] activeValues(double[] v, boolean[] active) {
        List<Double> out = new ArrayList<>();
        for (int j = 0; j < v.length; j++) if (active[j]) out.add(v[j]);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v), s = 0;
        for (double d : v) s += (d - m) * (d - m);
        return s / (v.length - 1);
    }

    static int[] batchIndex(String[] batch, String[] levels, String context) {
        int[] b = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            b[i] = Arrays.binarySearch(levels, batch[i]);
            if (b[i] < 0) throw new IllegalArgumentException("ComBat: batch '" + batch[i] + "'"
                    + (context == null ? "" : " of " + context) + " was not seen in training (known: "
                    + Arrays.toString(levels) + ")");
        }
        return b;
    }

    /** Everything ComBat estimated on the training data. */
    public static final class Model implements Serializable {
        private static final long serialVersionUID = 1L;
        public final String[] batchLevels;
        public final double[] grandMean;
        /** covariates × features regression coefficients. */
        public final double[][] covariateCoefficients;
        public final double[] varPooled;
        /** batch × feature shrunk location and scale (equal to the raw estimates when eb is off). */
        public final double[][] gammaStar, deltaStar;
        /** How the batches were estimated (null in models saved before it was kept: the default). */
        private final Options options;

        Model(String[] batchLevels, double[] grandMean, double[][] covariateCoefficients, double[] varPooled,
              double[][] gammaStar, double[][] deltaStar, Options options) {
            this.batchLevels = batchLevels;
            this.grandMean = grandMean;
            this.covariateCoefficients = covariateCoefficients;
            this.varPooled = varPooled;
            this.gammaStar = gammaStar;
            this.deltaStar = deltaStar;
            this.options = options;
        }

        /** Features with a non-zero pooled variance (the others pass through unchanged). */
        boolean[] active() {
            boolean[] a = new boolean[varPooled.length];
            for (int j = 0; j < a.length; j++) a[j] = varPooled[j] > 0;
            return a;
        }

        double[][] standardise(double[][] x, double[][] covariates) {
            double[][] s = new double[x.length][grandMean.length];
            for (int i = 0; i < x.length; i++)
                for (int j = 0; j < grandMean.length; j++) {
                    double sd = Math.sqrt(varPooled[j]);
                    s[i][j] = sd > 0 ? (x[i][j] - standMean(covariates, i, j)) / sd : 0;
                }
            return s;
        }

        private double standMean(double[][] covariates, int i, int j) {
            double m = grandMean[j];
            for (int c = 0; c < covariateCoefficients.length; c++) m += covariates[i][c] * covariateCoefficients[c][j];
            return m;
        }

        /** Harmonised copy of {@code x}; every batch must have been seen in training. */
        public double[][] apply(double[][] x, String[] batch, double[][] covariates) {
            return apply(x, batch, covariates, false);
        }

        /**
         * Harmonised copy of {@code x}. Rows of a batch seen in training get that batch's training estimates. With
         * {@code estimateUnseen}, the rows of a batch not seen in training (at least 2 of them) are standardised
         * with the training grand mean, pooled variance and covariate effects, and their own location and scale are
         * estimated from those rows alone, as ComBat estimates any batch (empirical Bayes with that batch's priors):
         * the features only, never a label. Without it an unseen batch is an error.
         */
        public double[][] apply(double[][] x, String[] batch, double[][] covariates, boolean estimateUnseen) {
            if (batch == null) throw new IllegalArgumentException("ComBat: the data have no batch labels");
            int q = covariateCoefficients.length;
            if (q > 0 && (covariates == null || covariates[0].length != q))
                throw new IllegalArgumentException("ComBat: expected " + q + " covariates");
            double[][] s = standardise(x, covariates);
            double[][] gamma = new double[x.length][], delta = new double[x.length][];
            java.util.Map<String, List<Integer>> unseen = new java.util.TreeMap<>();
            for (int i = 0; i < x.length; i++) {
                int k = Arrays.binarySearch(batchLevels, batch[i]);
                if (k >= 0) {
                    gamma[i] = gammaStar[k];
                    delta[i] = deltaStar[k];
                } else if (estimateUnseen) unseen.computeIfAbsent(batch[i], u -> new ArrayList<>()).add(i);
                else batchIndex(new String[] {batch[i]}, batchLevels, null);   // throws, naming the batch
            }
            boolean[] active = active();
            for (java.util.Map.Entry<String, List<Integer>> e : unseen.entrySet()) {
                List<Integer> rows = e.getValue();
                if (rows.size() < 2) throw new IllegalArgumentException("ComBat: batch '" + e.getKey()
                        + "' was not seen in training and has 1 sample; at least 2 are needed to estimate it");
                double[][] sk = new double[rows.size()][];
                for (int r = 0; r < sk.length; r++) sk[r] = s[rows.get(r)];
                double[] gNew = new double[grandMean.length], dNew = new double[grandMean.length];
                estimateBatch(sk, active, options == null ? Options.DEFAULT : options, gNew, dNew);
                for (int i : rows) {
                    gamma[i] = gNew;
                    delta[i] = dNew;
                }
            }
            double[][] out = new double[x.length][grandMean.length];
            for (int i = 0; i < x.length; i++)
                for (int j = 0; j < grandMean.length; j++) {
                    if (!(varPooled[j] > 0)) {
                        out[i][j] = x[i][j];
                        continue;
                    }
                    out[i][j] = (s[i][j] - gamma[i][j]) / Math.sqrt(delta[i][j]) * Math.sqrt(varPooled[j])
                            + standMean(covariates, i, j);
                }
            return out;
        }
    }
}
