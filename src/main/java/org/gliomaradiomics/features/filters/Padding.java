package org.gliomaradiomics.features.filters;

import java.util.Locale;

/**
 * How a convolution sees voxels outside the image (IBSI 2 names). The one place where boundaries are handled:
 * every convolution maps an out-of-range index through {@link #index(int, int)}.
 */
public enum Padding {
    /** Constant 0 outside. */
    ZERO,
    /** The edge voxel repeated. */
    NEAREST,
    /** Wrap around. */
    PERIODIC,
    /** Reflect with the edge voxel repeated (SciPy {@code reflect}, NumPy {@code symmetric}). */
    MIRROR;

    /** The in-range index that position {@code i} of a line of length {@code n} reads, or -1 for a zero. */
    public int index(int i, int n) {
        if (i >= 0 && i < n) return i;
        switch (this) {
            case ZERO: return -1;
            case NEAREST: return i < 0 ? 0 : n - 1;
            case PERIODIC: return Math.floorMod(i, n);
            default:
                int m = Math.floorMod(i, 2 * n);
                return m < n ? m : 2 * n - 1 - m;
        }
    }

    /** Parses zero/constant, nearest/edge, periodic/wrap, mirror/symmetric/reflect (case-insensitive). */
    public static Padding parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "zero": case "constant": return ZERO;
            case "nearest": case "edge": return NEAREST;
            case "periodic": case "wrap": return PERIODIC;
            case "mirror": case "symmetric": case "reflect": return MIRROR;
            default: throw new IllegalArgumentException("unknown padding '" + name + "' (expected zero, nearest, periodic or mirror)");
        }
    }
}
