package org.gliomaradiomics.survival;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Kaplan-Meier product-limit estimator with Greenwood's variance. Written by hand: commons-math has no survival
 * analysis. Greenwood: Var(log S(t)) = Σ_{t_k ≤ t} d_k / (n_k (n_k − d_k)).
 */
public final class KaplanMeier {
    private KaplanMeier() {}

    /** Estimate with 95% log-transformed intervals (R survfit's default). */
    public static KaplanMeierCurve estimate(double[] time, boolean[] event) {
        return estimate(time, event, ConfidenceType.LOG, 0.95);
    }

    public static KaplanMeierCurve estimate(double[] time, boolean[] event, ConfidenceType type, double level) {
        if (time.length != event.length) throw new IllegalArgumentException(time.length + " times but " + event.length + " event flags");
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level " + level + " is not in (0, 1)");
        int n = time.length;
        int[] order = SurvivalOrder.ascending(time);
        int distinct = 0;
        for (int i = 0; i < n; i++) if (i == 0 || time[order[i]] != time[order[i - 1]]) distinct++;
        double[] t = new double[distinct], s = new double[distinct], se = new double[distinct];
        double[] lo = new double[distinct], hi = new double[distinct];
        int[] risk = new int[distinct], ev = new int[distinct], cens = new int[distinct];
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        double surv = 1, greenwood = 0;
        int atRisk = n, k = 0;
        for (int i = 0; i < n; ) {
            double ti = time[order[i]];
            int d = 0, c = 0, j = i;
            for (; j < n && time[order[j]] == ti; j++) if (event[order[j]]) d++; else c++;
            surv *= 1.0 - (double) d / atRisk;
            greenwood += d == atRisk ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
            t[k] = ti; risk[k] = atRisk; ev[k] = d; cens[k] = c; s[k] = surv;
            double seLog = Math.sqrt(greenwood);
            se[k] = surv * seLog;
            double[] band = interval(surv, seLog, z, type);
            lo[k] = band[0]; hi[k] = band[1];
            atRisk -= d + c;
            i = j;
            k++;
        }
        return new KaplanMeierCurve(t, risk, ev, cens, s, se, lo, hi, type, level);
    }

    /** One curve per group label (ascending labels), e.g. for a plot or a log-rank comparison. */
    public static java.util.SortedMap<Integer, KaplanMeierCurve> byGroup(double[] time, boolean[] event, int[] group,
            ConfidenceType type, double level) {
        if (group.length != time.length) throw new IllegalArgumentException(time.length + " times but " + group.length + " group labels");
        java.util.SortedMap<Integer, KaplanMeierCurve> out = new java.util.TreeMap<>();
        for (int label : SurvivalOrder.distinct(group)) {
            int m = 0;
            for (int g : group) if (g == label) m++;
            double[] t = new double[m];
            boolean[] e = new boolean[m];
            for (int i = 0, k = 0; i < group.length; i++)
                if (group[i] == label) { t[k] = time[i]; e[k++] = event[i]; }
            out.put(label, estimate(t, e, type, level));
        }
        return out;
    }

    /** Pointwise interval from S and se(log S); NaN where the transform is undefined. */
    static double[] interval(double s, double seLog, double z, ConfidenceType type) {
        if (s <= 0 || Double.isInfinite(seLog) || Double.isNaN(seLog) || (seLog == 0 && s == 1)) {
            if (s == 1) return new double[] {1, 1};
            return new double[] {Double.NaN, Double.NaN};
        }
        return switch (type) {
            case LOG -> new double[] {s * Math.exp(-z * seLog), Math.min(1, s * Math.exp(z * seLog))};
            case PLAIN -> new double[] {Math.max(0, s - z * s * seLog), Math.min(1, s + z * s * seLog)};
            case LOG_LOG -> {
                double logS = Math.log(s);
                if (logS == 0) yield new double[] {1, 1};
                double width = z * seLog / Math.abs(logS);
                // exp(-exp(log(-log S) ± w)): the + sign gives the lower limit.
                yield new double[] {Math.exp(-Math.exp(Math.log(-logS) + width)), Math.exp(-Math.exp(Math.log(-logS) - width))};
            }
        };
    }
}
