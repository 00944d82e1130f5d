package org.gliomaradiomics.survival;

/**
 * The time-dependent Brier score with inverse probability of censoring weights (Graf et al. 1999), as
 * riskRegression's {@code Score} and pec compute it with a Kaplan-Meier censoring model. Written by hand:
 * BS(t) = (1/n)·Σ_i [ 1(T_i ≤ t, event)·Ŝ_i(t)²/Ĝ(T_i−) + 1(T_i {@literal >} t)·(1 − Ŝ_i(t))²/Ĝ(t) ], Ŝ_i(t) the predicted
 * survival of subject i and Ĝ the Kaplan-Meier estimate of the censoring distribution ({@link Concordance#ipcwCensoringCurve}); subjects censored by t
 * contribute 0 (their weight goes to the others).
 */
public final class BrierScore {
    private BrierScore() {}

    /** The Brier score at t of predicted survival probabilities S(t|x_i). */
    public static double ipcw(double[] time, boolean[] event, double[] predictedSurvival, double t) {
        if (time.length != event.length || time.length != predictedSurvival.length)
            throw new IllegalArgumentException("time, event and predictions differ in length");
        KaplanMeierCurve censoring = Concordance.ipcwCensoringCurve(time, event);
        double atHorizon = censoring.survivalAt(t), sum = 0;
        for (int i = 0; i < time.length; i++) {
            double s = predictedSurvival[i];
            if (time[i] <= t && event[i]) sum += s * s / Concordance.leftLimit(censoring, time[i]);
            else if (time[i] > t) sum += (1 - s) * (1 - s) / atHorizon;
        }
        return sum / time.length;
    }

    /**
     * The Brier score at t of the null model: the cohort's own Kaplan-Meier S(t) for everyone (riskRegression's
     * "Null model"), the reference a useful model must beat.
     */
    public static double nullModel(double[] time, boolean[] event, double t) {
        double s = KaplanMeier.estimate(time, event).survivalAt(t);
        double[] same = new double[time.length];
        java.util.Arrays.fill(same, s);
        return ipcw(time, event, same, t);
    }
}
