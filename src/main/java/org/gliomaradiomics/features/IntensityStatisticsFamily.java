package org.gliomaradiomics.features;

import java.util.List;

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

    public IntensityStatisticsFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        double[] values = SortedIntensities.of(roi);
        DistributionStatistics s = new DistributionStatistics(values);
        double[] out = {s.mean, s.variance, s.skewness, s.kurtosis, s.median, s.minimum, s.p10, s.p90, s.maximum,
            s.interquartileRange(), s.range(), s.meanAbsoluteDeviation, s.robustMeanAbsoluteDeviation,
            s.medianAbsoluteDeviation, s.coefficientOfVariation(), s.quartileCoefficientOfDispersion(), s.energy,
            s.rootMeanSquare(values.length)};
        for (int i = 0; i < out.length; i++) sink.accept(FEATURES.definitions().get(i), "", out[i]);
    }
}
