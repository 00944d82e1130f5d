package org.gliomaradiomics.features.voxel;

import java.util.List;
import java.util.function.IntConsumer;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.pyradiomics.FirstOrderFeatures;

/**
 * PyRadiomics' firstorder features (the 18 non-deprecated ones, in its sorted output order) of each kernel, by the
 * whole-ROI formulas ({@link FirstOrderFeatures}): statistics of the raw intensities of the kernel's ROI voxels,
 * Entropy and Uniformity of their ROI-wide grey levels. Kernels hold at most (2R+1)^3 values.
 */
final class PyRadiomicsFirstOrderMaps {
    static final List<String> NAMES = FirstOrderFeatures.NAMES;

    private final RoiData roi;
    private final int radius;
    private final double shift;
    private final int[] selected;
    /** Position of each box voxel among the ROI voxels (the maps' index). */
    private final int[] rank;
    /** out[k][rank[boxIndex]]: map of selected feature k over the ROI voxels. */
    final double[][] out;

    /** @param shift PyRadiomics' voxelArrayShift (added to the intensities for Energy, TotalEnergy and RMS) */
    PyRadiomicsFirstOrderMaps(RoiData roi, int radius, double shift, int[] selected, RoiVoxelIndex roiVoxels) {
        this.roi = roi;
        this.radius = radius;
        this.shift = shift;
        this.selected = selected;
        rank = roiVoxels.rank;
        out = roiVoxels.maps(selected.length);
    }

    void computeSlice(int z, IntConsumer lineDone) {
        int w = 2 * radius + 1;
        double[] x = new double[w * w * w], sorted = new double[x.length], values = new double[NAMES.size()];
        int[] levels = new int[x.length], hist = new int[roi.ng + 1];
        for (int y = 0; y < roi.ny; y++) {
            for (int cx = 0; cx < roi.nx; cx++) {
                int centre = roi.index(cx, y, z);
                if (!roi.intensityMask[centre]) continue;
                int n = 0;
                for (int k = Math.max(0, z - radius); k <= Math.min(roi.nz - 1, z + radius); k++)
                    for (int j = Math.max(0, y - radius); j <= Math.min(roi.ny - 1, y + radius); j++)
                        for (int i = Math.max(0, cx - radius); i <= Math.min(roi.nx - 1, cx + radius); i++) {
                            int v = roi.index(i, j, k);
                            if (!roi.intensityMask[v]) continue;
                            x[n] = roi.image[v];
                            levels[n++] = roi.grey[v];
                        }
                FirstOrderFeatures.values(x, levels, n, shift, roi.sx * roi.sy * roi.sz, sorted, hist, values);
                for (int f = 0, r = rank[centre]; f < selected.length; f++) out[f][r] = values[selected[f]];
            }
            lineDone.accept(y);
        }
    }
}
