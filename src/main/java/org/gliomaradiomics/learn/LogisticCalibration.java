package org.gliomaradiomics.learn;

/**
 * Calibration of predicted probabilities by logistic recalibration (Cox 1958; Steyerberg, Clinical Prediction
 * Models), with lp = logit(p):
 * <ul>
 * <li>slope b of logit P(y = 1) = a + b·lp, as R's {@code glm(y ~ qlogis(p), family = binomial)} (ideal 1; below 1
 * the predictions are too extreme, as after overfitting);</li>
 * <li>intercept a of logit P(y = 1) = a + lp with the slope fixed at 1 (calibration-in-the-large), as
 * {@code glm(y ~ offset(qlogis(p)), family = binomial)} (ideal 0; above 0 the predictions are too low on average).</li>
 * </ul>
 * Maximum likelihood by Newton-Raphson; 95% Wald intervals from the information at the estimate (R's
 * {@code confint.default}). Probabilities are clipped to [1e-6, 1 − 1e-6] first, since a classifier's exact 0 or 1
 * has an infinite logit. NaN when the fit does not exist (one class only, or perfect separation).
 */
public record LogisticCalibration(double intercept, double interceptLow, double interceptHigh,
                                  double slope, double slopeLow, double slopeHigh) {
    static final double CLIP = 1e-6;
    private static final int MAX_ITERATIONS = 100;

    public static LogisticCalibration of(double[] probability, boolean[] positive) {
        if (probability.length != positive.length)
            throw new IllegalArgumentException(probability.length + " probabilities but " + positive.length + " outcomes");
        int n = probability.length;
        double[] lp = new double[n];
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - CLIP, Math.max(CLIP, probability[i]));
            lp[i] = Math.log(p / (1 - p));
        }
        double z = NormalQuantile.Z95;
        double[] a = fitIntercept(lp, positive);
        double[] b = fitSlope(lp, positive);
        return new LogisticCalibration(a[0], a[0] - z * a[1], a[0] + z * a[1], b[0], b[0] - z * b[1], b[0] + z * b[1]);
    }

    /** {intercept, standard error} of logit P = a + lp. */
    private static double[] fitIntercept(double[] lp, boolean[] y) {
        double a = 0;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double g = 0, info = 0;
            for (int i = 0; i < lp.length; i++) {
                double mu = expit(a + lp[i]);
                g += (y[i] ? 1 : 0) - mu;
                info += mu * (1 - mu);
            }
            if (!(info > 0)) break;
            double step = g / info;
            a += step;
            if (Math.abs(step) < 1e-12 * (1 + Math.abs(a))) {
                info = 0;
                for (double v : lp) { double mu = expit(a + v); info += mu * (1 - mu); }
                return new double[] {a, 1 / Math.sqrt(info)};
            }
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** {slope, standard error} of logit P = a + b·lp. */
    private static double[] fitSlope(double[] lp, boolean[] y) {
        double a = 0, b = 1;
        double previous = deviance(lp, y, a, b);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double g0 = 0, g1 = 0, i00 = 0, i01 = 0, i11 = 0;
            for (int i = 0; i < lp.length; i++) {
                double mu = expit(a + b * lp[i]), w = mu * (1 - mu), r = (y[i] ? 1 : 0) - mu;
                g0 += r;
                g1 += r * lp[i];
                i00 += w;
                i01 += w * lp[i];
                i11 += w * lp[i] * lp[i];
            }
            double det = i00 * i11 - i01 * i01;
            if (!(det > 0)) break;
            double da = (i11 * g0 - i01 * g1) / det, db = (i00 * g1 - i01 * g0) / det;
            double step = 1;
            double dev = deviance(lp, y, a + da, b + db);
            for (int halving = 0; halving < 30 && !(dev <= previous + 1e-12 * Math.abs(previous)); halving++) {
                step /= 2;
                dev = deviance(lp, y, a + step * da, b + step * db);
            }
            a += step * da;
            b += step * db;
            previous = dev;
            if (Math.abs(step * db) < 1e-12 * (1 + Math.abs(b)) && Math.abs(step * da) < 1e-12 * (1 + Math.abs(a))) {
                double j00 = 0, j01 = 0, j11 = 0;
                for (double v : lp) {
                    double mu = expit(a + b * v), w = mu * (1 - mu);
                    j00 += w;
                    j01 += w * v;
                    j11 += w * v * v;
                }
                double d = j00 * j11 - j01 * j01;
                return new double[] {b, d > 0 ? Math.sqrt(j00 / d) : Double.NaN};
            }
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static double deviance(double[] lp, boolean[] y, double a, double b) {
        double d = 0;
        for (int i = 0; i < lp.length; i++) {
            double eta = a + b * lp[i];
            // −2 log-likelihood, stably: log(1 + e^η) − y·η
            d += 2 * (Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta))) - (y[i] ? eta : 0));
        }
        return d;
    }

    private static double expit(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }
}
