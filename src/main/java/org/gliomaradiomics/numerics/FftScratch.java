package org.gliomaradiomics.numerics;

/**
 * Per-thread scratch arrays for batched line transforms, reused across calls so that the many small parallel
 * chunks of a 3D transform do not each allocate and zero their buffers.
 */
public final class FftScratch {
    private static final ThreadLocal<double[][]> SCRATCH = new ThreadLocal<>();

    private FftScratch() {}

    /** At least count arrays of at least size values each, owned by the calling thread (contents undefined). */
    public static double[][] get(int count, int size) {
        double[][] s = SCRATCH.get();
        if (s == null || s.length < count || s[0].length < size) {
            int n = Math.max(count, s == null ? 0 : s.length), m = Math.max(size, s == null ? 0 : s[0].length);
            s = new double[n][m];
            SCRATCH.set(s);
        }
        return s;
    }
}
