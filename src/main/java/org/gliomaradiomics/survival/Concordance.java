package org.gliomaradiomics.survival;

/**
 * Discrimination of a risk score (higher = worse prognosis) for right-censored data. Written by hand.
 * <ul>
 * <li>Harrell's C: a pair is comparable when the shorter time is an event; concordant when the shorter time has
 * the higher risk; risk ties count 1/2. Pairs tied in time: two events are not comparable; an event and a
 * censoring at the same time are comparable by default, the censored subject outliving the event, as R's
 * {@code survival::concordance} counts them ({@link TiedTimes#CENSORED_OUTLIVES}); {@link TiedTimes#NOT_COMPARABLE}
 * leaves them out (the older convention of some software).</li>
 * <li>Uno's C (Uno et al. 2011): as Harrell's, restricted to shorter times {@literal <} τ, each pair weighted by
 * 1/Ĝ(T_i−)², Ĝ the Kaplan-Meier estimate of the censoring distribution; risk ties count 1/2.</li>
 * <li>Cumulative/dynamic AUC(t) (Uno et al. 2007, as timeROC's IPCW estimator and riskRegression's {@code Score}):
 * cases T_i ≤ t with an event, weighted 1/Ĝ(T_i−); controls T_j {@literal >} t (weight 1/Ĝ(t), constant); risk ties
 * count 1/2; Ĝ as {@link #ipcwCensoringCurve}.</li>
 * </ul>
 */
public final class Concordance {
    private Concordance() {}

    /** How Harrell's C treats an event and a censoring at the same time. */
    public enum TiedTimes {
        /** Comparable, the censored subject outliving the event: R's {@code survival::concordance} (the default). */
        CENSORED_OUTLIVES("event-censored ties at the same time comparable, censored outlives (R survival::concordance); tied events excluded; risk ties 1/2"),
        /** Not comparable: every pair tied in time is left out. */
        NOT_COMPARABLE("pairs tied in time excluded; risk ties 1/2");

        /** One line for a results table. */
        public final String description;

        TiedTimes(String description) { this.description = description; }
    }

    /** Harrell's C with R's convention for an event and a censoring at the same time ({@link TiedTimes#CENSORED_OUTLIVES}). */
    public static double harrell(double[] time, boolean[] event, double[] risk) {
        return harrell(time, event, risk, TiedTimes.CENSORED_OUTLIVES);
    }

    public static double harrell(double[] time, boolean[] event, double[] risk, TiedTimes ties) {
        check(time, event, risk);
        double concordant = 0, comparable = 0;
        int n = time.length;
        boolean censoredOutlives = ties == TiedTimes.CENSORED_OUTLIVES;
        for (int i = 0; i < n; i++) {
            if (!event[i]) continue;
            for (int j = 0; j < n; j++) {
                if (time[j] < time[i] || j == i) continue;
                if (time[j] == time[i] && (event[j] || !censoredOutlives)) continue;
                comparable++;
                if (risk[i] > risk[j]) concordant++;
                else if (risk[i] == risk[j]) concordant += 0.5;
            }
        }
        if (comparable == 0) throw new IllegalArgumentException("no comparable pairs: C-index undefined");
        return concordant / comparable;
    }

    /**
     * Harrell's C with R's convention for tied times and its standard error as R's {@code survival::concordance}
     * computes it: the infinitesimal jackknife, var(C) = Σ_i dfbeta_i²/4 with dfbeta_i the influence of subject i
     * on Somers' d = (concordant − discordant)/pairs (survival's {@code concordancefit}). The pair counts are those of
     * R's {@code count}: concordant, discordant, tied in risk (tied.x, counted 1/2 in C), and pairs of events at the
     * same time (tied.y, left out).
     */
    public record HarrellC(double c, double variance, long concordant, long discordant, long tiedRisk, long tiedTimes) {
        public double standardError() { return Math.sqrt(variance); }

        /** C ± z·se, z the two-sided normal quantile of the level (a Wald interval, as R users form from {@code concordance}). */
        public double[] interval(double level) {
            double z = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
            return new double[] {c - z * standardError(), c + z * standardError()};
        }
    }

