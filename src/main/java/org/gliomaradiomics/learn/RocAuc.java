package org.gliomaradiomics.learn;

import java.util.Arrays;

/**
 * Area under the ROC curve (Mann–Whitney with mid-ranks for ties) and its DeLong standard error
 * (DeLong, DeLong &amp; Clarke-Pearson 1988), computed from ranks in O(n log n).
 */
public final class RocAuc {
    private RocAuc() {}

    /** AUC with a 95% DeLong confidence interval (clipped to [0,1]). */
    public record Estimate(double auc, double standardError, double low, double high) {}

    public static double auc(double[] score, boolean[] positive) {
        return delong(score, positive).auc();
    }

    public static Estimate delong(double[] score, boolean[] positive) {
        int n = score.length, m = 0;
        for (boolean b : positive) if (b) m++;
        int neg = n - m;
        if (m == 0 || neg == 0) return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double[] all = midRanks(score);
        double[] pos = new double[m], negs = new double[neg];
        int a = 0, b = 0;
        for (int i = 0; i < n; i++) if (positive[i]) pos[a++] = score[i];
        else negs[b++] = score[i];
        double[] rPos = midRanks(pos), rNeg = midRanks(negs);
        double[] v10 = new double[m], v01 = new double[neg];
        a = 0;
        b = 0;
        double sumRankPos = 0;
        for (int i = 0; i < n; i++) {
            if (positive[i]) {
                // share of negatives below this positive (ties count one half)
                v10[a] = (all[i] - rPos[a]) / neg;
                sumRankPos += all[i];
                a++;
            } else {
                // share of positives above this negative
                v01[b] = 1 - (all[i] - rNeg[b]) / m;
                b++;
            }
        }
        double auc = (sumRankPos - m * (m + 1) / 2.0) / ((double) m * neg);
        double var = sampleVariance(v10) / m + sampleVariance(v01) / neg;
        double se = Math.sqrt(var);
        return new Estimate(auc, se, Math.max(0, auc - NormalQuantile.Z95 * se), Math.min(1, auc + NormalQuantile.Z95 * se));
    }

    private static double sampleVariance(double[] v) {
        if (v.length < 2) return 0;
        double mean = 0, s = 0;
        for (double d : v) mean += d;
        mean /= v.length;
        for (double d : v) s += (d - mean) * (d - mean);
        return s / (v.length - 1);
    }

    /** 1-based ranks with ties given their average rank. */
    static double[] midRanks(double[] v) {
        int n = v.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (p, q) -> Double.compare(v[p], v[q]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[idx[j + 1]] == v[idx[i]]) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) r[idx[t]] = rank;
            i = j + 1;
        }
        return r;
    }

    /** Macro one-vs-rest AUC over the classes that have both positives and negatives; binary → AUC of class 1. */
    public static double macroOneVsRest(double[][] prob, int[] y, int numClasses) {
        if (numClasses == 2) return auc(column(prob, 1), is(y, 1));
        double sum = 0;
        int used = 0;
        for (int k = 0; k < numClasses; k++) {
            double a = auc(column(prob, k), is(y, k));
            if (!Double.isNaN(a)) {
                sum += a;
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }

    static double[] column(double[][] prob, int k) {
        double[] c = new double[prob.length];
        for (int i = 0; i < c.length; i++) c[i] = prob[i][k];
        return c;
    }

    static boolean[] is(int[] y, int k) {
        boolean[] b = new boolean[y.length];
        for (int i = 0; i < y.length; i++) b[i] = y[i] == k;
        return b;
    }
}
