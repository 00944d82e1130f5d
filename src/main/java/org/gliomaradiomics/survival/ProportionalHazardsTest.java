package org.gliomaradiomics.survival;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Test of the proportional-hazards assumption by the score test of cox.zph in R's survival ≥ 3.0 (Therneau's
 * noweb "zph"): each covariate x_j is augmented with x_j·g(t); the score U and information H of the augmented
 * model are evaluated at (β̂, 0) (no iteration). With U_k, V_k the score and information contributions of event
 * time t_k: U_γ = Σ g(t_k) U_k, H = [[ΣV_k, Σg_kV_k], [Σg_kV_k, Σg_k²V_k]]. The statistic for covariate j uses the
 * rows/columns of all β and of γ_j; the global one uses all of H. g is centred on its mean over the events.
 * This is the exact score test, not the older Grambsch-Therneau approximation (survival {@literal <} 3.0,
 * lifelines), so values differ slightly from those programs.
 */
public final class ProportionalHazardsTest {
    private ProportionalHazardsTest() {}

    /** Test with R's default transform (Kaplan-Meier) for an unstratified model with the fit's ties. */
    public static ProportionalHazardsResult test(SurvivalData data, CoxFit fit) {
        return test(data.time(), data.event(), data.covariates(), null, fit, TimeTransform.KM);
    }

    public static ProportionalHazardsResult test(double[] time, boolean[] event, double[][] x, int[] strata, CoxFit fit,
            TimeTransform transform) {
        CoxPartialLikelihood pl = new CoxPartialLikelihood(time, event, x, strata, fit.ties());
        int p = pl.p;
        if (p != fit.size()) throw new IllegalArgumentException("the fit has " + fit.size() + " coefficients but x has " + p + " columns");
        double[] g = transformedTimes(time, event, transform);
        double gMean = 0;
        int deaths = 0;
        for (int i = 0; i < g.length; i++) if (event[i]) { gMean += g[i]; deaths++; }
        gMean /= deaths;
        double[] gSorted = new double[pl.n];
        for (int s = 0; s < pl.n; s++) gSorted[s] = g[pl.order[s]] - gMean;

        double[] uGamma = new double[p];
        double[] h1 = new double[p * p], h2 = new double[p * p], h3 = new double[p * p];
        double[][] residuals = new double[deaths][];
        double[] eventTimes = new double[deaths], eventG = new double[deaths];
        int[] row = {0};
        pl.evaluate(fit.coefficients(), null, null, (t, from, to, meanX, score, info) -> {
            double gk = gSorted[from];
            for (int a = 0; a < p; a++) uGamma[a] += gk * score[a];
            for (int m = 0; m < p * p; m++) {
                h1[m] += info[m];
                h2[m] += gk * info[m];
                h3[m] += gk * gk * info[m];
            }
            for (int s = from; s < to; s++) {
                if (!pl.sortedEvent[s]) continue;
                double[] r = new double[p];
                for (int a = 0; a < p; a++) r[a] = pl.x[s * p + a] - meanX[a];
                residuals[row[0]] = r;
                eventTimes[row[0]] = t;
                eventG[row[0]] = g[pl.order[s]];
                row[0]++;
            }
        });

        double[][] full = new double[2 * p][2 * p];
        for (int a = 0; a < p; a++)
            for (int b = 0; b < p; b++) {
                full[a][b] = h1[a * p + b];
                full[a][p + b] = h2[a * p + b];
                full[p + a][b] = h2[a * p + b];
                full[p + a][p + b] = h3[a * p + b];
            }
        double[] chi = new double[p], pv = new double[p];
        for (int j = 0; j < p; j++) {
            int[] keep = new int[p + 1];
            for (int a = 0; a < p; a++) keep[a] = a;
            keep[p] = p + j;
            double[][] sub = new double[p + 1][p + 1];
            for (int a = 0; a <= p; a++) for (int b = 0; b <= p; b++) sub[a][b] = full[keep[a]][keep[b]];
            double[] u = new double[p + 1];
            u[p] = uGamma[j];
            chi[j] = quadraticForm(sub, u);
            pv[j] = Distributions.chiSquareUpperTail(chi[j], 1);
        }
        double[] uAll = new double[2 * p];
        System.arraycopy(uGamma, 0, uAll, p, p);
        double global = quadraticForm(full, uAll);

        // Scaled Schoenfeld residuals (unstratified scaling, as R without strata): β̂ + d·H1⁻¹ r.
        RealMatrix h1Inverse = CoxRegression.inverse(h1, p);
        int used = row[0];
        double[][] scaled = new double[used][p];
        for (int k = 0; k < used; k++)
            for (int a = 0; a < p; a++) {
                double v = 0;
                for (int b = 0; b < p; b++) v += h1Inverse.getEntry(a, b) * residuals[k][b];
                scaled[k][a] = fit.coefficients()[a] + deaths * v;
            }
        return new ProportionalHazardsResult(fit.names(), chi, pv, global, p, Distributions.chiSquareUpperTail(global, p),
            transform, java.util.Arrays.copyOf(eventTimes, used), java.util.Arrays.copyOf(eventG, used), scaled);
    }

    /** g(t) for every subject (not yet centred). */
    static double[] transformedTimes(double[] time, boolean[] event, TimeTransform transform) {
        int n = time.length;
        double[] g = new double[n];
        switch (transform) {
            case IDENTITY -> System.arraycopy(time, 0, g, 0, n);
            case LOG -> { for (int i = 0; i < n; i++) g[i] = Math.log(time[i]); }
            case RANK -> {
                int[] order = SurvivalOrder.ascending(time);
                for (int i = 0; i < n; ) {
                    int j = i;
                    while (j < n && time[order[j]] == time[order[i]]) j++;
                    double avg = 0.5 * (i + 1 + j);   // average of ranks i+1 .. j
                    for (int k = i; k < j; k++) g[order[k]] = avg;
                    i = j;
                }
            }
            case KM -> {
                KaplanMeierCurve km = KaplanMeier.estimate(time, event);
                for (int i = 0; i < n; i++) g[i] = 1 - km.survivalAt(Math.nextDown(time[i]));
            }
        }
        return g;
    }

    private static double quadraticForm(double[][] m, double[] u) {
        double[] sol = new LUDecomposition(new Array2DRowRealMatrix(m, false)).getSolver()
            .solve(new org.apache.commons.math3.linear.ArrayRealVector(u)).toArray();
        double q = 0;
        for (int i = 0; i < u.length; i++) q += u[i] * sol[i];
        return q;
    }
}
