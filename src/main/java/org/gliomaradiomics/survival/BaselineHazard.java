package org.gliomaradiomics.survival;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The cumulative baseline hazard H₀(t) of a Cox model, a step function over the distinct event times, for a
 * subject whose linear predictor is 0. Written by hand, as R's {@code survfit.coxph} computes it: with Breslow ties
 * the Breslow estimator, each event time adding d/Σ_{at risk} exp(η) ({@code ctype = 1}); with Efron ties Efron's
 * version, the d tied events adding Σ_{k<d} 1/(Σ_{at risk} exp(η) − k/d·Σ_{events} exp(η)) ({@code ctype = 2},
 * R's default for an Efron fit and what riskRegression's {@code predictCox} uses). Predicted survival is
 * S(t|η) = exp(−H₀(t)·exp(η)).
 */
public final class BaselineHazard implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] times;
    private final double[] cumulative;
    private final Ties ties;

    private BaselineHazard(double[] times, double[] cumulative, Ties ties) {
        this.times = times;
        this.cumulative = cumulative;
        this.ties = ties;
    }

    /**
     * @param linearPredictor η per subject; H₀ is for η = 0 (centre η on the training mean to get R's
     *     {@code basehaz(fit, centered = TRUE)})
     */
    public static BaselineHazard estimate(double[] time, boolean[] event, double[] linearPredictor, Ties ties) {
        int n = time.length;
        if (event.length != n || linearPredictor.length != n) throw new IllegalArgumentException("time, event and linear predictor differ in length");
        double shift = Double.NEGATIVE_INFINITY;   // exp(η − shift) ≤ 1: no overflow; the hazard is scaled back by exp(−shift)
        for (double v : linearPredictor) shift = Math.max(shift, v);
        int[] order = SurvivalOrder.ascending(time);
        double[] atRisk = new double[n];   // Σ exp(η − shift) over subjects with time ≥ time of sorted position s
        double sum = 0;
        for (int s = n - 1; s >= 0; s--) {
            sum += Math.exp(linearPredictor[order[s]] - shift);
            atRisk[s] = sum;
        }
        double[] t = new double[n], h = new double[n];
        int k = 0;
        double cumulativeHazard = 0;
        for (int s = 0; s < n; ) {
            double ti = time[order[s]];
            int e = s, d = 0;
            double eventSum = 0;
            for (; e < n && time[order[e]] == ti; e++)
                if (event[order[e]]) { d++; eventSum += Math.exp(linearPredictor[order[e]] - shift); }
            if (d > 0) {
                double increment = 0;
                if (ties == Ties.BRESLOW) increment = d / atRisk[s];
                else for (int j = 0; j < d; j++) increment += 1 / (atRisk[s] - (double) j / d * eventSum);
                cumulativeHazard += increment * Math.exp(-shift);
                t[k] = ti;
                h[k++] = cumulativeHazard;
            }
            s = e;
        }
        return new BaselineHazard(Arrays.copyOf(t, k), Arrays.copyOf(h, k), ties);
    }

    /** H₀(t): the sum of the increments at event times ≤ t (0 before the first event). */
    public double at(double t) {
        int k = Arrays.binarySearch(times, t);
        int last = k >= 0 ? k : -k - 2;
        return last < 0 ? 0 : cumulative[last];
    }

    /** S(t|η) = exp(−H₀(t)·exp(η)). */
    public double survival(double t, double linearPredictor) {
        return Math.exp(-at(t) * Math.exp(linearPredictor));
    }

    public double[] times() { return times.clone(); }

    public double[] cumulative() { return cumulative.clone(); }

    public Ties ties() { return ties; }
}
