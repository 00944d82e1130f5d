package org.gliomaradiomics.features;

import org.gliomaradiomics.numerics.DoubleRadixSort;

/**
 * The intensities of a RoiData's intensity mask in ascending order, sorted once per RoiData (cached on it): the extractor sorts
 * them anyway for the intensity-volume histogram of continuous intensities and hands them over here, so that
 * family intensity_statistics does not sort them again. Shared arrays: callers must not modify them.
 */
final class SortedIntensities {
    private SortedIntensities() {}

    static double[] of(RoiData roi) {
        double[] v = roi.sortedIntensities;
        if (v == null) roi.sortedIntensities = v = sort(roi.image, roi.intensityMask); // a race only sorts twice
        return v;
    }

    /** Records the sorted intensities of roi's intensity mask, computed while preparing it. */
    static void remember(RoiData roi, double[] sorted) {
        roi.sortedIntensities = sorted;
    }

    /** The values inside mask, ascending. */
    static double[] sort(double[] values, boolean[] mask) {
        int count = 0;
        for (boolean b : mask) if (b) count++;
        double[] v = new double[count];
        for (int i = 0, k = 0; i < mask.length; i++) if (mask[i]) v[k++] = values[i];
        DoubleRadixSort.sort(v);
        return v;
    }
}
