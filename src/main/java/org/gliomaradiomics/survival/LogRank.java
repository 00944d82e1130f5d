package org.gliomaradiomics.survival;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Log-rank (Mantel-Haenszel) test of k groups, as R's survdiff(rho = 0): at each event time the hypergeometric
 * expectation E_g = d·n_g/n and covariance V_gh = d(n−d)/(n−1)·(n_g/n)(δ_gh − n_h/n) are accumulated;
 * χ² = (O−E)ᵀ V⁻ (O−E) on the first k−1 groups. The stratified form sums O, E and V within strata.
 * Written by hand: commons-math has no survival tests.
 */
public final class LogRank {
    private LogRank() {}

    /** Log-rank test between the groups given by integer labels (any values; at least two distinct). */
    public static LogRankResult test(double[] time, boolean[] event, int[] group) {
        return stratified(time, event, group, null);
    }

    /** Stratified log-rank test; {@code stratum} may be null (one stratum). */
    public static LogRankResult stratified(double[] time, boolean[] event, int[] group, int[] stratum) {
        int n = time.length;
        if (event.length != n || group.length != n || (stratum != null && stratum.length != n))
            throw new IllegalArgumentException("time, event, group and stratum arrays differ in length");
        int[] labels = SurvivalOrder.distinct(group);
        int k = labels.length;
        if (k < 2) throw new IllegalArgumentException("log-rank test needs at least two groups, got " + k);
        int[] g = new int[n];
        for (int i = 0; i < n; i++) g[i] = java.util.Arrays.binarySearch(labels, group[i]);

        double[] observed = new double[k], expected = new double[k];
        double[][] v = new double[k][k];
        int[] order = SurvivalOrder.byStratumThenTime(time, stratum);
        int[] atRisk = new int[k];
        int[] deaths = new int[k];
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && sameStratum(stratum, order[start], order[end])) end++;
            java.util.Arrays.fill(atRisk, 0);
            for (int i = start; i < end; i++) atRisk[g[order[i]]]++;
            int total = end - start;
            for (int i = start; i < end; ) {
                double t = time[order[i]];
                java.util.Arrays.fill(deaths, 0);
                int d = 0, j = i;
                for (; j < end && time[order[j]] == t; j++)
                    if (event[order[j]]) { deaths[g[order[j]]]++; d++; }
                if (d > 0) {
                    double factor = total > 1 ? (double) d * (total - d) / (total - 1) : 0;
                    for (int a = 0; a < k; a++) {
                        observed[a] += deaths[a];
                        double pa = (double) atRisk[a] / total;
                        expected[a] += d * pa;
                        for (int b = 0; b < k; b++)
                            v[a][b] += factor * pa * ((a == b ? 1 : 0) - (double) atRisk[b] / total);
                    }
                }
                for (int m = i; m < j; m++) atRisk[g[order[m]]]--;
                total -= j - i;
                i = j;
            }
            start = end;
        }
        double[][] v1 = new double[k - 1][k - 1];
        double[] diff = new double[k - 1];
        for (int a = 0; a < k - 1; a++) {
            diff[a] = observed[a] - expected[a];
            for (int b = 0; b < k - 1; b++) v1[a][b] = v[a][b];
        }
        RealVector dv = new ArrayRealVector(diff, false);
        double chi2 = dv.dotProduct(new LUDecomposition(new Array2DRowRealMatrix(v1, false)).getSolver().solve(dv));
        int df = k - 1;
        return new LogRankResult(labels, observed, expected, chi2, df, Distributions.chiSquareUpperTail(chi2, df));
    }

    private static boolean sameStratum(int[] stratum, int a, int b) {
        return stratum == null || stratum[a] == stratum[b];
    }
}
