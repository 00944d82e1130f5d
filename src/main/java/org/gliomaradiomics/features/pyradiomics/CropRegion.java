package org.gliomaradiomics.features.pyradiomics;

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

    CropRegion(BoundingBox box, int[] dims, int[] margin) {
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
        return copy(image, nx, ny, lo, size);
    }

    boolean[] extract(boolean[] mask, int nx, int ny) {
        return copy(mask, nx, ny, lo, size);
    }

    /** The box of the given size from corner lo of an image nx wide and ny high (x fastest). */
    static double[] copy(double[] image, int nx, int ny, int[] lo, int[] size) {
        double[] out = new double[size[0] * size[1] * size[2]];
        for (int z = 0, o = 0; z < size[2]; z++)
            for (int y = 0; y < size[1]; y++, o += size[0])
                System.arraycopy(image, lo[0] + nx * (lo[1] + y + ny * (lo[2] + z)), out, o, size[0]);
        return out;
    }

    static boolean[] copy(boolean[] mask, int nx, int ny, int[] lo, int[] size) {
        boolean[] out = new boolean[size[0] * size[1] * size[2]];
        for (int z = 0, o = 0; z < size[2]; z++)
            for (int y = 0; y < size[1]; y++, o += size[0])
                System.arraycopy(mask, lo[0] + nx * (lo[1] + y + ny * (lo[2] + z)), out, o, size[0]);
        return out;
    }

    /** The filtered region cropped to the ROI box, as the feature classes take it. */
    Roi roi(double[] filtered, boolean[] regionMask, double[] spacing) {
        BoundingBox box = new BoundingBox(regionMask, size[0], size[1], size[2]);
        return Roi.crop(filtered, regionMask, size[0], size[1], box, spacing);
    }
}
