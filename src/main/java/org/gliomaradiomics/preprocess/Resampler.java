package org.gliomaradiomics.preprocess;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.CubicBSpline;

/**
 * Grids of a new spacing, and an image with its ROI resampled onto the part of such a grid around the ROI
 * ({@link #aroundRoi}) through the one sampling loop ({@link ImageWarper#sample}). A grid keeps the direction
 * cosines; where it sits on the old grid is a {@link GridAnchor}, how many voxels it has a {@link SizeRounding}; how
 * a radiomics convention resamples (grid, interpolator rounding, what lies off the grid, the mask rule) is a
 * {@link Scheme}: IBSI's, or SimpleITK's as PyRadiomics' resampleImage calls it. Interpolators: nearest neighbour
 * (round half up), trilinear, cubic B-spline (exact prefilter).
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

    /** How a radiomics convention resamples an image and its ROI ({@link #aroundRoi}). */
    public enum Scheme {
        /** IBSI: grid centred, ceil; this project's rounding; positions clamped to the input grid, stepped along
         * rows; the mask trilinear as 0/1 values, kept where &gt;= 0.5; the image as doubles. */
        IBSI(GridAnchor.CENTRE, CubicBSpline.Variant.MIRROR),
        /** SimpleITK's resampleImage as PyRadiomics sets it up: grid at the corner of the first voxel; ITK's
         * rounding; 0 beyond half a voxel off the grid; positions per voxel through world coordinates (the
         * nearest-neighbour picks of the mask at half-voxel positions depend on their last bits); the image cast
         * back to its type, the mask by nearest neighbour. */
        SIMPLEITK(GridAnchor.CORNER, CubicBSpline.Variant.ITK);

        public final GridAnchor anchor;
        /** Whose rounding the interpolators and the B-spline prefilter follow. */
        public final CubicBSpline.Variant variant;

        Scheme(GridAnchor anchor, CubicBSpline.Variant variant) {
            this.anchor = anchor;
            this.variant = variant;
        }

        /** How the sampling loop reads an image under this scheme. */
        public ImageWarper.Sampling sampling(ImageWarper.Interpolation interpolation) {
            return this == IBSI ? new ImageWarper.Sampling(interpolation, variant, true, Double.NaN, ImageWarper.Positions.STEPPED)
                : new ImageWarper.Sampling(interpolation, variant, false, 0, ImageWarper.Positions.PER_VOXEL);
        }

        /** The interpolation a 0/1 mask is resampled with before it is kept where &gt;= 0.5. */
        ImageWarper.Interpolation maskInterpolation() {
            return this == IBSI ? ImageWarper.Interpolation.LINEAR : ImageWarper.Interpolation.NEAREST;
        }
    }

    /** An image and its ROI resampled onto a part of a new grid. */
    public record Resampled(Volume image, boolean[] roi) {}

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

    /** A 0/1 ROI on the target grid as the scheme resamples masks. */
    private static boolean[] roiOnto(double[] roi, Geometry source, Geometry target, Scheme scheme) {
        double[] r = ImageWarper.sample(roi, source, target, WorldTransform.identity(), scheme.sampling(scheme.maskInterpolation()));
        boolean[] out = new boolean[r.length];
        for (int i = 0; i < r.length; i++) out[i] = r[i] >= 0.5 - 1e-12; // rounding must not drop exact halves
        return out;
    }

    /**
     * Resamples an image and its ROI onto the part of the grid of new {@code spacing} (mm) that covers the ROI's
     * bounding box {@code lo..hi} (image indices, inclusive) with {@code margin[a]} more new voxels on each side,
     * clamped to the new grid; the {@link Scheme} decides the grid, the samplers and the mask rule.
     * <ul>
     * <li>IBSI: the IBSI grid ({@link #targetGeometry}) from the box grown by one image voxel; only a crop of the
     * image wide enough for the interpolator is read (32 voxels for the B-spline prefilter, whose influence decays
     * as 0.268^k, below 1e-17 at that distance).</li>
     * <li>SimpleITK, as PyRadiomics' resampleImage: new voxel indices floor((lo - 0.5) r - margin) to
     * ceil((hi + 0.5) r + margin), r = old / new spacing, within ceil(n r) voxels; an axis whose new spacing is 0,
     * or on which the ROI is one voxel thick, keeps its spacing; the whole image is read (its positions are
     * computed per voxel on the full grid).</li>
     * </ul>
     *
     * @param inRoi whether the image voxel of a flat index is in the ROI
     * @return null when SimpleITK has nothing to resample (every spacing within numpy's allclose of the image's)
     */
    public static Resampled aroundRoi(Volume image, IntPredicate inRoi, int[] lo, int[] hi, double[] spacing, int[] margin,
                                      ImageWarper.Interpolation interpolation, Scheme scheme) {
        Geometry g = image.geometry();
        Geometry part = scheme == Scheme.IBSI ? ibsiPart(g, spacing, lo, hi, margin) : simpleItkPart(g, spacing, lo, hi, margin);
        if (part == null) return null;
        int[] n = {g.nx, g.ny, g.nz}, from = new int[3], to = {n[0] - 1, n[1] - 1, n[2] - 1};
        Geometry source = g;
        if (scheme == Scheme.IBSI) {
            indexRange(part, g, new int[3], new int[] {part.nx - 1, part.ny - 1, part.nz - 1}, from, to);
            int reach = interpolation == ImageWarper.Interpolation.BSPLINE ? 32 : 2;
            for (int a = 0; a < 3; a++) {
                from[a] = Math.max(0, from[a] - reach);
                to[a] = Math.min(n[a] - 1, to[a] + reach);
            }
            source = g.withSize(to[0] - from[0] + 1, to[1] - from[1] + 1, to[2] - from[2] + 1).withOrigin(g.world(from[0], from[1], from[2]));
        }
        boolean live = source == g && image.storageType() == DataType.FLOAT64; // a double[] image is read as it is
        double[] values = live ? image.voxels() : new double[(int) source.voxelCount()];
        double[] roi = new double[(int) source.voxelCount()];
        for (int z = 0, i = 0; z < source.nz; z++)
            for (int y = 0; y < source.ny; y++) {
                int row = g.index(from[0], from[1] + y, from[2] + z);
                if (!live) image.copyTo(row, values, i, source.nx);
                for (int x = 0; x < source.nx; x++, i++) roi[i] = inRoi.test(row + x) ? 1 : 0;
            }
        double[] sampled = ImageWarper.sample(values, source, part, WorldTransform.identity(), scheme.sampling(interpolation));
        DataType type = scheme == Scheme.IBSI ? DataType.FLOAT64 : image.type();
        for (int i = 0; i < sampled.length; i++) sampled[i] = type.cast(sampled[i]);
        return new Resampled(new Volume(part, sampled, type), roiOnto(roi, source, part, scheme));
    }

    /** The part of the IBSI grid around the ROI box grown by one voxel, with a margin of new voxels. */
    private static Geometry ibsiPart(Geometry g, double[] spacing, int[] lo, int[] hi, int[] margin) {
        Geometry target = grid(g, spacing, Scheme.IBSI.anchor, SizeRounding.CEIL);
        int[] tLo = new int[3], tHi = new int[3];
        indexRange(g, target, new int[] {lo[0] - 1, lo[1] - 1, lo[2] - 1}, new int[] {hi[0] + 1, hi[1] + 1, hi[2] + 1}, tLo, tHi);
        int[] tn = {target.nx, target.ny, target.nz};
        for (int a = 0; a < 3; a++) {
            tLo[a] = Math.max(0, tLo[a] - margin[a]);
            tHi[a] = Math.min(tn[a] - 1, tHi[a] + margin[a]);
        }
        return target.withSize(tHi[0] - tLo[0] + 1, tHi[1] - tLo[1] + 1, tHi[2] - tLo[2] + 1).withOrigin(target.world(tLo[0], tLo[1], tLo[2]));
    }

    /** PyRadiomics' resampleImage grid: the ROI box's voxel edges in new voxels plus the margin, or null. */
    private static Geometry simpleItkPart(Geometry g, double[] requested, int[] lo, int[] hi, int[] margin) {
        double[] sp = g.spacing(), target = new double[3];
        boolean allClose = true;
        for (int a = 0; a < 3; a++) {
            target[a] = requested[a] == 0 ? sp[a] : requested[a];
            allClose &= Math.abs(sp[a] - target[a]) <= 1e-8 + 1e-5 * Math.abs(target[a]);
        }
        if (allClose) return null;
        int[] n = {g.nx, g.ny, g.nz};
        double[] bounds = new double[3], firstVoxel = new double[3];
        for (int a = 0; a < 3; a++) {
            if (lo[a] == hi[a]) target[a] = sp[a];
            double ratio = sp[a] / target[a];
            double maxHi = Math.ceil(n[a] * ratio) - 1;
            double from = Math.max(0, Math.floor((lo[a] - 0.5) * ratio - margin[a]));
            double to = Math.min(maxHi, Math.ceil((hi[a] + 1 - 0.5) * ratio + margin[a]));
            bounds[a] = to - from + 1;
            firstVoxel[a] = Scheme.SIMPLEITK.anchor.firstVoxel(n[a], (int) Math.min(maxHi + 1, Integer.MAX_VALUE), sp[a], target[a]) + from / ratio;
        }
        Limits.gridVoxels("resampled grid at resampledPixelSpacing " + Arrays.toString(target) + " mm", bounds[0], bounds[1], bounds[2]);
        return new Geometry((int) bounds[0], (int) bounds[1], (int) bounds[2], target, g.world(firstVoxel[0], firstVoxel[1], firstVoxel[2]), g.direction());
    }

    /** Index range (floor/ceil) in grid {@code to} covering the 8 corners of the index box lo..hi of grid {@code from}. */
    private static void indexRange(Geometry from, Geometry to, int[] boxLo, int[] boxHi, int[] lo, int[] hi) {
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (int c = 0; c < 8; c++) {
            double[] p = to.index(from.world((c & 1) == 0 ? boxLo[0] : boxHi[0], (c & 2) == 0 ? boxLo[1] : boxHi[1], (c & 4) == 0 ? boxLo[2] : boxHi[2]));
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], (int) Math.floor(p[a]));
                hi[a] = Math.max(hi[a], (int) Math.ceil(p[a]));
            }
        }
    }

    /** PyRadiomics' correctMask and the like: a label map's values at the voxel centres of {@code target} by nearest
     * neighbour, 0 beyond half a voxel off the map (never clamped: IBSI's clamping would extend edge labels over the
     * target), with the scheme's rounding and positions. Reads a copy: the caller's map (often shared by a batch's
     * regions) keeps its stored type. */
    public static double[] nearestOnto(Volume labels, Geometry target, Scheme scheme) {
        ImageWarper.Sampling s = scheme.sampling(ImageWarper.Interpolation.NEAREST);
        return ImageWarper.sample(labels.toDoubleArray(), labels.geometry(), target, WorldTransform.identity(),
            new ImageWarper.Sampling(s.interpolation(), s.variant(), false, 0, s.positions()));
    }
}
