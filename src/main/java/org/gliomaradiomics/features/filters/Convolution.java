package org.gliomaradiomics.features.filters;

/**
 * Separable convolution of flat x-fastest volumes, one 1D pass along one axis at a time. Each line is copied
 * with its padding into a scratch buffer (the only place boundaries are handled), then convolved.
 */
public final class Convolution {
    private Convolution() {}

    /** Convolves every line along {@code axis} (0 = x, 1 = y, 2 = z) with {@code kernel}; returns a new array. */
    public static double[] along(double[] in, int[] dims, int axis, Kernel1D kernel, Padding padding) {
        int n = dims[axis], len = kernel.length();
        int before = len - 1 - kernel.centre(); // padding voxels needed before index 0
        double[] flipped = new double[len];
        for (int m = 0; m < len; m++) flipped[m] = kernel.tap(len - 1 - m);
        double[] out = new double[in.length];
        Lines.forEach(dims, axis, n + len - 1, (first, stride, buf) -> {
            for (int j = 0; j < buf.length; j++) {
                int src = padding.index(j - before, n);
                buf[j] = src < 0 ? 0 : in[first + src * stride];
            }
            for (int i = 0, o = first; i < n; i++, o += stride) {
                double s = 0;
                for (int m = 0; m < len; m++) s += flipped[m] * buf[i + m];
                out[o] = s;
            }
        });
        return out;
    }

    /** Applies one kernel per axis in turn (a null entry skips that axis). */
    public static double[] separable(double[] in, int[] dims, Kernel1D[] perAxis, Padding padding) {
        double[] cur = in;
        for (int a = 0; a < 3; a++) if (perAxis[a] != null) cur = along(cur, dims, a, perAxis[a], padding);
        return cur == in ? in.clone() : cur;
    }

    static int[] dims(org.gliomaradiomics.image.Volume v) {
        return new int[] {v.nx(), v.ny(), v.nz()};
    }
}
