package org.gliomaradiomics.filters;

import java.util.Locale;

/** Whether a filter works in each axial (x-y) slice or in the whole volume. */
public enum Dimensionality {
    TWO_D(2), THREE_D(3);

    /** Number of axes the filter acts on (x, y and, in 3D, z). */
    public final int axes;

    Dimensionality(int axes) {
        this.axes = axes;
    }

    /** Parses "2D", "2D (axial slices)", "3D", "3D separable" and the like. */
    public static Dimensionality parse(String s) {
        String t = s.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("2D") || t.equals("2")) return TWO_D;
        if (t.startsWith("3D") || t.equals("3")) return THREE_D;
        throw new IllegalArgumentException("unknown dimensionality '" + s + "' (expected 2D or 3D)");
    }
}
