package org.gliomaradiomics.features;

import java.util.Arrays;
import java.util.Map;
import org.gliomaradiomics.numerics.DoubleRadixSort;

/** IBSI family "intensity_statistics": statistics of the raw intensities in the intensity mask (3D, DHQ4). */
public final class IntensityStatisticsFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("intensity_statistics", "firstorder",
        "Mean", "Q4LE", "Mean", "Variance", "ECT3", "Variance", "Skewness", "KE2A", "Skewness",
        "Kurtosis", "IPH6", "", // PyRadiomics' Kurtosis is not in excess
        "Median", "Y12H", "Median", "Minimum", "1GSF", "Minimum", "Percentile10", "QG58", "10Percentile",
        "Percentile90", "8DWT", "90Percentile", "Maximum", "84IY", "Maximum",
        "InterquartileRange", "SALO", "InterquartileRange", "Range", "2OJQ", "Range",
        "MeanAbsoluteDeviation", "4FUA", "MeanAbsoluteDeviation", "RobustMeanAbsoluteDeviation", "1128", "RobustMeanAbsoluteDeviation",
        "MedianAbsoluteDeviation", "N72L", "", "CoefficientOfVariation", "7TET", "",
        "QuartileCoefficientOfDispersion", "9S40", "", "Energy", "N8CA", "Energy", "RootMeanSquare", "5ZWQ", "RootMeanSquared");

    /**
     * PyRadiomics firstorder's own features, at these positions of {@link #pyradiomics}'s values after those of
     * {@link #FEATURES}: Kurtosis not in excess, TotalEnergy, and Entropy and Uniformity (intensity_histogram's
     * formulas on PyRadiomics' bins); StandardDeviation is deprecated.
     */
    public static final Map<String, Integer> PYRADIOMICS_ONLY = Map.of("Kurtosis", 18, "TotalEnergy", 19, "Entropy", 20, "Uniformity", 21);
    public static final Map<String, Integer> PYRADIOMICS_DEPRECATED = Map.of("StandardDeviation", 22);

    public IntensityStatisticsFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        double[] sorted = SortedIntensities.of(roi);
        double[] out = values(new FirstOrderFeatures(sorted), FirstOrderFeatures.energy(sorted, 0), sorted.length, FEATURES.size());
        for (int i = 0; i < out.length; i++) sink.accept(FEATURES.definitions().get(i), "", out[i]);
    }

    /**
     * PyRadiomics' firstorder class on a ROI and its grey levels, the whole ROI or a voxel kernel: the values of
     * {@link #FEATURES} with Energy and RootMeanSquare shifted by voxelArrayShift, then {@link #PYRADIOMICS_ONLY}
     * and {@link #PYRADIOMICS_DEPRECATED}; {@link FeatureRegistry#pyradiomicsClass} names them. Sums over voxels
     * and levels run in voxel order (levels by first appearance), as they always have here: outputs stay bit for bit.
     */
    public static double[] pyradiomics(RoiData roi, double voxelArrayShift) {
        double[] x = roi.intensityValues(), p = new double[x.length];
        int n = x.length, levels = 0;
        long[] counts = IntensityHistogramFamily.counts(roi);
        for (int i = 0; i < roi.grey.length; i++)
            if (roi.intensityMask[i] && counts[roi.grey[i]] > 0) {
                p[levels++] = (double) counts[roi.grey[i]] / n;
                counts[roi.grey[i]] = 0;
            }
        p = Arrays.copyOf(p, levels);
        double energy = FirstOrderFeatures.energy(x, voxelArrayShift);
        DoubleRadixSort.sort(x); // the array Arrays.sort gives, 3-4 times sooner on a ROI
        FirstOrderFeatures s = new FirstOrderFeatures(x);
        double[] out = values(s, energy, n, 23);
        out[18] = s.pearsonKurtosis;
        out[19] = roi.sx * roi.sy * roi.sz * energy;
        out[20] = FirstOrderFeatures.entropy(p, Convention.PYRADIOMICS);
        out[21] = FirstOrderFeatures.uniformity(p);
        out[22] = Math.sqrt(s.variance);
        return out;
    }

    private static double[] values(FirstOrderFeatures s, double energy, int n, int size) {
        double[] out = {s.mean, s.variance, s.skewness, s.kurtosis, s.median, s.minimum, s.p10, s.p90, s.maximum,
            s.interquartileRange(), s.range(), s.meanAbsoluteDeviation, s.robustMeanAbsoluteDeviation,
            s.medianAbsoluteDeviation, s.coefficientOfVariation(), s.quartileCoefficientOfDispersion(), energy,
            Math.sqrt(energy / n)};
        return Arrays.copyOf(out, size);
    }
}
