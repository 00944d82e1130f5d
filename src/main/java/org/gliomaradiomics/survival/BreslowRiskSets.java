package org.gliomaradiomics.survival;

/**
 * Breslow partial likelihood as a function of the linear predictor η, for the coordinate-descent solver.
 * Subjects are sorted by time once; risk-set sums are suffix sums of exp(η), so the log-likelihood, its
 * gradient ∂ℓ/∂η_i, the diagonal of −∂²ℓ/∂η² and the product of the full Hessian −∂²ℓ/∂η∂ηᵀ with a
 * vector cost O(n) each (the Hessian is a diagonal minus a sum of rank-one risk-set terms, applied with suffix
 * and prefix sums). Everything here is in sorted order.
 */
final class BreslowRiskSets {
    final int n;
    final int[] order;            // sorted position -> original subject
    final boolean[] event;        // sorted
    final int[] groupStart;       // first sorted position with the same time
    final double saturatedLogLikelihood;
    private final double[] suffix, rel, cumA, suffixWork;
    private final int[] deathsInGroup;   // at each group's first position

    BreslowRiskSets(double[] time, boolean[] eventIn) {
        n = time.length;
        order = SurvivalOrder.ascending(time);
        event = new boolean[n];
        groupStart = new int[n];
        suffix = new double[n + 1];
        suffixWork = new double[n + 1];
        rel = new double[n];
        cumA = new double[n];
        deathsInGroup = new int[n];
        double sat = 0;
        for (int s = 0; s < n; s++) {
            event[s] = eventIn[order[s]];
            groupStart[s] = s > 0 && time[order[s]] == time[order[s - 1]] ? groupStart[s - 1] : s;
        }
        for (int s = 0; s < n; ) {
            int e = s, d = 0;
            while (e < n && groupStart[e] == s) { if (event[e]) d++; e++; }
            if (d > 1) sat -= d * Math.log(d);
            deathsInGroup[s] = d;
            s = e;
        }
        saturatedLogLikelihood = sat;
    }

    /**
     * Log partial likelihood of sorted η; fills the gradient ∂ℓ/∂η and the diagonal −∂²ℓ/∂η_i² when those
     * arrays are non-null (sorted order).
     */
    double evaluate(double[] eta, double[] grad, double[] weight) {
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < n; s++) max = Math.max(max, eta[s]);
        suffix[n] = 0;
        for (int s = n - 1; s >= 0; s--) suffix[s] = suffix[s + 1] + Math.exp(eta[s] - max);
        double loglik = 0, a = 0, b = 0;
        for (int s = 0; s < n; ) {
            int e = s, d = 0;
            while (e < n && groupStart[e] == s) {
                if (event[e]) { d++; loglik += eta[e] - max; }
                e++;
            }
            if (d > 0) {
                double s0 = suffix[s];
                loglik -= d * Math.log(s0);
                a += d / s0;
                b += d / (s0 * s0);
            }
            for (int q = s; q < e; q++) { rel[q] = Math.exp(eta[q] - max); cumA[q] = a; }
            if (grad != null)
                for (int q = s; q < e; q++) {
                    double r = rel[q];
                    grad[q] = (event[q] ? 1 : 0) - r * a;
                    if (weight != null) weight[q] = r * a - r * r * b;
                }
            s = e;
        }
        return loglik;
    }

    /**
     * out = H·v with H = −∂²ℓ/∂η∂ηᵀ at the η of the last {@link #evaluate} call:
     * (Hv)_i = r_i·A_i·v_i − r_i·Σ_{event groups k ≤ group(i)} d_k/S0_k² · Σ_{l at risk at t_k} r_l v_l.
     */
    void hessianTimes(double[] v, double[] out) {
        suffixWork[n] = 0;
        for (int s = n - 1; s >= 0; s--) suffixWork[s] = suffixWork[s + 1] + rel[s] * v[s];
        double c = 0;
        for (int s = 0; s < n; ) {
            int d = deathsInGroup[s];
            if (d > 0) { double s0 = suffix[s]; c += d * suffixWork[s] / (s0 * s0); }
            int e = s;
            while (e < n && groupStart[e] == s) {
                out[e] = rel[e] * (cumA[e] * v[e] - c);
                e++;
            }
            s = e;
        }
    }

    /** Breslow log partial likelihood of a linear predictor given in the subjects' original order. */
    static double logLikelihood(double[] time, boolean[] event, double[] linearPredictor) {
        BreslowRiskSets rs = new BreslowRiskSets(time, event);
        double[] eta = new double[rs.n];
        for (int s = 0; s < rs.n; s++) eta[s] = linearPredictor[rs.order[s]];
        return rs.evaluate(eta, null, null);
    }
}
