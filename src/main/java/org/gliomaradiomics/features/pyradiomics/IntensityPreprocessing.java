package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.preprocess.Resegmentation;

/** PyRadiomics' whole-image normalisation and ROI resegmentation. */
final class IntensityPreprocessing {
    private IntensityPreprocessing() {}

    /** ITK Normalize (mean, sample SD with N - 1 over all voxels), optional clipping at +-n SD, then scaling. */
    static double[] normalize(double[] image, double scale, Double removeOutliers) {
        double sum = 0, c = 0;
        for (double v : image) { double y = v - c, t = sum + y; c = (t - sum) - y; sum = t; } // compensated, as ITK
        double sq = 0;
        c = 0;
        for (double v : image) { double y = v * v - c, t = sq + y; c = (t - sq) - y; sq = t; }
        int n = image.length;
        double mean = sum / n;
        double sigma = Math.sqrt((sq - sum * sum / n) / (n - 1));
        double inv = 1 / sigma;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double y = (image[i] - mean) * inv;
            if (removeOutliers != null) y = Math.max(-removeOutliers, Math.min(removeOutliers, y));
            out[i] = y * scale;
        }
        return out;
    }

    /** Keeps ROI voxels with T1 <= x <= T2 (closed; only x >= T1 with one threshold). */
    static boolean[] resegment(double[] image, boolean[] roi, double[] range, PyRadiomicsSettings.ResegmentMode mode) {
        double lo = range[0], hi = range.length > 1 ? range[1] : Double.POSITIVE_INFINITY;
        if (mode == PyRadiomicsSettings.ResegmentMode.RELATIVE) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < roi.length; i++) if (roi[i]) max = Math.max(max, image[i]);
            lo *= max;
            hi *= max;
        } else if (mode == PyRadiomicsSettings.ResegmentMode.SIGMA) {
            double[] meanSd = Resegmentation.meanAndSd(image, roi);
            lo = meanSd[0] + lo * meanSd[1];
            hi = range.length > 1 ? meanSd[0] + range[1] * meanSd[1] : Double.POSITIVE_INFINITY;
        }
        boolean[] out = Resegmentation.range(image, roi, lo, hi);
        int kept = 0;
        for (boolean b : out) if (b) kept++;
        if (kept < 2) throw new IllegalArgumentException("resegmentation to [" + lo + ", " + hi + "] leaves " + kept + " voxel(s) in the ROI, at least 2 are needed");
        return out;
    }
}
