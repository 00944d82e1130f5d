package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.preprocess.Discretiser;

/**
 * PyRadiomics' gray-level binning of the ROI values by {@link Discretiser}'s PyRadiomics edges, with the levels
 * present (PyRadiomics deletes absent levels from its matrices) and the largest level (its Ng).
 */
final class Discretization {
    /** Level per cropped voxel, 0 outside the ROI. */
    final int[] levels;
    /** Largest level (PyRadiomics' Ng). */
    final int maxLevel;
    /** Sorted distinct levels present in the ROI. */
    final int[] present;

    private Discretization(int[] levels) {
        this.levels = levels;
        int max = 0;
        for (int l : levels) if (l > max) max = l;
        boolean[] seen = new boolean[max + 1];
        for (int l : levels) if (l > 0) seen[l] = true;
        int n = 0;
        for (boolean b : seen) if (b) n++;
        present = new int[n];
        for (int l = 1, k = 0; l <= max; l++) if (seen[l]) present[k++] = l;
        maxLevel = max;
    }

    /** Levels binned elsewhere (voxel-based maps bin once over the whole ROI): level per voxel, 0 outside. */
    static Discretization ofLevels(int[] levels) {
        return new Discretization(levels);
    }

    static Discretization of(RoiData roi, PyRadiomicsSettings s) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < roi.intensityMask.length; i++)
            if (roi.intensityMask[i]) {
                min = Math.min(min, roi.image[i]);
                max = Math.max(max, roi.image[i]);
            }
        double[] edges = s.binCount() != null ? Discretiser.countEdges(min, max, s.binCount()) : Discretiser.widthEdges(min, max, s.binWidth());
        return new Discretization(Discretiser.byEdges(roi.image, roi.intensityMask, edges).levels());
    }
}
