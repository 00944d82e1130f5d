package org.gliomaradiomics.learn;

import java.util.Arrays;

/** Column statistics on row-major feature matrices; NaN values are skipped unless a method says otherwise. */
final class ColumnStats {
    private ColumnStats() {}

    static double[][] transpose(double[][] x, int p) {
        double[][] t = new double[p][x.length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < p; j++) t[j][i] = x[i][j];
        return t;
    }

    static double median(double[] column) {
        double[] v = Arrays.stream(column).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
    }

    static double mean(double[] column) {
        double s = 0;
        int n = 0;
        for (double d : column) if (!Double.isNaN(d)) {
            s += d;
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Sample standard deviation (n-1). */
    static double sd(double[] column, double mean) {
        double s = 0;
        int n = 0;
        for (double d : column) if (!Double.isNaN(d)) {
            s += (d - mean) * (d - mean);
            n++;
        }
        return n < 2 ? 0 : Math.sqrt(s / (n - 1));
    }

    /** Column scaled to zero mean and unit Euclidean norm (so dot products are Pearson r); zero if constant. */
    static double[] unitNormalised(double[] column) {
        requireComplete(column);
        double m = mean(column), ss = 0;
        double[] c = new double[column.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = column[i] - m;
            ss += c[i] * c[i];
        }
        double norm = Math.sqrt(ss);
        if (norm > 0) for (int i = 0; i < c.length; i++) c[i] /= norm;
        else Arrays.fill(c, 0);
        return c;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** One-way ANOVA F statistic of a column across classes (0 for a constant column). */
    static double fStatistic(double[] column, int[] y, int numClasses) {
        requireComplete(column);
        double[] sum = new double[numClasses];
        int[] cnt = new int[numClasses];
        double total = 0;
        for (int i = 0; i < column.length; i++) {
            sum[y[i]] += column[i];
            cnt[y[i]]++;
            total += column[i];
        }
        double grand = total / column.length, between = 0, within = 0;
        int groups = 0;
        for (int k = 0; k < numClasses; k++) if (cnt[k] > 0) {
            groups++;
            double mk = sum[k] / cnt[k];
            between += cnt[k] * (mk - grand) * (mk - grand);
        }
        for (int i = 0; i < column.length; i++) {
            double d = column[i] - sum[y[i]] / cnt[y[i]];
            within += d * d;
        }
        int dfb = groups - 1, dfw = column.length - groups;
        if (dfb <= 0 || dfw <= 0 || between == 0) return 0;
        if (within == 0) return Double.MAX_VALUE;
        return (between / dfb) / (within / dfw);
    }

    /** Correlation ratio eta = sqrt(SS_between/SS_total); equals |Pearson r| with the label for two classes. */
    static double eta(double[] column, int[] y, int numClasses) {
        double[] sum = new double[numClasses];
        int[] cnt = new int[numClasses];
        double total = 0;
        for (int i = 0; i < column.length; i++) {
            sum[y[i]] += column[i];
            cnt[y[i]]++;
            total += column[i];
        }
        double grand = total / column.length, between = 0, all = 0;
        for (int k = 0; k < numClasses; k++) if (cnt[k] > 0) between += cnt[k] * Math.pow(sum[k] / cnt[k] - grand, 2);
        for (double v : column) all += (v - grand) * (v - grand);
        return all == 0 ? 0 : Math.sqrt(between / all);
    }

    static void requireComplete(double[] column) {
        for (double v : column)
            if (Double.isNaN(v)) throw new IllegalArgumentException("missing values reach a step that needs complete data; "
                    + "put median imputation before it");
    }

    /** Indices sorted by descending score, ties by ascending index. */
    static int[] orderDescending(double[] score) {
        Integer[] idx = new Integer[score.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }
}
