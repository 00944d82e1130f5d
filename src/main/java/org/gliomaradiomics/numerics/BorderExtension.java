package org.gliomaradiomics.numerics;

/**
 * How a line of samples is read beyond its ends: the one place that maps an out-of-range index to an in-range one
 * (or to none). Used by the convolutions, the B-spline prefilters and samplers, and the filters' padding.
 */
public enum BorderExtension {
    /** Constant 0 outside: {@link #index} returns -1. */
    ZERO,
    /** The edge sample repeated (a a a | a b c d). */
    NEAREST,
    /** Wrap around (b c d | a b c d). */
    PERIODIC,
    /** Half-sample symmetric, the edge sample repeated (c b a | a b c d): SciPy {@code reflect}, NumPy
     * {@code symmetric}, IBSI 2 "mirror". */
    MIRROR,
    /** Whole-sample symmetric, the edge sample not repeated (d c b | a b c d): SciPy {@code mirror}, ITK's and
     * Unser's B-spline boundary, ImgLib2 {@code extendMirrorSingle}. A line of one sample reads that sample. */
    MIRROR_SINGLE;

    /** The in-range index that position {@code i} of a line of length {@code n} reads, or -1 for a zero. */
    public int index(int i, int n) {
        if (i >= 0 && i < n) return i;
        switch (this) {
            case ZERO: return -1;
            case NEAREST: return i < 0 ? 0 : n - 1;
            case PERIODIC: return Math.floorMod(i, n);
            case MIRROR: {
                int m = Math.floorMod(i, 2 * n);
                return m < n ? m : 2 * n - 1 - m;
            }
            default: {
                if (n == 1) return 0;
                int period = 2 * n - 2, m = Math.floorMod(i, period);
                return m < n ? m : period - m;
            }
        }
    }
}