    /** {@link #harrell(double[], boolean[], double[])} with R's standard error and pair counts (O(n²) pairs). */
    public static HarrellC harrellWithVariance(double[] time, boolean[] event, double[] risk) {
        check(time, event, risk);
        int n = time.length;
        long[][] perSubject = new long[n][3];   // concordant, discordant, tied-risk pairs each subject belongs to
        long concordant = 0, discordant = 0, tiedRisk = 0, tiedTimes = 0;
        for (int i = 0; i < n; i++) {
            if (!event[i]) continue;
            for (int j = 0; j < n; j++) {
                if (time[j] < time[i] || j == i) continue;
                if (time[j] == time[i] && event[j]) {
                    if (j > i) tiedTimes++;
                    continue;
                }
                int kind = risk[i] > risk[j] ? 0 : risk[i] < risk[j] ? 1 : 2;
                perSubject[i][kind]++;
                perSubject[j][kind]++;
                if (kind == 0) concordant++;
                else if (kind == 1) discordant++;
                else tiedRisk++;
            }
        }
        double pairs = concordant + discordant + tiedRisk;
        if (pairs == 0) throw new IllegalArgumentException("no comparable pairs: C-index undefined");
        double somers = (concordant - discordant) / pairs, sum = 0;
        for (long[] s : perSubject) {
            double dfbeta = (s[0] - s[1]) / pairs - somers / pairs * (s[0] + s[1] + s[2]);
            sum += dfbeta * dfbeta;
        }
        return new HarrellC((somers + 1) / 2, sum / 4, concordant, discordant, tiedRisk, tiedTimes);
    }

    /** Uno's IPCW C-statistic truncated at tau (use the largest time for no truncation). */
    public static double uno(double[] time, boolean[] event, double[] risk, double tau) {
        check(time, event, risk);
        KaplanMeierCurve censoring = censoringCurve(time, event);
        double num = 0, den = 0;
        int n = time.length;
        for (int i = 0; i < n; i++) {
            if (!event[i] || time[i] >= tau) continue;
            double g = leftLimit(censoring, time[i]);
            if (g <= 0) continue;
            double w = 1 / (g * g);
            for (int j = 0; j < n; j++) {
                if (time[j] <= time[i]) continue;
                den += w;
                if (risk[i] > risk[j]) num += w;
                else if (risk[i] == risk[j]) num += 0.5 * w;
            }
        }
        if (den == 0) throw new IllegalArgumentException("no comparable pairs before tau=" + tau + ": Uno's C undefined");
        return num / den;
    }

    /** Cumulative/dynamic IPCW AUC at each requested time (NaN where there are no cases or no controls). */
    public static double[] timeDependentAuc(double[] time, boolean[] event, double[] risk, double... times) {
        check(time, event, risk);
        KaplanMeierCurve censoring = ipcwCensoringCurve(time, event);
        int n = time.length;
        double[] auc = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            double t = times[k];
            int controls = 0;
            for (int j = 0; j < n; j++) if (time[j] > t) controls++;
            double num = 0, den = 0;
            for (int i = 0; i < n; i++) {
                if (!event[i] || time[i] > t) continue;
                double g = leftLimit(censoring, time[i]);
                if (g <= 0) continue;
                double w = 1 / g;
                double wins = 0;
                for (int j = 0; j < n; j++) {
                    if (time[j] <= t) continue;
                    if (risk[i] > risk[j]) wins++;
                    else if (risk[i] == risk[j]) wins += 0.5;
                }
                num += w * wins;
                den += w * controls;
            }
            auc[k] = den == 0 ? Double.NaN : num / den;
        }
        return auc;
    }

    /** Kaplan-Meier of the censoring times (censoring treated as the event). */
    static KaplanMeierCurve censoringCurve(double[] time, boolean[] event) {
        boolean[] censored = new boolean[event.length];
        for (int i = 0; i < event.length; i++) censored[i] = !event[i];
        return KaplanMeier.estimate(time, censored);
    }

    /**
     * Kaplan-Meier of the censoring times with deaths leaving the risk set before censorings at the same time, as
     * prodlim's reverse Kaplan-Meier that timeROC, pec and riskRegression weight with (a death at a censoring time
     * then does not count as at risk of being censored). Deaths are moved just before their time to get this order.
     */
    static KaplanMeierCurve ipcwCensoringCurve(double[] time, boolean[] event) {
        double[] shifted = time.clone();
        boolean[] censored = new boolean[event.length];
        for (int i = 0; i < event.length; i++) {
            censored[i] = !event[i];
            if (event[i]) shifted[i] = Math.nextDown(time[i]);
        }
        return KaplanMeier.estimate(shifted, censored);
    }

    /** G(t−): the censoring survival just before t. */
    static double leftLimit(KaplanMeierCurve curve, double t) {
        return curve.survivalAt(Math.nextDown(t));
    }

    private static void check(double[] time, boolean[] event, double[] risk) {
        if (time.length != event.length || time.length != risk.length)
            throw new IllegalArgumentException("time, event and risk arrays differ in length: " + time.length + ", "
                + event.length + ", " + risk.length);
    }
}
