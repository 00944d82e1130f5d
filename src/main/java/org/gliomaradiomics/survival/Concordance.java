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
 * <li>Cumulative/dynamic AUC(t) (Uno et al. 2007, as timeROC's IPCW estimator): cases T_i ≤ t with an event,
 * weighted 1/Ĝ(T_i−); controls T_j {@literal >} t (weight 1/Ĝ(t), constant); risk ties count 1/2.</li>
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
        KaplanMeierCurve censoring = censoringCurve(time, event);
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
