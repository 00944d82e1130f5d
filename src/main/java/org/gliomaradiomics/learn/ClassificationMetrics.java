package org.gliomaradiomics.learn;

import java.util.Random;

/**
 * Performance of class probabilities against true classes. AUC: binary, or macro one-vs-rest for more classes;
 * its 95% CI is DeLong's for binary targets and a percentile bootstrap over patients (2000 resamples, seeded) for
 * multi-class. Predicted class = highest probability (threshold 0.5 for binary). Sensitivity/specificity refer to
 * class 1 (NaN for multi-class). Brier score: mean over patients of Σ_k (p_k − [y = k])², which for binary
 * targets is reported in the usual one-probability form (half of that sum). Calibration intercept and slope
 * ({@link LogisticCalibration}) of the probability of class 1 for binary targets (null for multi-class).
 */
public record ClassificationMetrics(double auc, double aucLow, double aucHigh, String ciMethod,
                                    double balancedAccuracy, double sensitivity, double specificity, double brier,
                                    int n, LogisticCalibration calibration) {
    static final int BOOTSTRAP_RESAMPLES = 2000;

    public static ClassificationMetrics compute(double[][] prob, int[] y, int numClasses, long seed) {
        double auc, low, high;
        String ci;
        if (numClasses == 2) {
            RocAuc.Estimate e = RocAuc.delong(RocAuc.column(prob, 1), RocAuc.is(y, 1));
            auc = e.auc();
            low = e.low();
            high = e.high();
            ci = "DeLong";
        } else {
            auc = RocAuc.macroOneVsRest(prob, y, numClasses);
            double[] b = bootstrap(prob, y, numClasses, seed);
            low = b[0];
            high = b[1];
            ci = "bootstrap";
        }
        int[] correct = new int[numClasses], count = new int[numClasses];
        double brier = 0;
        for (int i = 0; i < y.length; i++) {
            int pred = argmax(prob[i]);
            count[y[i]]++;
            if (pred == y[i]) correct[y[i]]++;
            for (int k = 0; k < numClasses; k++) {
                double d = prob[i][k] - (y[i] == k ? 1 : 0);
                brier += d * d;
            }
        }
        brier /= y.length;
        if (numClasses == 2) brier /= 2;
        double bal = 0;
        int present = 0;
        for (int k = 0; k < numClasses; k++) if (count[k] > 0) {
            bal += correct[k] / (double) count[k];
            present++;
        }
        bal /= present;
        double sens = numClasses == 2 && count[1] > 0 ? correct[1] / (double) count[1] : Double.NaN;
        double spec = numClasses == 2 && count[0] > 0 ? correct[0] / (double) count[0] : Double.NaN;
        LogisticCalibration cal = numClasses == 2 ? LogisticCalibration.of(RocAuc.column(prob, 1), RocAuc.is(y, 1)) : null;
        return new ClassificationMetrics(auc, low, high, ci, bal, sens, spec, brier, y.length, cal);
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return best;
    }

    private static double[] bootstrap(double[][] prob, int[] y, int numClasses, long seed) {
        Random rng = new Random(seed);
        int n = y.length;
        double[] aucs = new double[BOOTSTRAP_RESAMPLES];
        int valid = 0;
        double[][] bp = new double[n][];
        int[] by = new int[n];
        for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
            for (int i = 0; i < n; i++) {
                int r = rng.nextInt(n);
                bp[i] = prob[r];
                by[i] = y[r];
            }
            double a = RocAuc.macroOneVsRest(bp, by, numClasses);
            if (!Double.isNaN(a)) aucs[valid++] = a;
        }
        double[] sorted = java.util.Arrays.copyOf(aucs, valid);
        java.util.Arrays.sort(sorted);
        if (valid == 0) return new double[] {Double.NaN, Double.NaN};
        return new double[] {sorted[(int) Math.floor(0.025 * (valid - 1))], sorted[(int) Math.ceil(0.975 * (valid - 1))]};
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "AUC %.3f (95%% CI %.3f-%.3f, %s), balanced accuracy %.3f, sensitivity %.3f, specificity %.3f, Brier %.3f, n=%d",
                auc, aucLow, aucHigh, ciMethod, balancedAccuracy, sensitivity, specificity, brier, n);
    }
}
