package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "intensity_histogram": statistics of the discretised grey levels 1..Ng of the intensity mask. */
public final class IntensityHistogramFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("intensity_histogram", "firstorder",
        "Mean", "X6K6", "", "Variance", "CH89", "", "Skewness", "88K1", "", "Kurtosis", "C3I7", "",
        "Median", "WIFQ", "", "Minimum", "1PR8", "", "Percentile10", "GPMT", "", "Percentile90", "OZ0C", "",
        "Maximum", "3NCY", "", "Mode", "AMMC", "", "InterquartileRange", "WR0O", "", "Range", "5Z3W", "",
        "MeanAbsoluteDeviation", "D2ZX", "", "RobustMeanAbsoluteDeviation", "WRZB", "",
        "MedianAbsoluteDeviation", "4RNL", "", "CoefficientOfVariation", "CWYJ", "",
        "QuartileCoefficientOfDispersion", "SLWD", "", "Entropy", "TLU2", "Entropy",
        "Uniformity", "BJ5W", "Uniformity", "MaximumHistogramGradient", "12CE", "",
        "MaximumHistogramGradientIntensity", "8E6O", "", "MinimumHistogramGradient", "VQB3", "",
        "MinimumHistogramGradientIntensity", "RHQZ", "");

    public IntensityHistogramFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int ng = roi.ng;
        long[] counts = counts(roi);
        int n = roi.intensityCount();
        // Counting sort: the sorted level list is all the order statistics need.
        double[] sorted = new double[n];
        for (int g = 1, k = 0; g <= ng; g++) for (long c = 0; c < counts[g]; c++) sorted[k++] = g;
        FirstOrderFeatures s = new FirstOrderFeatures(sorted);

        long modeCount = -1;
        int mode = 1, levels = 0;
        double[] p = new double[ng];
        for (int g = 1; g <= ng; g++) {
            if (counts[g] == 0) continue;
            p[levels++] = (double) counts[g] / n;
            // Ties: the level closest to the mean wins; equidistant levels: the lower one (scanned first).
            if (counts[g] > modeCount || counts[g] == modeCount && Math.abs(g - s.mean) < Math.abs(mode - s.mean)) {
                modeCount = counts[g];
                mode = g;
            }
        }
        p = java.util.Arrays.copyOf(p, levels);
        double maxGrad = Double.NEGATIVE_INFINITY, minGrad = Double.POSITIVE_INFINITY;
        int maxGradLevel = 1, minGradLevel = 1;
        for (int g = 1; g <= ng; g++) {
            double grad = ng == 1 ? 0
                : g == 1 ? counts[2] - counts[1]
                : g == ng ? counts[ng] - counts[ng - 1]
                : (counts[g + 1] - counts[g - 1]) / 2.0;
            if (grad > maxGrad) {
                maxGrad = grad;
                maxGradLevel = g;
            }
            if (grad < minGrad) {
                minGrad = grad;
                minGradLevel = g;
            }
        }
        double[] out = {s.mean, s.variance, s.skewness, s.kurtosis, s.median, s.minimum, s.p10, s.p90, s.maximum, mode,
            s.interquartileRange(), s.range(), s.meanAbsoluteDeviation, s.robustMeanAbsoluteDeviation,
            s.medianAbsoluteDeviation, s.coefficientOfVariation(), s.quartileCoefficientOfDispersion(),
            FirstOrderFeatures.entropy(p, Convention.IBSI), FirstOrderFeatures.uniformity(p), maxGrad, maxGradLevel, minGrad, minGradLevel};
        for (int i = 0; i < out.length; i++) sink.accept(FEATURES.definitions().get(i), "", out[i]);
    }

    /** Voxels of the intensity mask per grey level 0..ng + 1 (levels 0 and ng + 1 stay empty). */
    static long[] counts(RoiData roi) {
        long[] counts = new long[roi.ng + 2];
        for (int i = 0; i < roi.grey.length; i++) {
            if (!roi.intensityMask[i]) continue;
            int g = roi.grey[i];
            if (g < 1 || g > roi.ng) throw new IllegalArgumentException("grey level " + g + " outside 1.." + roi.ng + " at voxel " + i);
            counts[g]++;
        }
        return counts;
    }
}
