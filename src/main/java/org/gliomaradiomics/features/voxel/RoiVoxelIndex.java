package org.gliomaradiomics.features.voxel;

/**
 * The ROI voxels of a box, numbered in box order: maps keep one value per ROI voxel at {@code rank[boxIndex]}, not
 * one per box voxel (a box holds two to three times as many voxels as an irregular ROI, and there is one map per
 * feature).
 */
final class RoiVoxelIndex {
    /** Position of each box voxel among the ROI's voxels, -1 outside the ROI. */
    final int[] rank;
    /** Number of ROI voxels. */
    final int count;

    RoiVoxelIndex(boolean[] roi) {
        rank = new int[roi.length];
        int n = 0;
        for (int i = 0; i < roi.length; i++) rank[i] = roi[i] ? n++ : -1;
        count = n;
    }

    /** Storage for {@code features} maps, one value per ROI voxel. */
    double[][] maps(int features) {
        return new double[features][count];
    }
}
