package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.CubicBSpline;

/**
 * Grids of a new spacing, and IBSI image interpolation onto them through the one sampling loop
 * ({@link ImageWarper#sample}). A grid keeps the direction cosines; where it sits on the old grid is a
 * {@link GridAnchor}, how many voxels it has a {@link SizeRounding}. IBSI: n' = ceil(n s / s') voxels centred on
 * the original grid; interpolators nearest neighbour (round half up), trilinear and tricubic B-spline (exact
 * prefilter, mirror boundaries) in this project's rounding; sample positions outside the original grid clamped to
 * its edge (nearest extension). Masks are resampled trilinearly as 0/1 values and kept where the result is &gt;= 0.5.
 */
public final class Resampler {
    public enum Interpolator {
        NEAREST, TRILINEAR, TRICUBIC_BSPLINE;

        /** The sampling loop's interpolation. */
        public ImageWarper.Interpolation kind() {
            return switch (this) {
                case NEAREST -> ImageWarper.Interpolation.NEAREST;
                case TRILINEAR -> ImageWarper.Interpolation.LINEAR;
                case TRICUBIC_BSPLINE -> ImageWarper.Interpolation.BSPLINE;
            };
        }
    }

    /** Where a grid of new spacing sits on the old one, as the continuous old index of its first voxel. */
    public enum GridAnchor {
        /** The centres of the two grids coincide (IBSI; the case resampler). */
        CENTRE,
        /** The outer corners of the first voxels coincide (SimpleITK's grid as PyRadiomics' resampleImage sets it up). */
        CORNER;

        /** The old continuous index of new voxel 0 on an axis of {@code n} old and {@code m} new voxels. */
        public double firstVoxel(int n, int m, double oldSpacing, double newSpacing) {
            return this == CENTRE ? (n - 1) / 2.0 - (m - 1) / 2.0 * (newSpacing / oldSpacing) : 0.5 * (newSpacing - oldSpacing) / oldSpacing;
        }
    }

    /** How many new voxels cover an axis of n old voxels: ceil(n s / s') (IBSI) or round(n s / s') (same field of view). */
    public enum SizeRounding { CEIL, ROUND }

    private Resampler() {}

    /** The IBSI target grid for new spacing (mm): centred, ceil. */
    public static Geometry targetGeometry(Geometry g, double[] spacing) {
        return grid(g, spacing, GridAnchor.CENTRE, SizeRounding.CEIL);
    }

    /** A grid of new spacing (mm) over {@code g}: same direction, at least one voxel per axis. */
    public static Geometry grid(Geometry g, double[] spacing, GridAnchor anchor, SizeRounding rounding) {
        if (spacing.length != 3) throw new IllegalArgumentException("spacing needs 3 values");
        int[] n = {g.nx, g.ny, g.nz};
        int[] m = new int[3];
        double[] start = new double[3], size = new double[3];
        for (int a = 0; a < 3; a++) {
            if (!(spacing[a] > 0) || Double.isInfinite(spacing[a])) throw new IllegalArgumentException("resampled spacing must be positive and finite: " + spacing[a]);
            // Tiny tolerance: 5 * 1.0 / 0.5 must give 10, not ceil(10.000000000000002).
            size[a] = Math.max(1, rounding == SizeRounding.CEIL ? Math.ceil(n[a] / (spacing[a] / g.spacing(a)) - 1e-9)
                : Math.round(n[a] * g.spacing(a) / spacing[a]));
        }
        Limits.gridVoxels("resampled grid at spacing " + java.util.Arrays.toString(spacing) + " mm", size[0], size[1], size[2]);
        for (int a = 0; a < 3; a++) {
            m[a] = (int) size[a];
            start[a] = anchor.firstVoxel(n[a], m[a], g.spacing(a), spacing[a]);
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
        return resample(v, target, interpolator, CubicBSpline.Variant.MIRROR);
    }

    /** As {@link #resample(Volume, Geometry, Interpolator)} in the rounding of {@code variant}. */
    public static Volume resample(Volume v, Geometry target, Interpolator interpolator, CubicBSpline.Variant variant) {
        ImageWarper.Sampling clamped = new ImageWarper.Sampling(interpolator.kind(), variant, true, Double.NaN, ImageWarper.Positions.STEPPED);
        return new Volume(target, ImageWarper.sample(v.voxels(), v.geometry(), target, WorldTransform.identity(), clamped), DataType.FLOAT64);
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
}
