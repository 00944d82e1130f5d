package org.gliomaradiomics.features;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.Resampler;

/**
 * ROI preparation steps of the IBSI ({@link FeatureExtractor#prepare}) and the PyRadiomics pipelines: the label
 * map on the image grid and the empty-ROI check with one wording. The other shared steps live with their data:
 * resampling around the ROI as the {@link Convention} says ({@link Resampler#aroundRoi}), the crops
 * ({@link RoiBox}).
 */
public final class RoiPreparation {
    private RoiPreparation() {}

    /**
     * The label map on the image grid: as it is when the grids agree within {@code tolerance}; otherwise, with
     * {@code correctMask} (PyRadiomics' setting, which the error names under that convention), its values at the
     * image's voxel centres by nearest neighbour as the convention samples, else an error.
     */
    public static Volume maskOnImageGrid(Volume image, Volume mask, double tolerance, boolean correctMask, Convention c) {
        if (image.geometry().sameGrid(mask.geometry(), tolerance)) return mask;
        if (!correctMask)
            throw new IllegalArgumentException("mask grid differs from image grid (" + image.geometry().describeDifference(mask.geometry())
                + (c == Convention.PYRADIOMICS ? "); set correctMask to resample the mask" : ")"));
        return new Volume(image.geometry(), Resampler.nearestOnto(mask, image.geometry(), c.resampling()), DataType.FLOAT64);
    }

    /** {@code box}, if the ROI of {@code label} has a voxel (at the given {@code stage}, e.g. " after resampling"). */
    public static RoiBox requireVoxels(RoiBox box, int label, String stage) {
        if (box.isEmpty()) throw empty(label, stage);
        return box;
    }

    /** The error of an empty ROI; {@link CaseExtraction} names the region instead of "ROI of label n". */
    public static IllegalArgumentException empty(int label, String stage) {
        return new IllegalArgumentException("ROI of label " + label + " is empty" + stage);
    }
}
