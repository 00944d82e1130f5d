package org.gliomaradiomics.numerics;

import org.gliomaradiomics.parallel.Parallel;

/**
 * How a line of samples is read beyond its ends: the one place that maps an out-of-range index to an in-range one
 * (or to none). Used by the convolutions, the B-spline prefilters and samplers, the filters' padding, and to copy a
 * volume onto a larger grid ({@link #extend}) and back ({@link #crop}) for transforms that need the padding stored.
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

    /**
     * A volume of {@code n} voxels per axis (x fastest) on a grid of {@code m >= n} voxels per axis: grid index i
     * along axis a reads the volume's index {@code index(i - left[a], n[a])}, 0 where that is none.
     */
    public double[] extend(double[] v, int[] n, int[] m, int[] left) {
        int[][] src = new int[3][];
        for (int a = 0; a < 3; a++) {
            src[a] = new int[m[a]];
            for (int i = 0; i < m[a]; i++) src[a][i] = index(i - left[a], n[a]);
        }
        double[] out = new double[m[0] * m[1] * m[2]];
        Parallel.forEach(m[2], z -> {
            if (src[2][z] < 0) return;
            for (int y = 0; y < m[1]; y++) {
                if (src[1][y] < 0) continue;
                int row = n[0] * (src[1][y] + n[1] * src[2][z]), dst = m[0] * (y + m[1] * z);
                for (int x = 0; x < m[0]; x++) if (src[0][x] >= 0) out[dst + x] = v[row + src[0][x]];
            }
        });
        return out;
    }

    /** The inverse of {@link #extend}: the {@code n}-voxel box at {@code left} of a grid of {@code m} voxels per axis. */
    public static double[] crop(double[] grid, int[] m, int[] left, int[] n) {
        double[] out = new double[n[0] * n[1] * n[2]];
        for (int z = 0; z < n[2]; z++)
            for (int y = 0; y < n[1]; y++)
                System.arraycopy(grid, left[0] + m[0] * (y + left[1] + m[1] * (z + left[2])), out, n[0] * (y + n[1] * z), n[0]);
        return out;
    }
}
