package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.features.RoiBox;

/**
 * The part of the pre-processed image a filter needs for the ROI: the ROI box grown by a margin on each axis. When
 * the margin would reach the image edge the whole axis is taken instead, so the filter sees the same boundary as
 * on the whole image and the ROI voxels get the values a whole-image filter gives (for filters whose reach is
 * within the margin).
 */
final class CropRegion {
    final int[] lo = new int[3];
    final int[] size = new int[3];
    /** Whether the region spans the whole image along the axis. */
    final boolean[] full = new boolean[3];

    CropRegion(RoiBox box, int[] dims, int[] margin) {
        for (int a = 0; a < 3; a++) {
            int from = box.lo[a] - margin[a], to = box.hi[a] + margin[a];
            if (from <= 0 || to >= dims[a] - 1) { from = 0; to = dims[a] - 1; full[a] = true; }
            lo[a] = from;
            size[a] = to - from + 1;
        }
    }

    int[] dims() {
        return size.clone();
    }

    double[] extract(double[] image, int nx, int ny) {
        return RoiBox.copy(image, nx, ny, lo, size);
    }

    boolean[] extract(boolean[] mask, int nx, int ny) {
        return RoiBox.copy(mask, nx, ny, lo, size);
    }

    /** The filtered region cropped to the ROI box, as the feature classes take it. */
    Roi roi(double[] filtered, boolean[] regionMask, double[] spacing) {
        RoiBox box = new RoiBox(regionMask, size[0], size[1], size[2]);
        return Roi.crop(filtered, regionMask, size[0], size[1], box, spacing);
    }
}
