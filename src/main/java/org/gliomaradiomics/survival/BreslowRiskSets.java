package org.gliomaradiomics.survival;

/**
 * Breslow partial likelihood as a function of the linear predictor η, for the coordinate-descent solver.
 * Subjects are sorted by time once; the log of each risk-set sum, log S0(s) = log Σ_{l ≥ s} exp(η_l), is a
 * running log-sum-exp from the latest time backwards, so the log-likelihood, its gradient ∂ℓ/∂η_i, the diagonal
 * of −∂²ℓ/∂η² and the product of the full Hessian −∂²ℓ/∂η∂ηᵀ with a vector cost O(n) each (the Hessian is a
 * diagonal minus a sum of rank-one risk-set terms, applied with suffix and prefix sums). Every exponential is
 * taken of η_l − log S0 of a risk set that holds l, so it is at most 1: nothing overflows or underflows to a
 * log(0), whatever the span of η (a single global shift would fail once η spans more than ~745). Everything
 * here is in sorted order.
 */
final class BreslowRiskSets {
    final int n;
    final int[] order;            // sorted position -> original subject
    final boolean[] event;        // sorted
    final int[] groupStart;       // first sorted position with the same time
    final double saturatedLogLikelihood;
    // risk set from sorted position s on: S0(s) = exp(max[s])·sum[s], max[s] = max_{l ≥ s} η_l
    private final double[] max, sum;
    private final double[] self;       // exp(η_s − max[s])
    private final double[] share;      // exp(η_q − log S0 at q's own time): q's share of its risk set
    private final double[] cumA;       // Σ_{k ≤ group(q)} d_k·S0(q)/S0_k, i.e. A_q·S0(q)
    private final double[] cumB;       // Σ_{k ≤ group(q)} d_k·(S0(q)/S0_k)²
    private final double[] meanWork;   // risk-set mean of v in hessianTimes
    private final double[] selfShare;  // exp(η_s − log S0(s)): s's share of the risk set it opens
    private final double[] stepRatio;  // S0(s+1)/S0(s) ≤ 1
    private final double[] groupRatio; // at a group start: S0 there / S0 at the previous group start ≤ 1
    private final int[] deathsInGroup;   // at each group's first position

    BreslowRiskSets(double[] time, boolean[] eventIn) {
        n = time.length;
        order = SurvivalOrder.ascending(time);
        event = new boolean[n];
        groupStart = new int[n];
        max = new double[n];
        sum = new double[n];
        self = new double[n];
        share = new double[n];
        cumA = new double[n];
        cumB = new double[n];
        meanWork = new double[n];
        selfShare = new double[n];
        stepRatio = new double[n];
        groupRatio = new double[n];
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
     * <p>
     * With r = exp(η), A_q = Σ_{k ≤ group(q)} d_k/S0_k and B_q = Σ d_k/S0_k²: ∂ℓ/∂η_q = δ_q − r_q·A_q and the
     * diagonal is r_q·A_q − r_q²·B_q. Both are formed as share_q·cumA_q and share_q²·cumB_q, whose recursions
     * over k multiply by S0_k/S0_{k−1} ≤ 1.
     */
    double evaluate(double[] eta, double[] grad, double[] weight) {
        // running log-sum-exp from the end: the risk set's maximum and Σ exp(η − maximum)
        double m = Double.NEGATIVE_INFINITY, total = 0;
        for (int s = n - 1; s >= 0; s--) {
            double v = eta[s];
            if (v > m) {
                total = total * Math.exp(m - v) + 1;
                m = v;
                self[s] = 1;
            } else {
                double r = Math.exp(v - m);
                total += r;
                self[s] = r;
            }
            max[s] = m;
            sum[s] = total;
            selfShare[s] = self[s] / total;
            stepRatio[s] = s + 1 < n ? ratio(s + 1, s) : 0;
        }
        double loglik = 0, a = 0, b = 0;
        int previous = -1;
        for (int s = 0; s < n; ) {
            if (previous >= 0) {
                double ratio = ratio(s, previous);   // S0 now / S0 at the previous time, ≤ 1
                a *= ratio;
                b *= ratio * ratio;
                groupRatio[s] = ratio;
            }
            previous = s;
            double ms = max[s], inv = 1 / sum[s];
            int e = s, d = 0;
            double etaSum = 0;
            while (e < n && groupStart[e] == s) {
                if (event[e]) { d++; etaSum += eta[e] - ms; }
                e++;
            }
            if (d > 0) loglik += etaSum - d * Math.log(sum[s]);
            a += d;
            b += d;
            for (int q = s; q < e; q++) {
                share[q] = (max[q] == ms ? self[q] : Math.exp(eta[q] - ms)) * inv;
                cumA[q] = a;
                cumB[q] = b;
            }
            if (grad != null)
                for (int q = s; q < e; q++) {
                    double r = share[q];
                    grad[q] = (event[q] ? 1 : 0) - r * a;
                    if (weight != null) weight[q] = r * a - r * r * b;
                }
            s = e;
        }
        return loglik;
    }

    /** S0(later) / S0(earlier) for sorted positions later ≥ earlier: at most 1. */
    private double ratio(int later, int earlier) {
        double r = sum[later] / sum[earlier];
        return max[later] == max[earlier] ? r : r * Math.exp(max[later] - max[earlier]);
    }

    /**
     * out = H·v with H = −∂²ℓ/∂η∂ηᵀ at the η of the last {@link #evaluate} call:
     * (Hv)_i = r_i·A_i·v_i − r_i·Σ_{event groups k ≤ group(i)} d_k/S0_k · v̄_k, with v̄_k the risk-set mean
     * Σ_{l at risk at t_k} r_l v_l / S0_k. Scaled as in {@link #evaluate}: every factor is at most 1 in size.
     */
    void hessianTimes(double[] v, double[] out) {
        // risk-set means from the end: v̄(s) = v̄(s+1)·S0(s+1)/S0(s) + (r_s/S0(s))·v_s
        double next = 0;
        for (int s = n - 1; s >= 0; s--) {
            next = next * stepRatio[s] + selfShare[s] * v[s];
            meanWork[s] = next;
        }
        double c = 0;
        for (int s = 0; s < n; ) {
            if (s > 0) c *= groupRatio[s];
            int d = deathsInGroup[s];
            if (d > 0) c += d * meanWork[s];
            int e = s;
            while (e < n && groupStart[e] == s) {
                out[e] = share[e] * (cumA[e] * v[e] - c);
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
