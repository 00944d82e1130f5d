package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.RoiBox;
import org.gliomaradiomics.preprocess.Discretiser;

/** Image values and ROI mask cropped to a bounding box (no padding), flat arrays with x fastest. */
final class Roi {
    final int nx, ny, nz;
    final double[] values;
    final boolean[] mask;
    /** Voxel spacing (x, y, z) in mm. */
    final double[] spacing;
    final int count;

    Roi(int nx, int ny, int nz, double[] values, boolean[] mask, double[] spacing) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.values = values;
        this.mask = mask;
        this.spacing = spacing;
        int n = 0;
        for (boolean b : mask) if (b) n++;
        count = n;
    }

    static Roi crop(double[] image, boolean[] mask, int nx, int ny, RoiBox box, double[] spacing) {
        int cx = box.size(0), cy = box.size(1), cz = box.size(2);
        int[] size = {cx, cy, cz};
        double[] v = RoiBox.copy(image, nx, ny, box.lo, size);
        boolean[] m = RoiBox.copy(mask, nx, ny, box.lo, size);
        return new Roi(cx, cy, cz, v, m, spacing.clone());
    }

    /** The ROI with its grey levels, as the shared texture matrix builders take it (Ng: the highest level). */
    RoiData textureRoi(Discretiser.Levels d) {
        return new RoiData(nx, ny, nz, spacing[0], spacing[1], spacing[2], values, mask, mask, d.levels(), d.ng(),
            new double[0], new double[0]);
    }

    int size(int axis) {
        return axis == 0 ? nx : axis == 1 ? ny : nz;
    }
}
