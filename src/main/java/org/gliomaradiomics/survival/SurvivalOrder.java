package org.gliomaradiomics.survival;

import java.util.Arrays;

/** Index sorts shared by the estimators (stable, primitive, no boxing in the comparisons' hot path). */
final class SurvivalOrder {
    private SurvivalOrder() {}

    /** Indices sorting time ascending; ties keep input order. */
    static int[] ascending(double[] time) {
        return sortBy(time.length, (a, b) -> {
            int c = Double.compare(time[a], time[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
    }

    /** Indices sorted by stratum, then time ascending, then input order. */
    static int[] byStratumThenTime(double[] time, int[] stratum) {
        return sortBy(time.length, (a, b) -> {
            int c = stratum == null ? 0 : Integer.compare(stratum[a], stratum[b]);
            if (c == 0) c = Double.compare(time[a], time[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
    }

    private static int[] sortBy(int n, java.util.Comparator<Integer> cmp) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) boxed[i] = i;
        Arrays.sort(boxed, cmp);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = boxed[i];
        return out;
    }

    /** Distinct values of labels in ascending order. */
    static int[] distinct(int[] labels) {
        return Arrays.stream(labels).distinct().sorted().toArray();
    }
}
