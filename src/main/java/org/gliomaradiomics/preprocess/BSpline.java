package org.gliomaradiomics.preprocess;

/**
 * Cubic B-spline interpolation (Unser 1999): prefilter coefficients so that the spline interpolates the samples,
 * with mirror-symmetric boundaries, then evaluate with the 4 x 4 x 4 cubic B-spline weights. Written by hand;
 * ImgLib2 core has no B-spline interpolator.
 */
final class BSpline {
    private static final double POLE = Math.sqrt(3) - 2;

    private BSpline() {}

    /** Interpolation coefficients of a volume (x fastest). */
    static double[] coefficients(double[] values, int nx, int ny, int nz) {
        double[] c = values.clone();
        double[] line = new double[Math.max(nx, Math.max(ny, nz))];
        for (int z = 0; z < nz; z++)
            for (int y = 0; y < ny; y++) filterLine(c, nx * (y + ny * z), 1, nx, line);
        for (int z = 0; z < nz; z++)
            for (int x = 0; x < nx; x++) filterLine(c, x + nx * ny * z, nx, ny, line);
        for (int y = 0; y < ny; y++)
            for (int x = 0; x < nx; x++) filterLine(c, x + nx * y, nx * ny, nz, line);
        return c;
    }

    private static void filterLine(double[] data, int offset, int stride, int n, double[] c) {
        if (n < 2) return;
        for (int k = 0; k < n; k++) c[k] = 6 * data[offset + k * stride];
        double z = POLE;
        // Causal initialisation for mirror boundaries, sum truncated where z^k is below double precision.
        int horizon = Math.min(n, 30);
        double sum = c[0], zk = z;
        for (int k = 1; k < horizon; k++) {
            sum += zk * c[k];
            zk *= z;
        }
        if (horizon == n && n < 30) {
            // Exact mirror initialisation for short lines.
            double zn = Math.pow(z, n - 1), iz = 1 / z, z2n = zn * zn * iz;
            sum = c[0] + zn * c[n - 1];
            zk = z;
            for (int k = 1; k < n - 1; k++) {
                sum += (zk + z2n) * c[k];
                zk *= z;
                z2n *= iz;
            }
            sum /= 1 - zn * zn;
        }
        c[0] = sum;
        for (int k = 1; k < n; k++) c[k] += z * c[k - 1];
        c[n - 1] = z / (z * z - 1) * (c[n - 1] + z * c[n - 2]);
        for (int k = n - 2; k >= 0; k--) c[k] = z * (c[k + 1] - c[k]);
        for (int k = 0; k < n; k++) data[offset + k * stride] = c[k];
    }

    static double value(double[] c, int nx, int ny, int nz, double x, double y, double z) {
        int ix = (int) Math.floor(x), iy = (int) Math.floor(y), iz = (int) Math.floor(z);
        double[] wx = weights(x - ix), wy = weights(y - iy), wz = weights(z - iz);
        double sum = 0;
        for (int c3 = 0; c3 < 4; c3++) {
            int zz = mirror(iz - 1 + c3, nz);
            double sy = 0;
            for (int b = 0; b < 4; b++) {
                int yy = mirror(iy - 1 + b, ny);
                int row = nx * (yy + ny * zz);
                double sx = 0;
                for (int a = 0; a < 4; a++) sx += wx[a] * c[row + mirror(ix - 1 + a, nx)];
                sy += wy[b] * sx;
            }
            sum += wz[c3] * sy;
        }
        return sum;
    }

    private static double[] weights(double t) {
        double t2 = t * t, t3 = t2 * t, u = 1 - t;
        return new double[] {u * u * u / 6, (3 * t3 - 6 * t2 + 4) / 6, (-3 * t3 + 3 * t2 + 3 * t + 1) / 6, t3 / 6};
    }

    private static int mirror(int k, int n) {
        if (n == 1) return 0;
        int period = 2 * (n - 1);
        k = Math.floorMod(k, period);
        return k < n ? k : period - k;
    }
}
