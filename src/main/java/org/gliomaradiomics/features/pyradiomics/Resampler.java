package org.gliomaradiomics.features.pyradiomics;

import java.util.Arrays;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.features.RoiBox;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.preprocess.WorldTransform;

/**
 * PyRadiomics' resampleImage on the one sampling loop ({@link ImageWarper#sample}): the grid anchored as the
 * {@link Convention} says (PyRadiomics: SimpleITK's, at the corner of the first voxel), covering the ROI bounding
 * box plus padDistance new voxels (clipped to ceil(n s / s') voxels), image through the chosen interpolator in the
 * convention's rounding (ITK's) and cast back to the input type, mask through nearest neighbour (round half up).
 * Axes where the ROI is one voxel thick, or whose target spacing is 0, keep their spacing.
 */
final class Resampler {
    private Resampler() {}

    static final class Result {
        final double[] image;
        final boolean[] mask;
        final Geometry geometry;

        Result(double[] image, boolean[] mask, Geometry geometry) {
            this.image = image;
            this.mask = mask;
            this.geometry = geometry;
        }
    }

    static Result resample(double[] image, DataType type, boolean[] mask, Geometry g, double[] requested, int padDistance,
                           PyRadiomicsSettings.Interpolator interpolator, Convention convention) {
        double[] sp = g.spacing(), target = new double[3];
        boolean allClose = true;
        for (int a = 0; a < 3; a++) {
            target[a] = requested[a] == 0 ? sp[a] : requested[a];
            allClose &= Math.abs(sp[a] - target[a]) <= 1e-8 + 1e-5 * Math.abs(target[a]);
        }
        if (allClose) return new Result(image, mask, g);
        int[] n = {g.nx, g.ny, g.nz};
        RoiBox box = new RoiBox(mask, g.nx, g.ny, g.nz);
        if (box.count == 0) throw new IllegalArgumentException("the ROI is empty, nothing to resample");
        double[] ratio = new double[3], cIndex = new double[3];
        int[] size = new int[3];
        double[] bounds = new double[3];
        for (int a = 0; a < 3; a++) {
            if (box.size(a) == 1) target[a] = sp[a];
            ratio[a] = sp[a] / target[a];
            double lo = Math.floor((box.lo[a] - 0.5) * ratio[a] - padDistance);
            double hi = Math.ceil((box.lo[a] + box.size(a) - 0.5) * ratio[a] + padDistance);
            double maxHi = Math.ceil(n[a] * ratio[a]) - 1;
            lo = Math.max(lo, 0);
            hi = Math.min(hi, maxHi);
            bounds[a] = hi - lo + 1;
            cIndex[a] = convention.gridAnchor().firstVoxel(n[a], (int) Math.min(maxHi + 1, Integer.MAX_VALUE), sp[a], target[a]) + lo / ratio[a];
        }
        Limits.gridVoxels("resampled grid at resampledPixelSpacing " + Arrays.toString(target) + " mm", bounds[0], bounds[1], bounds[2]);
        for (int a = 0; a < 3; a++) size[a] = (int) bounds[a];
        Geometry out = new Geometry(size[0], size[1], size[2], target, g.world(cIndex[0], cIndex[1], cIndex[2]), g.direction());
        double[] outImage = ImageWarper.sample(image, g, out, WorldTransform.identity(), sampling(kind(interpolator), convention));
        for (int i = 0; i < outImage.length; i++) outImage[i] = type.cast(outImage[i]);
        double[] m = new double[mask.length];
        for (int i = 0; i < m.length; i++) m[i] = mask[i] ? 1 : 0;
        double[] nearest = ImageWarper.sample(m, g, out, WorldTransform.identity(), sampling(ImageWarper.Interpolation.NEAREST, convention));
        boolean[] outMask = new boolean[nearest.length];
        for (int i = 0; i < outMask.length; i++) outMask[i] = nearest[i] != 0;
        return new Result(outImage, outMask, out);
    }

    /** Off the grid 0, positions per voxel (the masks' nearest-neighbour picks at half-voxel positions depend on it). */
    private static ImageWarper.Sampling sampling(ImageWarper.Interpolation kind, Convention convention) {
        return new ImageWarper.Sampling(kind, convention.interpolation(), false, 0, ImageWarper.Positions.PER_VOXEL);
    }

    private static ImageWarper.Interpolation kind(PyRadiomicsSettings.Interpolator interpolator) {
        return switch (interpolator) {
            case NEAREST -> ImageWarper.Interpolation.NEAREST;
            case LINEAR -> ImageWarper.Interpolation.LINEAR;
            case BSPLINE -> ImageWarper.Interpolation.BSPLINE;
        };
    }

    /** PyRadiomics' correctMask: the mask's values at the image voxel centres, nearest neighbour, 0 outside the mask.
     * Reads a copy: the caller's mask (often shared by a batch's regions) keeps its stored type. */
    static double[] nearestOnto(Volume mask, Geometry target) {
        return ImageWarper.sample(mask.toDoubleArray(), mask.geometry(), target, WorldTransform.identity(),
            sampling(ImageWarper.Interpolation.NEAREST, Convention.PYRADIOMICS));
    }
}
