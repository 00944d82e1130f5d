package org.gliomaradiomics.features.pyradiomics;

/** Inclusive index bounds of the ROI voxels of a flat (x fastest) boolean mask, and the voxel count. */
final class BoundingBox {
    final int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    final int[] hi = {-1, -1, -1};
    final int count;

    BoundingBox(boolean[] mask, int nx, int ny, int nz) {
        int n = 0;
        for (int z = 0, i = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, i++) {
                    if (!mask[i]) continue;
                    n++;
                    if (x < lo[0]) lo[0] = x;
                    if (x > hi[0]) hi[0] = x;
                    if (y < lo[1]) lo[1] = y;
                    if (y > hi[1]) hi[1] = y;
                    if (z < lo[2]) lo[2] = z;
                    if (z > hi[2]) hi[2] = z;
                }
        count = n;
    }

    int size(int axis) {
        return hi[axis] - lo[axis] + 1;
    }

    /** PyRadiomics' checkMask: at least {@code minDims} axes of extent > 1, more than one voxel, optional minimum size. */
    void check(int minDims, Integer minSize, int label) {
        if (count == 0) throw new IllegalArgumentException("label " + label + " is not present in the mask");
        int dims = 0;
        for (int a = 0; a < 3; a++) if (size(a) > 1) dims++;
        if (dims < minDims) throw new IllegalArgumentException("ROI of label " + label + " spans " + dims + " dimension(s), minimumROIDimensions is " + minDims);
        if (count <= 1) throw new IllegalArgumentException("ROI of label " + label + " has only one voxel");
        if (minSize != null && count <= minSize) throw new IllegalArgumentException("ROI of label " + label + " has " + count + " voxels, minimumROISize is " + minSize);
    }
}
