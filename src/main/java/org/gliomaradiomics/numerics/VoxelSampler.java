package org.gliomaradiomics.numerics;

/**
 * Interpolation at continuous voxel indices of one flat x-fastest volume: the one sampling core of the resamplers
 * (IBSI resampling, registration warps and case resampling in {@code preprocess}, PyRadiomics' SimpleITK
 * resampling and scipy's map_coordinates in {@code features}). Nearest neighbour (round half up), trilinear, and
 * cubic B-spline from coefficients of {@link CubicBSpline}, in the rounding of a {@link CubicBSpline.Variant}: this
 * project's, ITK's (weights and summation order, which the PyRadiomics baselines pin) or SciPy's (B-spline only:
 * map_coordinates order 3, mode 'constant', loop order z, y, x). A position more than half a voxel outside the grid
 * on any axis gets the caller's outside value (ITK: also exactly half a voxel beyond the last; SciPy: any position
 * outside [0, n - 1]); inside, linear reads clamp
 * to the edge voxels and B-spline reads mirror ({@link BorderExtension#MIRROR_SINGLE}). One instance per thread
 * (scratch buffers).
 */
public final class VoxelSampler {
    private final double[] v;
    private final int nx, ny, nz, nxy;
    private final CubicBSpline.Variant variant;
    private final double[] wx = new double[4], wy = new double[4], wz = new double[4];
    private final int[] jx = new int[4], jy = new int[4], jz = new int[4];

    /** A sampler in this project's rounding ({@link CubicBSpline.Variant#MIRROR}). */
    public VoxelSampler(double[] voxels, int nx, int ny, int nz) {
        this(voxels, nx, ny, nz, CubicBSpline.Variant.MIRROR);
    }

    /** @param voxels the samples, or B-spline coefficients of the same {@code variant} for {@link #bspline} */
    public VoxelSampler(double[] voxels, int nx, int ny, int nz, CubicBSpline.Variant variant) {
        this.v = voxels;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.nxy = nx * ny;
        this.variant = variant;
    }

    private boolean inside(double x, double y, double z) {
        if (variant == CubicBSpline.Variant.ITK) // ITK's IsInsideBuffer: the upper half-voxel bound is open
            return x >= -0.5 && x < nx - 0.5 && y >= -0.5 && y < ny - 0.5 && z >= -0.5 && z < nz - 0.5;
        return x >= -0.5 && x <= nx - 0.5 && y >= -0.5 && y <= ny - 0.5 && z >= -0.5 && z <= nz - 0.5;
    }

    public double nearest(double x, double y, double z, double outside) {
        if (!inside(x, y, z)) return outside;
        int i = clamp((int) Math.floor(x + 0.5), nx), j = clamp((int) Math.floor(y + 0.5), ny), k = clamp((int) Math.floor(z + 0.5), nz);
        return v[i + nx * j + nxy * k];
    }

    /** Trilinear: ITK's rounding for {@link CubicBSpline.Variant#ITK}, else positions clamped to the outer voxel
     * centres, lerp along x, then y, then z. */
    public double linear(double x, double y, double z, double outside) {
        if (!inside(x, y, z)) return outside;
        if (variant == CubicBSpline.Variant.ITK) return linearItk(x, y, z);
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
    private double linearItk(double x, double y, double z) {
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

    /** Cubic B-spline value from coefficients of this sampler's {@link CubicBSpline.Variant}. */
    public double bspline(double x, double y, double z, double outside) {
        if (variant == CubicBSpline.Variant.SCIPY) {
            if (x < 0 || x > nx - 1 || y < 0 || y > ny - 1 || z < 0 || z > nz - 1) return outside;
        } else if (!inside(x, y, z)) return outside;
        support(x, nx, wx, jx, 1);
        support(y, ny, wy, jy, nx);
        support(z, nz, wz, jz, nxy);
        double sum = 0;
        switch (variant) {
            case ITK -> { // BSplineInterpolateImageFunction's loop and product order
                for (int c = 0; c < 4; c++)
                    for (int b = 0; b < 4; b++)
                        for (int a = 0; a < 4; a++) sum += wx[a] * wy[b] * wz[c] * v[jx[a] + jy[b] + jz[c]];
            }
            case SCIPY -> { // ni_interpolation.c: numpy axes 0, 1, 2 (z, y, x), the coefficient times each weight
                for (int c = 0; c < 4; c++)
                    for (int b = 0; b < 4; b++)
                        for (int a = 0; a < 4; a++) {
                            double coeff = v[jz[c] + jy[b] + jx[a]];
                            coeff *= wz[c];
                            coeff *= wy[b];
                            coeff *= wx[a];
                            sum += coeff;
                        }
            }
            default -> { // separable: x, then y, then z
                for (int c = 0; c < 4; c++) {
                    double sy = 0;
                    for (int b = 0; b < 4; b++) {
                        int base = jz[c] + jy[b];
                        double sx = wx[0] * v[base + jx[0]] + wx[1] * v[base + jx[1]] + wx[2] * v[base + jx[2]] + wx[3] * v[base + jx[3]];
                        sy += wy[b] * sx;
                    }
                    sum += wz[c] * sy;
                }
            }
        }
        return sum;
    }

    /** Weights and mirrored offsets of the four coefficients around x (nodes floor(x) - 1 .. floor(x) + 2). */
    private void support(double x, int n, double[] w, int[] j, int stride) {
        int i = (int) Math.floor(x);
        CubicBSpline.weights(x - i, w, 0, variant);
        for (int a = 0; a < 4; a++) j[a] = BorderExtension.MIRROR_SINGLE.index(i - 1 + a, n) * stride;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
