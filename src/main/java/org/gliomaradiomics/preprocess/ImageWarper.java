package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.CubicBSpline;
import org.gliomaradiomics.numerics.VoxelSampler;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Resamples a volume onto another grid through a {@link WorldTransform} (fixed/output space -> input space), with
 * nearest-neighbour, trilinear or cubic B-spline interpolation ({@link VoxelSampler}). Output points that fall
 * more than half a voxel outside the input get {@code outsideValue}. Parallel over output slices; each slice is
 * written by one thread.
 */
public final class ImageWarper {

    public enum Interpolation { NEAREST, LINEAR, BSPLINE }

    private ImageWarper() {}

    /** Resamples an intensity image; integer inputs become FLOAT32 unless interpolation is NEAREST. */
    public static Volume warp(Volume input, Geometry outputGrid, WorldTransform outputToInput, Interpolation interpolation, double outsideValue) {
        Geometry in = input.geometry();
        double[] map = indexMap(outputGrid, outputToInput, in);
        double[] src = interpolation == Interpolation.BSPLINE ? CubicBSpline.coefficients(input.voxels(), in.nx, in.ny, in.nz, CubicBSpline.Convention.MIRROR) : input.voxels();
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
}
