package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Resamples a volume onto another grid through a {@link WorldTransform} (fixed/output space -> input space), with
 * nearest-neighbour, trilinear or cubic B-spline interpolation. Output points that fall more than half a voxel
 * outside the input get {@code outsideValue}. Parallel over output slices; each slice is written by one thread.
 */
public final class ImageWarper {

    public enum Interpolation { NEAREST, LINEAR, BSPLINE }

    private ImageWarper() {}

    /** Resamples an intensity image; integer inputs become FLOAT32 unless interpolation is NEAREST. */
    public static Volume warp(Volume input, Geometry outputGrid, WorldTransform outputToInput, Interpolation interpolation, double outsideValue) {
        Geometry in = input.geometry();
        double[] map = indexMap(outputGrid, outputToInput, in);
        double[] src = interpolation == Interpolation.BSPLINE ? CubicBSpline.coefficients(input.voxels(), in.nx, in.ny, in.nz) : input.voxels();
        double[] out = new double[(int) outputGrid.voxelCount()];
        int ox = outputGrid.nx, oy = outputGrid.ny;
        Parallel.forEach(outputGrid.nz, z -> {
            VoxelSampler sampler = new VoxelSampler(src, in.nx, in.ny, in.nz);
            int idx = ox * oy * z;
            for (int y = 0; y < oy; y++) {
                double bx = map[1] * y + map[2] * z + map[3];
                double by = map[5] * y + map[6] * z + map[7];
                double bz = map[9] * y + map[10] * z + map[11];
                for (int x = 0; x < ox; x++, idx++) {
                    double ix = bx + map[0] * x, iy = by + map[4] * x, iz = bz + map[8] * x;
                    double v;
                    switch (interpolation) {
                        case NEAREST: v = sampler.nearest(ix, iy, iz, outsideValue); break;
                        case LINEAR: v = sampler.linear(ix, iy, iz, outsideValue); break;
                        default: v = sampler.bspline(ix, iy, iz, outsideValue);
                    }
                    out[idx] = v;
                }
            }
        });
        DataType type = interpolation == Interpolation.NEAREST || !input.type().integer ? input.type() : DataType.FLOAT32;
        if (type != DataType.FLOAT64) for (int i = 0; i < out.length; i++) out[i] = type.cast(out[i]);
        return new Volume(outputGrid, out, type);
    }

    /** Resamples a label map by nearest neighbour (outside: 0). */
    public static Volume warpLabels(Volume labels, Geometry outputGrid, WorldTransform outputToInput) {
        return warp(labels, outputGrid, outputToInput, Interpolation.NEAREST, 0);
    }

    /**
     * Resamples a label map by interpolating each label's indicator (background included) linearly and keeping
     * the label of largest weight (ties to the smaller label): smoother boundaries than nearest neighbour.
     */
    public static Volume warpLabelsLinear(Volume labels, Geometry outputGrid, WorldTransform outputToInput) {
        int[] values = labels.labels();
        int n = (int) outputGrid.voxelCount();
        double[] best = warp(indicator(labels, 0), outputGrid, outputToInput, Interpolation.LINEAR, 1).voxels();
        double[] out = new double[n];
        for (int value : values) {
            double[] w = warp(indicator(labels, value), outputGrid, outputToInput, Interpolation.LINEAR, 0).voxels();
            for (int i = 0; i < n; i++) {
                if (w[i] > best[i]) {
                    best[i] = w[i];
                    out[i] = value;
                }
            }
        }
        return new Volume(outputGrid, out, labels.type());
    }

    private static Volume indicator(Volume labels, int value) {
        double[] v = labels.voxels(), r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = v[i] == value ? 1 : 0;
        return new Volume(labels.geometry(), r, DataType.FLOAT64);
    }

    /**
     * The affine map from output voxel index to continuous input voxel index, row-major 3x4:
     * input-index = M (x, y, z, 1).
     */
    static double[] indexMap(Geometry output, WorldTransform outputToInput, Geometry input) {
        double[] o = input.index(outputToInput.apply(output.world(0, 0, 0)));
        double[] r = new double[12];
        for (int c = 0; c < 3; c++) {
            double[] e = input.index(outputToInput.apply(output.world(c == 0 ? 1 : 0, c == 1 ? 1 : 0, c == 2 ? 1 : 0)));
            for (int row = 0; row < 3; row++) r[4 * row + c] = e[row] - o[row];
        }
        for (int row = 0; row < 3; row++) r[4 * row + 3] = o[row];
        return r;
    }

    /** Interpolation at continuous voxel indices in one flat array; one instance per thread (scratch buffers). */
    static final class VoxelSampler {
        private final double[] v;
        private final int nx, ny, nz, nxy;
        private final double[] wx = new double[4], wy = new double[4], wz = new double[4];
        private final int[] jx = new int[4], jy = new int[4], jz = new int[4];

        VoxelSampler(double[] voxels, int nx, int ny, int nz) {
            this.v = voxels;
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.nxy = nx * ny;
        }

        static boolean inside(double i, int n) {
            return i >= -0.5 && i <= n - 0.5;
        }

        double nearest(double x, double y, double z, double outside) {
            if (!inside(x, nx) || !inside(y, ny) || !inside(z, nz)) return outside;
            int i = clamp((int) Math.floor(x + 0.5), nx), j = clamp((int) Math.floor(y + 0.5), ny), k = clamp((int) Math.floor(z + 0.5), nz);
            return v[i + nx * j + nxy * k];
        }

        double linear(double x, double y, double z, double outside) {
            if (!inside(x, nx) || !inside(y, ny) || !inside(z, nz)) return outside;
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

        /** Cubic B-spline value from prefiltered coefficients (mirror boundary). */
        double bspline(double x, double y, double z, double outside) {
            if (!inside(x, nx) || !inside(y, ny) || !inside(z, nz)) return outside;
            prepare(x, nx, wx, jx, 1);
            prepare(y, ny, wy, jy, nx);
            prepare(z, nz, wz, jz, nxy);
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

        private static void prepare(double x, int n, double[] w, int[] j, int stride) {
            int i = (int) Math.floor(x);
            CubicBSpline.weights(x - i, w, 0);
            for (int a = 0; a < 4; a++) j[a] = CubicBSpline.mirror(i - 1 + a, n) * stride;
        }

        private static int clamp(int i, int n) {
            return i < 0 ? 0 : i >= n ? n - 1 : i;
        }
    }
}
