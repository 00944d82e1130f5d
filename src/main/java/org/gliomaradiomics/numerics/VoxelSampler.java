package org.gliomaradiomics.numerics;

/**
 * Interpolation at continuous voxel indices of one flat x-fastest volume: the one sampling core of the resamplers
 * (IBSI resampling, registration warps and case resampling in {@code preprocess}, PyRadiomics' SimpleITK
 * resampling in {@code features}). Nearest neighbour (round half up), trilinear, and cubic B-spline from
 * coefficients of {@link CubicBSpline}, in two roundings: this project's ({@link #linear}, {@link #bspline}) and
 * ITK's ({@link #linearItk}, {@link #bsplineItk}: ITK's weights and summation order, which the PyRadiomics
 * baselines pin). A position more than half a voxel outside the grid on any axis gets the caller's outside value;
 * inside, linear reads clamp to the edge voxels and B-spline reads mirror ({@link BorderExtension#MIRROR_SINGLE}).
 * One instance per thread (scratch buffers).
 */
public final class VoxelSampler {
    private final double[] v;
    private final int nx, ny, nz, nxy;
    private final double[] wx = new double[4], wy = new double[4], wz = new double[4];
    private final int[] jx = new int[4], jy = new int[4], jz = new int[4];

    /** @param voxels the samples, or B-spline coefficients for the B-spline methods */
    public VoxelSampler(double[] voxels, int nx, int ny, int nz) {
        this.v = voxels;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.nxy = nx * ny;
    }

    private boolean inside(double x, double y, double z) {
        return x >= -0.5 && x <= nx - 0.5 && y >= -0.5 && y <= ny - 0.5 && z >= -0.5 && z <= nz - 0.5;
    }

    public double nearest(double x, double y, double z, double outside) {
        if (!inside(x, y, z)) return outside;
        int i = clamp((int) Math.floor(x + 0.5), nx), j = clamp((int) Math.floor(y + 0.5), ny), k = clamp((int) Math.floor(z + 0.5), nz);
        return v[i + nx * j + nxy * k];
    }

    /** Trilinear, positions clamped to the outer voxel centres, lerp along x, then y, then z. */
    public double linear(double x, double y, double z, double outside) {
        if (!inside(x, y, z)) return outside;
        x = Math.max(0, Math.min(nx - 1, x));
        y = Math.max(0, Math.min(ny - 1, y));
        z = Math.max(0, Math.min(nz - 1, z));
        int i = Math.min((int) x, Math.max(nx - 2, 0)), j = Math.min((int) y, Math.max(ny - 2, 0)), k = Math.min((int) z, Math.max(nz - 2, 0));
        double fx = x - i, fy = y - j, fz = z - k;
        int di = nx > 1 ? 1 : 0, dj = ny > 1 ? nx : 0, dk = nz > 1 ? nxy : 0;
        int p = i + nx * j + nxy * k;
        double c00 = v[p] + fx * (v[p + di] - v[p]);
        double c10 = v[p + dj] + fx * (v[p + dj + di] - v[p + dj]);
        double c01 = v[p + dk] + fx * (v[p + dk + di] - v[p + dk]);
        double c11 = v[p + dk + dj] + fx * (v[p + dk + dj + di] - v[p + dk + dj]);
        double c0 = c00 + fy * (c10 - c00), c1 = c01 + fy * (c11 - c01);
        return c0 + fz * (c1 - c0);
    }

    /** ITK's LinearInterpolateImageFunction: the sum of the eight weighted neighbours, neighbours clamped. */
    public double linearItk(double x, double y, double z, double outside) {
        if (!inside(x, y, z)) return outside;
        int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y), z0 = (int) Math.floor(z);
        double fx = x - x0, fy = y - y0, fz = z - z0, sum = 0;
        for (int c = 0; c < 2; c++)
            for (int b = 0; b < 2; b++)
                for (int a = 0; a < 2; a++) {
                    double w = (a == 0 ? 1 - fx : fx) * (b == 0 ? 1 - fy : fy) * (c == 0 ? 1 - fz : fz);
                    if (w == 0) continue;
                    sum += w * v[clamp(x0 + a, nx) + nx * clamp(y0 + b, ny) + nxy * clamp(z0 + c, nz)];
                }
        return sum;
    }

    /** Cubic B-spline value from {@link CubicBSpline.Convention#MIRROR} coefficients. */
    public double bspline(double x, double y, double z, double outside) {
        if (!support(x, y, z, false)) return outside;
        double sum = 0;
        for (int c = 0; c < 4; c++) {
            double sy = 0;
            for (int b = 0; b < 4; b++) {
                int base = jz[c] + jy[b];
                double sx = wx[0] * v[base + jx[0]] + wx[1] * v[base + jx[1]] + wx[2] * v[base + jx[2]] + wx[3] * v[base + jx[3]];
                sy += wy[b] * sx;
            }
            sum += wz[c] * sy;
        }
        return sum;
    }

    /** ITK's BSplineInterpolateImageFunction (order 3) from {@link CubicBSpline.Convention#ITK} coefficients. */
    public double bsplineItk(double x, double y, double z, double outside) {
        if (!support(x, y, z, true)) return outside;
        double sum = 0;
        for (int c = 0; c < 4; c++)
            for (int b = 0; b < 4; b++)
                for (int a = 0; a < 4; a++) sum += wx[a] * wy[b] * wz[c] * v[jx[a] + jy[b] + jz[c]];
        return sum;
    }

    /** Prepares the B-spline weights and offsets of the three axes, or returns false for an outside position. */
    private boolean support(double x, double y, double z, boolean itk) {
        if (!inside(x, y, z)) return false;
        support(x, nx, wx, jx, 1, itk);
        support(y, ny, wy, jy, nx, itk);
        support(z, nz, wz, jz, nxy, itk);
        return true;
    }

    /** Weights and mirrored offsets of the four coefficients around x (nodes floor(x) - 1 .. floor(x) + 2). */
    private static void support(double x, int n, double[] w, int[] j, int stride, boolean itk) {
        int i = (int) Math.floor(x);
        double t = x - i;
        if (itk) { // ITK's BSplineKernelFunction evaluation order
            w[3] = (1.0 / 6.0) * t * t * t;
            w[0] = (1.0 / 6.0) + 0.5 * t * (t - 1.0) - w[3];
            w[2] = t + w[0] - 2.0 * w[3];
            w[1] = 1.0 - w[0] - w[2] - w[3];
        } else {
            CubicBSpline.weights(t, w, 0);
        }
        for (int a = 0; a < 4; a++) j[a] = BorderExtension.MIRROR_SINGLE.index(i - 1 + a, n) * stride;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
