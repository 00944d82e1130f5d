package org.gliomaradiomics.filters;

import java.util.Locale;

/** How the responses of rotated kernels are combined voxel by voxel. */
public enum Pooling {
    AVERAGE, MAX;

    public static Pooling parse(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "average": case "mean": case "avg": return AVERAGE;
            case "max": case "maximum": return MAX;
            default: throw new IllegalArgumentException("unknown pooling '" + s + "' (expected average or max)");
        }
    }

    /** Folds {@code next} into {@code acc} (acc is null for the first response, which is returned as is). */
    double[] accumulate(double[] acc, double[] next) {
        if (acc == null) return next;
        if (this == MAX) for (int i = 0; i < acc.length; i++) acc[i] = Math.max(acc[i], next[i]);
        else for (int i = 0; i < acc.length; i++) acc[i] += next[i];
        return acc;
    }

    /** Finishes the pooled result after {@code count} responses. */
    double[] finish(double[] acc, int count) {
        if (this == AVERAGE) for (int i = 0; i < acc.length; i++) acc[i] /= count;
        return acc;
    }
}
