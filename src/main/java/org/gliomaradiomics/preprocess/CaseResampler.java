package org.gliomaradiomics.preprocess;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/**
 * Resamples all images of a case and its label map onto one isotropic grid (same output grid for all), through
 * world coordinates, so inputs on different grids end up aligned voxel for voxel.
 */
public final class CaseResampler {
    public enum LabelInterpolation {
        NEAREST,
        /** Each label's indicator interpolated linearly, then the label of largest weight. */
        LINEAR_ARGMAX
    }

    /** The resampled images (same keys and order) and labels (null if none were given), all on {@code grid}. */
    public record ResampledCase(Geometry grid, Map<String, Volume> images, Volume labels) {}

    private CaseResampler() {}

    /**
     * An isotropic grid of {@code spacingMm} with the same direction as {@code g}, covering the same field of view
     * (voxel count per axis rounded, at least 1) and centred on it ({@link Resampler#grid}).
     */
    public static Geometry isotropicGrid(Geometry g, double spacingMm) {
        if (!(spacingMm > 0)) throw new IllegalArgumentException("isotropic spacing must be positive, got " + spacingMm);
        return Resampler.grid(g, new double[] {spacingMm, spacingMm, spacingMm}, Resampler.GridAnchor.CENTRE, Resampler.SizeRounding.ROUND);
    }

    public static Volume resampleImage(Volume image, Geometry grid, ImageWarper.Interpolation interpolation) {
        return ImageWarper.warp(image, grid, WorldTransform.identity(), interpolation, 0);
    }

    public static Volume resampleLabels(Volume labels, Geometry grid, LabelInterpolation interpolation) {
        return interpolation == LabelInterpolation.NEAREST
            ? ImageWarper.warpLabels(labels, grid, WorldTransform.identity())
            : ImageWarper.warpLabelsLinear(labels, grid, WorldTransform.identity());
    }

    /**
     * Resamples a case to isotropic voxels; the output grid derives from the first image's grid (or from the
     * labels' grid when there is no image).
     */
    public static ResampledCase resample(Map<String, Volume> images, Volume labels, double spacingMm, ImageWarper.Interpolation interpolation,
                                         LabelInterpolation labelInterpolation) {
        Geometry source = !images.isEmpty() ? images.values().iterator().next().geometry() : labels != null ? labels.geometry() : null;
        if (source == null) throw new IllegalArgumentException("nothing to resample: no image and no label map");
        Geometry grid = isotropicGrid(source, spacingMm);
        Map<String, Volume> out = new LinkedHashMap<>();
        for (Map.Entry<String, Volume> e : images.entrySet()) out.put(e.getKey(), resampleImage(e.getValue(), grid, interpolation));
        return new ResampledCase(grid, out, labels == null ? null : resampleLabels(labels, grid, labelInterpolation));
    }
}
