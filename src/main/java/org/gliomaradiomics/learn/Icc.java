package org.gliomaradiomics.learn;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * Intraclass correlation of n targets (cases) measured under k conditions (raters, perturbations, sessions), from
 * the two-way ANOVA mean squares (Shrout and Fleiss 1979; McGraw and Wong 1996): ICC(1,1) one-way random,
 * ICC(2,1) two-way random absolute agreement, ICC(3,1) two-way mixed consistency, each with its 95% confidence
 * interval computed as R's psych::ICC does (F quantiles; Satterthwaite degrees of freedom for ICC(2,1)).
 */
public final class Icc {
    /** One coefficient and its confidence interval. */
    public record Value(double icc, double lower, double upper) {}

    /** ICC(1,1), ICC(2,1) and ICC(3,1) of one table. */
    public record Result(Value icc1, Value icc2, Value icc3, int targets, int conditions) {}

    private Icc() {}

    /**
     * @param x x[i][j]: target i under condition j; every row has the same length k ≥ 2, n ≥ 2 rows, all finite
     * @param alpha 1 − confidence level (0.05 for 95%)
     */
    public static Result of(double[][] x, double alpha) {
        int n = x.length, k = n == 0 ? 0 : x[0].length;
        if (n < 2 || k < 2) throw new IllegalArgumentException("ICC needs at least 2 targets and 2 conditions, got " + n + " x " + k);
        double grand = 0;
        double[] rowMean = new double[n], colMean = new double[k];
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) throw new IllegalArgumentException("row " + (i + 1) + " has " + x[i].length + " values, not " + k);
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(x[i][j])) throw new IllegalArgumentException("value " + x[i][j] + " at row " + (i + 1) + ", column " + (j + 1));
                rowMean[i] += x[i][j] / k;
                colMean[j] += x[i][j] / n;
                grand += x[i][j];
            }
        }
        grand /= (double) n * k;
        double ssTotal = 0, ssRows = 0, ssCols = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) ssTotal += (x[i][j] - grand) * (x[i][j] - grand);
        for (double m : rowMean) ssRows += k * (m - grand) * (m - grand);
        for (double m : colMean) ssCols += n * (m - grand) * (m - grand);
        double ssError = ssTotal - ssRows - ssCols;
        double msRows = ssRows / (n - 1), msCols = ssCols / (k - 1), msError = ssError / ((n - 1.0) * (k - 1));
        double msWithin = (ssCols + ssError) / ((double) n * (k - 1));
        return new Result(icc1(msRows, msWithin, n, k, alpha), icc2(msRows, msCols, msError, n, k, alpha),
            icc3(msRows, msError, n, k, alpha), n, k);
    }

    private static Value icc1(double msRows, double msWithin, int n, int k, double alpha) {
        double icc = (msRows - msWithin) / (msRows + (k - 1) * msWithin);
        double f = msRows / msWithin, df1 = n - 1, df2 = (double) n * (k - 1);
        double fl = f / quantile(1 - alpha / 2, df1, df2), fu = f * quantile(1 - alpha / 2, df2, df1);
        return new Value(icc, (fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1));
    }

    private static Value icc2(double msRows, double msCols, double msError, int n, int k, double alpha) {
        double icc = (msRows - msError) / (msRows + (k - 1) * msError + k * (msCols - msError) / n);
        double fj = msCols / msError;
        double a = n * (1 + (k - 1) * icc) - k * icc;
        double vn = (k - 1.0) * (n - 1) * Math.pow(k * icc * fj + a, 2);
        double vd = (n - 1.0) * k * k * icc * icc * fj * fj + a * a;
        double v = vn / vd;
        double fu = quantile(1 - alpha / 2, n - 1, v), fl = quantile(1 - alpha / 2, v, n - 1);
        double c = k * msCols + ((double) k * n - k - n) * msError;
        double lower = n * (msRows - fu * msError) / (fu * c + n * msRows);
        double upper = n * (fl * msRows - msError) / (c + n * fl * msRows);
        return new Value(icc, lower, upper);
    }

    private static Value icc3(double msRows, double msError, int n, int k, double alpha) {
        double icc = (msRows - msError) / (msRows + (k - 1) * msError);
        double f = msRows / msError, df1 = n - 1, df2 = (n - 1.0) * (k - 1);
        double fl = f / quantile(1 - alpha / 2, df1, df2), fu = f * quantile(1 - alpha / 2, df2, df1);
        return new Value(icc, (fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1));
    }

    private static double quantile(double p, double df1, double df2) {
        return new FDistribution(null, df1, df2, 1e-14).inverseCumulativeProbability(p);
    }
}
