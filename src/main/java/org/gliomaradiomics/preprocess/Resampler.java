package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.CubicBSpline;
import org.gliomaradiomics.numerics.VoxelSampler;

/**
 * IBSI image interpolation. The new grid keeps the direction cosines, has n' = ceil(n s / s') voxels per axis and
 * is centred on the original grid (the centre of the middle voxel stays where it was). Interpolators: nearest
 * neighbour, trilinear, and tricubic B-spline (with the exact prefilter that makes the spline pass through the
 * voxel values, mirror boundaries), all through the shared {@link VoxelSampler} (nearest rounds half up). Sample
 * positions outside the original grid are clamped to its edge (nearest extension). Masks are resampled trilinearly
 * as 0/1 values and kept where the result is &gt;= 0.5.
 */
public final class Resampler {
    public enum Interpolator { NEAREST, TRILINEAR, TRICUBIC_BSPLINE }

    private Resampler() {}

    /** The IBSI target grid for new spacing (mm). */
    public static Geometry targetGeometry(Geometry g, double[] spacing) {
        if (spacing.length != 3) throw new IllegalArgumentException("spacing needs 3 values");
        int[] n = {g.nx, g.ny, g.nz};
        int[] m = new int[3];
        double[] start = new double[3], size = new double[3];
        for (int a = 0; a < 3; a++) {
            if (!(spacing[a] > 0) || Double.isInfinite(spacing[a])) throw new IllegalArgumentException("resampled spacing must be positive and finite: " + spacing[a]);
            // Tiny tolerance: 5 * 1.0 / 0.5 must give 10, not ceil(10.000000000000002).
            size[a] = Math.max(1, Math.ceil(n[a] / (spacing[a] / g.spacing(a)) - 1e-9));
        }
        Limits.gridVoxels("resampled grid at spacing " + java.util.Arrays.toString(spacing) + " mm", size[0], size[1], size[2]);
        for (int a = 0; a < 3; a++) {
            double ratio = spacing[a] / g.spacing(a);
            m[a] = (int) size[a];
            start[a] = (n[a] - 1) / 2.0 - (m[a] - 1) / 2.0 * ratio;
        }
        double[] origin = g.world(start[0], start[1], start[2]);
        return new Geometry(m[0], m[1], m[2], spacing.clone(), origin, g.direction());
    }

    /** Resamples onto the IBSI grid of the given spacing. */
    public static Volume resample(Volume v, double[] spacing, Interpolator interpolator) {
        return resample(v, targetGeometry(v.geometry(), spacing), interpolator);
    }

    /** Resamples onto any target grid (e.g. a sub-box of {@link #targetGeometry}); values as doubles (FLOAT64). */
    public static Volume resample(Volume v, Geometry target, Interpolator interpolator) {
        Geometry src = v.geometry();
        double[] data = interpolator == Interpolator.TRICUBIC_BSPLINE ? CubicBSpline.coefficients(v.voxels(), src.nx, src.ny, src.nz, CubicBSpline.Convention.MIRROR) : v.voxels();
        double[] out = new double[(int) target.voxelCount()];
        double[] affine = indexMap(src, target);
        VoxelSampler sampler = new VoxelSampler(data, src.nx, src.ny, src.nz);
        for (int k = 0, i = 0; k < target.nz; k++)
            for (int j = 0; j < target.ny; j++)
                for (int ii = 0; ii < target.nx; ii++, i++) {
                    double x = affine[0] * ii + affine[1] * j + affine[2] * k + affine[9];
                    double y = affine[3] * ii + affine[4] * j + affine[5] * k + affine[10];
                    double z = affine[6] * ii + affine[7] * j + affine[8] * k + affine[11];
                    x = clamp(x, src.nx);
                    y = clamp(y, src.ny);
                    z = clamp(z, src.nz);
                    out[i] = switch (interpolator) { // clamped: never outside
                        case NEAREST -> sampler.nearest(x, y, z, Double.NaN);
                        case TRILINEAR -> sampler.linear(x, y, z, Double.NaN);
                        case TRICUBIC_BSPLINE -> sampler.bspline(x, y, z, Double.NaN);
                    };
                }
        return new Volume(target, out, DataType.FLOAT64);
    }

    /** A mask on the target grid: trilinear interpolation of the 0/1 mask, kept where &gt;= 0.5. */
    public static boolean[] resampleMask(boolean[] mask, Geometry source, Geometry target) {
        double[] m = new double[mask.length];
        for (int i = 0; i < m.length; i++) m[i] = mask[i] ? 1 : 0;
        double[] r = resample(new Volume(source, m, DataType.FLOAT64), target, Interpolator.TRILINEAR).voxels();
        boolean[] out = new boolean[r.length];
        for (int i = 0; i < r.length; i++) out[i] = r[i] >= 0.5 - 1e-12; // rounding must not drop exact halves
        return out;
    }

    /** Continuous source index of target index (i, j, k) = A (i, j, k) + b; returns A row-major, then b. */
    static double[] indexMap(Geometry src, Geometry target) {
        double[] o = src.index(target.world(0, 0, 0));
        double[] ex = src.index(target.world(1, 0, 0)), ey = src.index(target.world(0, 1, 0)), ez = src.index(target.world(0, 0, 1));
        return new double[] {
            ex[0] - o[0], ey[0] - o[0], ez[0] - o[0],
            ex[1] - o[1], ey[1] - o[1], ez[1] - o[1],
            ex[2] - o[2], ey[2] - o[2], ez[2] - o[2],
            o[0], o[1], o[2]};
    }

    private static double clamp(double x, int n) {
        return x < 0 ? 0 : x > n - 1 ? n - 1 : x;
    }
}
