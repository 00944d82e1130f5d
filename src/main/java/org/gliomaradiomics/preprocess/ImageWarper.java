package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Matrix3;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.CubicBSpline;
import org.gliomaradiomics.numerics.VoxelSampler;
import org.gliomaradiomics.parallel.Parallel;

/**
 * The one resampling core: samples a volume on another grid through a {@link WorldTransform} (output space -&gt;
 * input space). What differs between callers is data, a {@link Sampling}: the interpolation (nearest neighbour,
 * trilinear, cubic B-spline), whose rounding it follows ({@link CubicBSpline.Variant}: this project's, or ITK's as
 * SimpleITK resamples for PyRadiomics), and what a position off the input grid reads (clamped to the grid, as IBSI
 * resampling does, or an outside value more than half a voxel out). The grids come from {@link Resampler#grid}.
 * Parallel over output slices; each slice is written by one thread, so results do not depend on the thread count.
 */
public final class ImageWarper {

    public enum Interpolation { NEAREST, LINEAR, BSPLINE }

    /**
     * How {@link #sample} reads the input.
     *
     * @param interpolation the interpolator
     * @param variant       whose rounding the B-spline prefilter and the samplers follow
     * @param clampToGrid   positions are clamped to the input's outer voxel centres (IBSI) instead of getting
     *                      {@code outside} beyond half a voxel
     * @param outside       the value of positions off the grid (unused when clamping)
     * @param positions     how output voxel centres become input positions
     */
    public record Sampling(Interpolation interpolation, CubicBSpline.Variant variant, boolean clampToGrid, double outside,
                           Positions positions) {
        /** This project's rounding, {@code outside} beyond half a voxel, stepped positions. */
        public static Sampling of(Interpolation interpolation, double outside) {
            return new Sampling(interpolation, CubicBSpline.Variant.MIRROR, false, outside, Positions.STEPPED);
        }
    }

    /**
     * How output voxel centres become continuous input indices: by stepping the affine index map along each row, or
     * each centre on its own through world coordinates ({@link Geometry#world}, the transform, {@link Geometry#index}),
     * as PyRadiomics' resampling here always computed them. The two differ in the last bits, which decides
     * nearest-neighbour picks at positions exactly half-way between voxels (common when spacings are in ratio 2).
     */
    public enum Positions { STEPPED, PER_VOXEL }

    private ImageWarper() {}

    /** Resamples an intensity image; integer inputs become FLOAT32 unless interpolation is NEAREST. */
    public static Volume warp(Volume input, Geometry outputGrid, WorldTransform outputToInput, Interpolation interpolation, double outsideValue) {
        double[] out = sample(input.voxels(), input.geometry(), outputGrid, outputToInput, Sampling.of(interpolation, outsideValue));
        DataType type = interpolation == Interpolation.NEAREST || !input.type().integer ? input.type() : DataType.FLOAT32;
        if (type != DataType.FLOAT64) for (int i = 0; i < out.length; i++) out[i] = type.cast(out[i]);
        return new Volume(outputGrid, out, type);
    }

    /**
     * The values of {@code voxels} (on grid {@code in}, x fastest) at the voxel centres of {@code outputGrid}, as doubles:
     * the one resampling loop.
     */
    public static double[] sample(double[] voxels, Geometry in, Geometry outputGrid, WorldTransform outputToInput, Sampling sampling) {
        double[] map = indexMap(outputGrid, outputToInput, in);
        Interpolation interpolation = sampling.interpolation();
        double[] src = interpolation == Interpolation.BSPLINE ? CubicBSpline.coefficients(voxels, in.nx, in.ny, in.nz, sampling.variant()) : voxels;
        double[] out = new double[(int) outputGrid.voxelCount()];
        int ox = outputGrid.nx, oy = outputGrid.ny;
        boolean clamp = sampling.clampToGrid();
        double outside = sampling.outside();
        boolean perVoxel = sampling.positions() == Positions.PER_VOXEL;
        PointToIndex point = perVoxel ? new PointToIndex(outputGrid, outputToInput, in) : null;
        Parallel.forEach(outputGrid.nz, z -> {
            VoxelSampler sampler = new VoxelSampler(src, in.nx, in.ny, in.nz, sampling.variant());
            double[] c = new double[3];
            int idx = ox * oy * z;
            for (int y = 0; y < oy; y++) {
                double bx = map[1] * y + map[2] * z + map[3];
                double by = map[5] * y + map[6] * z + map[7];
                double bz = map[9] * y + map[10] * z + map[11];
                for (int x = 0; x < ox; x++, idx++) {
                    double ix, iy, iz;
                    if (perVoxel) {
                        point.index(x, y, z, c);
                        ix = c[0];
                        iy = c[1];
                        iz = c[2];
                    } else {
                        ix = bx + map[0] * x;
                        iy = by + map[4] * x;
                        iz = bz + map[8] * x;
                    }
                    if (clamp) {
                        ix = clamp(ix, in.nx);
                        iy = clamp(iy, in.ny);
                        iz = clamp(iz, in.nz);
                    }
                    out[idx] = switch (interpolation) {
                        case NEAREST -> sampler.nearest(ix, iy, iz, outside);
                        case LINEAR -> sampler.linear(ix, iy, iz, outside);
                        case BSPLINE -> sampler.bspline(ix, iy, iz, outside);
                    };
                }
            }
        });
        return out;
    }

    /**
     * {@code in.index(transform.apply(out.world(x, y, z)))} without allocations, operation for operation as those
     * three methods compute it (so bit for bit the same).
     */
    private static final class PointToIndex {
        private final double[] o, d, sp, m, io, inv, isp;

        PointToIndex(Geometry out, WorldTransform transform, Geometry in) {
            o = out.origin();
            d = out.direction();
            sp = out.spacing();
            m = transform.matrix();
            io = in.origin();
            inv = Matrix3.inverse(in.direction());
            isp = in.spacing();
        }

        void index(int x, int y, int z, double[] c) {
            double a = x * sp[0], b = y * sp[1], e = z * sp[2];
            double wx = o[0] + d[0] * a + d[1] * b + d[2] * e, wy = o[1] + d[3] * a + d[4] * b + d[5] * e, wz = o[2] + d[6] * a + d[7] * b + d[8] * e;
            double dx = m[0] * wx + m[1] * wy + m[2] * wz + m[3] - io[0];
            double dy = m[4] * wx + m[5] * wy + m[6] * wz + m[7] - io[1];
            double dz = m[8] * wx + m[9] * wy + m[10] * wz + m[11] - io[2];
            c[0] = (inv[0] * dx + inv[1] * dy + inv[2] * dz) / isp[0];
            c[1] = (inv[3] * dx + inv[4] * dy + inv[5] * dz) / isp[1];
            c[2] = (inv[6] * dx + inv[7] * dy + inv[8] * dz) / isp[2];
        }
    }

    private static double clamp(double x, int n) {
        return x < 0 ? 0 : x > n - 1 ? n - 1 : x;
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
}
