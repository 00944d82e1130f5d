package org.gliomaradiomics.features.pyradiomics;

/**
 * ITK's cubic B-spline interpolation (BSplineDecompositionImageFilter + BSplineInterpolateImageFunction, order 3):
 * an exact interpolating spline from a recursive prefilter (pole sqrt(3) - 2, mirror boundaries, causal
 * initialisation truncated at tolerance 1e-10) and cubic weights on mirrored indices. Written by hand because
 * nothing on Maven Central reproduces ITK's numbers.
 */
final class ItkBSpline {
    private static final double POLE = Math.sqrt(3) - 2;
    private static final double TOLERANCE = 1e-10;

    private final int nx, ny, nz;
    private final double[] coefficients;
    // scratch for evaluate(): one instance serves one thread
    private final int[] ix = new int[4], iy = new int[4], iz = new int[4];
    private final double[] wx = new double[4], wy = new double[4], wz = new double[4];

    ItkBSpline(double[] image, int nx, int ny, int nz) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        coefficients = image.clone();
        int[] size = {nx, ny, nz};
        int[] stride = {1, nx, nx * ny};
        for (int axis = 0; axis < 3; axis++) {
            int len = size[axis];
            if (len == 1) continue;
            double[] line = new double[len];
            int a1 = axis == 0 ? 1 : 0, a2 = axis == 2 ? 1 : 2;
            for (int v = 0; v < size[a2]; v++)
                for (int u = 0; u < size[a1]; u++) {
                    int base = u * stride[a1] + v * stride[a2];
                    for (int k = 0; k < len; k++) line[k] = coefficients[base + k * stride[axis]];
                    toCoefficients(line);
                    for (int k = 0; k < len; k++) coefficients[base + k * stride[axis]] = line[k];
                }
        }
    }

    private static void toCoefficients(double[] c) {
        int n = c.length;
        double z = POLE;
        double gain = (1 - z) * (1 - 1 / z);
        for (int k = 0; k < n; k++) c[k] *= gain;
        c[0] = initialCausal(c, z);
        for (int k = 1; k < n; k++) c[k] += z * c[k - 1];
        c[n - 1] = (z / (z * z - 1)) * (z * c[n - 2] + c[n - 1]);
        for (int k = n - 2; k >= 0; k--) c[k] = z * (c[k + 1] - c[k]);
    }

    private static double initialCausal(double[] c, double z) {
        int n = c.length;
        int horizon = (int) Math.ceil(Math.log(TOLERANCE) / Math.log(Math.abs(z)));
        double zn = z;
        if (horizon < n) {
            double sum = c[0];
            for (int k = 1; k < horizon; k++) { sum += zn * c[k]; zn *= z; }
            return sum;
        }
        double iz = 1 / z, z2n = Math.pow(z, n - 1);
        double sum = c[0] + z2n * c[n - 1];
        z2n *= z2n * iz;
        for (int k = 1; k <= n - 2; k++) { sum += (zn + z2n) * c[k]; zn *= z; z2n *= iz; }
        return sum / (1 - zn * zn);
    }

    /** Value at continuous index (x, y, z); the caller checks that the point is inside [-0.5, size - 0.5).
     * Not thread-safe (shared scratch arrays). */
    double evaluate(double x, double y, double z) {
        support(x, nx, ix, wx);
        support(y, ny, iy, wy);
        support(z, nz, iz, wz);
        double value = 0;
        for (int c = 0; c < 4; c++)
            for (int b = 0; b < 4; b++)
                for (int a = 0; a < 4; a++)
                    value += wx[a] * wy[b] * wz[c] * coefficients[ix[a] + nx * (iy[b] + ny * iz[c])];
        return value;
    }

    private static void support(double x, int len, int[] idx, double[] w) {
        int start = (int) Math.floor(x) - 1;
        double t = x - (start + 1);
        w[3] = (1.0 / 6.0) * t * t * t;
        w[0] = (1.0 / 6.0) + 0.5 * t * (t - 1.0) - w[3];
        w[2] = t + w[0] - 2.0 * w[3];
        w[1] = 1.0 - w[0] - w[2] - w[3];
        int len2 = 2 * len - 2;
        for (int k = 0; k < 4; k++) {
            int i = start + k;
            if (len == 1) { idx[k] = 0; continue; }
            i = i < 0 ? -i - len2 * ((-i) / len2) : i - len2 * (i / len2);
            if (len <= i) i = len2 - i;
            idx[k] = i;
        }
    }
}
