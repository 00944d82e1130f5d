package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.parallel.Parallel;

/**
 * Uniform cubic B-spline basics, written by hand (after Unser 1999 and Thévenaz et al. 2000): basis weights,
 * the kernel, and the recursive prefilter that turns samples into interpolation coefficients (mirror boundary).
 */
final class CubicBSpline {
    private static final double POLE = Math.sqrt(3) - 2;

    private CubicBSpline() {}

    /** The four basis weights for fractional position {@code t} in [0, 1], for nodes -1, 0, 1, 2. */
    static void weights(double t, double[] w, int offset) {
        double s = 1 - t, t2 = t * t, t3 = t2 * t;
        w[offset] = s * s * s / 6;
        w[offset + 1] = (3 * t3 - 6 * t2 + 4) / 6;
        w[offset + 2] = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6;
        w[offset + 3] = t3 / 6;
    }

    /** The centred cubic B-spline kernel B3(x). */
    static double kernel(double x) {
        double a = Math.abs(x);
        if (a < 1) return (4 - 6 * a * a + 3 * a * a * a) / 6;
        if (a < 2) {
            double b = 2 - a;
            return b * b * b / 6;
        }
        return 0;
    }

    /** Interpolation coefficients of a volume, prefiltered along x, y and z in place on a copy. */
    static double[] coefficients(double[] voxels, int nx, int ny, int nz) {
        double[] c = voxels.clone();
        int[] n = {nx, ny, nz};
        int[] stride = {1, nx, nx * ny};
        for (int axis = 0; axis < 3; axis++) {
            final int ax = axis, len = n[axis], st = stride[axis];
            if (len < 2) continue;
            int a1 = ax == 0 ? 1 : 0, a2 = ax == 2 ? 1 : 2; // the two other axes
            int n1 = n[a1], n2 = n[a2], s1 = stride[a1], s2 = stride[a2];
            Parallel.forEach(n2, j2 -> {
                double[] line = new double[len];
                for (int j1 = 0; j1 < n1; j1++) {
                    int base = j1 * s1 + j2 * s2;
                    for (int i = 0; i < len; i++) line[i] = c[base + i * st];
                    prefilterLine(line);
                    for (int i = 0; i < len; i++) c[base + i * st] = line[i];
                }
            });
        }
        return c;
    }

    /** In-place causal + anti-causal recursive filtering with mirror-symmetric boundaries. */
    static void prefilterLine(double[] c) {
        int n = c.length;
        double z = POLE, gain = (1 - z) * (1 - 1 / z);
        for (int i = 0; i < n; i++) c[i] *= gain;
        // Causal initialisation over the mirrored signal: truncated sum when z^n is negligible, exact otherwise.
        if (n > 30) {
            double zk = z, sum = c[0];
            for (int k = 1; k < 30; k++) {
                sum += zk * c[k];
                zk *= z;
            }
            c[0] = sum;
        } else {
            double zn = Math.pow(z, n - 1), iz = 1 / z, z2n = zn * zn * iz;
            double sum = c[0] + zn * c[n - 1];
            double zk = z;
            for (int k = 1; k < n - 1; k++) {
                sum += (zk + z2n) * c[k];
                zk *= z;
                z2n *= iz;
            }
            c[0] = sum / (1 - zn * zn);
        }
        for (int i = 1; i < n; i++) c[i] += z * c[i - 1];
        c[n - 1] = (z / (z * z - 1)) * (c[n - 1] + z * c[n - 2]);
        for (int i = n - 2; i >= 0; i--) c[i] = z * (c[i + 1] - c[i]);
    }

    /** Mirror an index into [0, n-1] (whole-sample symmetric, as the prefilter assumes). */
    static int mirror(int i, int n) {
        if (n == 1) return 0;
        int period = 2 * n - 2;
        i = Math.floorMod(i, period);
        return i < n ? i : period - i;
    }
}
