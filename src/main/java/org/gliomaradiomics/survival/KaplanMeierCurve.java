package org.gliomaradiomics.survival;

/**
 * A Kaplan-Meier step function. Arrays are indexed by the distinct observed times (events or censorings, as in
 * R's survfit): number at risk just before, events and censorings at, and survival just after each time.
 * {@code standardError} is Greenwood's standard error of S; {@code lower/upper} the pointwise interval of the
 * given {@link ConfidenceType} (NaN where undefined: before the first event, or once S reaches 0).
 */
public record KaplanMeierCurve(double[] time, int[] atRisk, int[] events, int[] censored, double[] survival,
        double[] standardError, double[] lower, double[] upper, ConfidenceType confidenceType, double level) {

    /** S(t): survival just after time t (right-continuous step function); 1 before the first time. */
    public double survivalAt(double t) {
        int k = lastIndexAtOrBefore(t);
        return k < 0 ? 1.0 : survival[k];
    }

    public double lowerAt(double t) {
        int k = lastIndexAtOrBefore(t);
        return k < 0 ? 1.0 : lower[k];
    }

    public double upperAt(double t) {
        int k = lastIndexAtOrBefore(t);
        return k < 0 ? 1.0 : upper[k];
    }

    /** Number of subjects still at risk at time t (follow-up time ≥ t). */
    public int atRiskAt(double t) {
        for (int k = 0; k < time.length; k++) if (time[k] >= t) return atRisk[k];
        return 0;
    }

    /** Median survival time (NaN if the curve never reaches 0.5); the R survfit rule, see {@link #quantileOf}. */
    public double median() { return quantileOf(survival, 0.5); }

    /**
     * Lower confidence limit of the median: where the lower band first reaches 0.5, the earliest time whose
     * interval contains 0.5 (R's quantile.survfit).
     */
    public double medianLower() { return quantileOf(lower, 0.5); }

    /** Upper confidence limit of the median: where the upper band first reaches 0.5 (NaN = not reached). */
    public double medianUpper() { return quantileOf(upper, 0.5); }

    /**
     * First time at which the step curve is ≤ p; when it equals p exactly over an interval, the midpoint of that
     * interval's two ends (as R's quantile.survfit does). NaN if never reached.
     */
    private double quantileOf(double[] curve, double p) {
        for (int k = 0; k < time.length; k++) {
            double s = curve[k];
            if (Double.isNaN(s)) continue;
            if (Math.abs(s - p) < 1e-12) {
                for (int m = k + 1; m < time.length; m++)
                    if (curve[m] < p - 1e-12) return 0.5 * (time[k] + time[m]);
                return time[k];
            }
            if (s < p) return time[k];
        }
        return Double.NaN;
    }

    private int lastIndexAtOrBefore(double t) {
        int lo = 0, hi = time.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }
}
