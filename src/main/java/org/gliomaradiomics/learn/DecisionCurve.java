package org.gliomaradiomics.learn;

/**
 * Decision curve (Vickers &amp; Elkin, Med Decis Making 2006): the net benefit of treating the patients whose
 * predicted probability is at least the threshold probability t, against treating everyone and no one.
 * Net benefit = TP/n − FP/n · t/(1 − t); treat all: π − (1 − π)·t/(1 − t) with π the prevalence; treat none: 0.
 */
public record DecisionCurve(double[] threshold, double[] netBenefit, double[] treatAll, double prevalence) {

    /** Thresholds 0.01, 0.02, ..., 0.99. */
    public static double[] defaultThresholds() {
        double[] t = new double[99];
        for (int k = 0; k < t.length; k++) t[k] = (k + 1) / 100.0;
        return t;
    }

    public static DecisionCurve of(double[] probability, boolean[] positive) {
        return of(probability, positive, defaultThresholds());
    }

    public static DecisionCurve of(double[] probability, boolean[] positive, double[] thresholds) {
        int n = probability.length;
        if (n == 0 || positive.length != n) throw new IllegalArgumentException("decision curve: " + n + " probabilities, " + positive.length + " outcomes");
        int events = 0;
        for (boolean b : positive) if (b) events++;
        double prevalence = events / (double) n;
        double[] nb = new double[thresholds.length], all = new double[thresholds.length];
        for (int k = 0; k < thresholds.length; k++) {
            double t = thresholds[k];
            if (!(t > 0 && t < 1)) throw new IllegalArgumentException("threshold probability " + t + " is not in (0, 1)");
            double odds = t / (1 - t);
            int tp = 0, fp = 0;
            for (int i = 0; i < n; i++)
                if (probability[i] >= t) { if (positive[i]) tp++; else fp++; }
            nb[k] = (tp - fp * odds) / n;
            all[k] = prevalence - (1 - prevalence) * odds;
        }
        return new DecisionCurve(thresholds.clone(), nb, all, prevalence);
    }
}
