package org.gliomaradiomics.numerics;

import java.util.Arrays;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Separable convolution of flat x-fastest volumes, one 1D pass along one axis at a time (the IBSI 2 filters,
 * PyRadiomics' image types, the registration pyramid's Gaussian); boundaries come from {@link BorderExtension#index}
 * only. Along x each line is copied with its padding into a scratch buffer; along y and z
 * whole x-rows are combined (contiguous memory, no strided gathers). Each output voxel is written by one task
 * with a fixed summation order, so results do not depend on the thread count.
 */
public final class Convolution {
    private Convolution() {}

    /** Convolves every line along {@code axis} (0 = x, 1 = y, 2 = z) with {@code kernel}; returns a new array. */
    public static double[] along(double[] in, int[] dims, int axis, Kernel1D kernel, BorderExtension border) {
        double[] out = new double[in.length];
        if (axis == 0) alongX(in, out, dims, kernel, border);
        else alongRows(in, out, dims, axis, kernel, border);
        return out;
    }

    /** Applies one kernel per axis in turn (a null entry skips that axis). */
    public static double[] separable(double[] in, int[] dims, Kernel1D[] perAxis, BorderExtension border) {
        double[] cur = in;
        for (int a = 0; a < 3; a++) if (perAxis[a] != null) cur = along(cur, dims, a, perAxis[a], border);
        return cur == in ? in.clone() : cur;
    }

    private static void alongX(double[] in, double[] out, int[] dims, Kernel1D kernel, BorderExtension border) {
        int n = dims[0], len = kernel.length(), lines = dims[1] * dims[2];
        int before = len - 1 - kernel.centre(); // padding voxels needed before index 0
        double[] flipped = new double[len];
        for (int m = 0; m < len; m++) flipped[m] = kernel.tap(len - 1 - m);
        int[] source = new int[n + len - 1];
        for (int j = 0; j < source.length; j++) source[j] = border.index(j - before, n);
        boolean uniform = isUniform(kernel);
        parallelBlocks(lines, (from, to) -> {
            double[] buf = new double[source.length];
            for (int line = from; line < to; line++) {
                int first = line * n;
                for (int j = 0; j < buf.length; j++) buf[j] = source[j] < 0 ? 0 : in[first + source[j]];
                if (uniform) { // box kernel: running sum, O(1) per voxel
                    double w = kernel.tap(0), s = 0;
                    for (int m = 0; m < len; m++) s += buf[m];
                    out[first] = w * s;
                    for (int i = 1; i < n; i++) {
                        s += buf[i + len - 1] - buf[i - 1];
                        out[first + i] = w * s;
                    }
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int m = 0; m < len; m++) s += flipped[m] * buf[i + m];
                    out[first + i] = s;
                }
            }
        });
    }

    /** Along y or z: output row i is the weighted sum of input rows (border.index(i + centre - k)). */
    private static void alongRows(double[] in, double[] out, int[] dims, int axis, Kernel1D kernel, BorderExtension border) {
        int nx = dims[0], n = dims[axis], outer = axis == 1 ? dims[2] : dims[1];
        int len = kernel.length(), centre = kernel.centre();
        if (isUniform(kernel)) {
            boxAlongRows(in, out, dims, axis, kernel, border);
            return;
        }
        parallelBlocks(outer, (from, to) -> {
            for (int o = from; o < to; o++) {
                for (int i = 0; i < n; i++) {
                    int dst = rowStart(dims, axis, i, o);
                    for (int k = 0; k < len; k++) {
                        double w = kernel.tap(k);
                        int srcIndex = border.index(i + centre - k, n);
                        if (w == 0 || srcIndex < 0) continue;
                        int src = rowStart(dims, axis, srcIndex, o);
                        for (int x = 0; x < nx; x++) out[dst + x] += w * in[src + x];
                    }
                }
            }
        });
    }

    /** Box kernel along y or z: a running sum of rows, O(1) per voxel whatever the support. */
    private static void boxAlongRows(double[] in, double[] out, int[] dims, int axis, Kernel1D kernel, BorderExtension border) {
        int nx = dims[0], n = dims[axis], outer = axis == 1 ? dims[2] : dims[1];
        int len = kernel.length(), centre = kernel.centre();
        double w = kernel.tap(0);
        parallelBlocks(outer, (from, to) -> {
            double[] sum = new double[nx];
            for (int o = from; o < to; o++) {
                Arrays.fill(sum, 0);
                for (int k = 0; k < len; k++) addRow(in, sum, dims, axis, border.index(centre - k, n), o, 1);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        addRow(in, sum, dims, axis, border.index(i + centre, n), o, 1);
                        addRow(in, sum, dims, axis, border.index(i + centre - len, n), o, -1);
                    }
                    int dst = rowStart(dims, axis, i, o);
                    for (int x = 0; x < nx; x++) out[dst + x] = w * sum[x];
                }
            }
        });
    }

    private static void addRow(double[] in, double[] sum, int[] dims, int axis, int index, int o, double sign) {
        if (index < 0) return;
        int src = rowStart(dims, axis, index, o);
        for (int x = 0; x < sum.length; x++) sum[x] += sign * in[src + x];
    }

    private static boolean isUniform(Kernel1D k) {
        if (k.length() < 4) return false; // direct sums are as cheap
        for (int i = 1; i < k.length(); i++) if (k.tap(i) != k.tap(0)) return false;
        return true;
    }

    private static int rowStart(int[] dims, int axis, int i, int o) {
        return axis == 1 ? dims[0] * (i + dims[1] * o) : dims[0] * (o + dims[1] * i);
    }

    public interface Block {
        void run(int from, int to);
    }

    /** Splits [0, count) into contiguous blocks run in parallel. */
    public static void parallelBlocks(int count, Block block) {
        int blocks = Math.min(count, 4 * Parallel.workers());
        Parallel.forEach(blocks, b -> block.run(Parallel.chunkStart(count, blocks, b), Parallel.chunkStart(count, blocks, b + 1)));
    }
}
