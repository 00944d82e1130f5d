package org.gliomaradiomics.numerics;

import org.gliomaradiomics.parallel.Parallel;

/**
 * Every line along one axis of a flat x-fastest volume, gathered into a buffer, filtered, and scattered back: the
 * loop of the recursive line filters (the B-spline prefilter, ITK's recursive Gaussian), which need a whole line at
 * once, unlike {@link Convolution}'s row sums. One task per plane across the axis, each line filtered by one task,
 * so results do not depend on the thread count.
 */
public final class Lines {
    /** Turns one gathered line {@code in} into {@code out} (both of the line's length; fresh buffers per task). */
    public interface Filter {
        void apply(double[] in, double[] out);
    }

    private Lines() {}

    /** Filters every line of {@code in} along {@code axis} (0 = x, 1 = y, 2 = z) into {@code out}, which may be {@code in}. */
    public static void along(double[] in, double[] out, int[] dims, int axis, Filter filter) {
        int len = dims[axis], st = axis == 0 ? 1 : axis == 1 ? dims[0] : dims[0] * dims[1];
        int a1 = axis == 0 ? 1 : 0, a2 = axis == 2 ? 1 : 2; // the two other axes
        int n1 = dims[a1], s1 = a1 == 0 ? 1 : dims[0], s2 = a2 == 1 ? dims[0] : dims[0] * dims[1];
        Parallel.forEach(dims[a2], j2 -> {
            double[] line = new double[len], result = new double[len];
            for (int j1 = 0; j1 < n1; j1++) {
                int base = j1 * s1 + j2 * s2;
                for (int i = 0; i < len; i++) line[i] = in[base + i * st];
                filter.apply(line, result);
                for (int i = 0; i < len; i++) out[base + i * st] = result[i];
            }
        });
    }
}
