package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "intensity_statistics": statistics of the raw intensities in the intensity mask (3D, DHQ4). */
public final class IntensityStatisticsFamily implements FeatureFamily {
    private static final List<FeatureDefinition> FEATURES = FeatureList.of("intensity_statistics",
        "Mean", "Q4LE", "Variance", "ECT3", "Skewness", "KE2A", "Kurtosis", "IPH6", "Median", "Y12H",
        "Minimum", "1GSF", "Percentile10", "QG58", "Percentile90", "8DWT", "Maximum", "84IY",
        "InterquartileRange", "SALO", "Range", "2OJQ", "MeanAbsoluteDeviation", "4FUA",
        "RobustMeanAbsoluteDeviation", "1128", "MedianAbsoluteDeviation", "N72L", "CoefficientOfVariation", "7TET",
        "QuartileCoefficientOfDispersion", "9S40", "Energy", "N8CA", "RootMeanSquare", "5ZWQ");

    @Override
    public String name() {
        return "intensity_statistics";
    }

    @Override
    public List<FeatureDefinition> features() {
        return FEATURES;
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        double[] values = SortedIntensities.of(roi);
        DistributionStatistics s = new DistributionStatistics(values);
        double[] out = {s.mean, s.variance, s.skewness, s.kurtosis, s.median, s.minimum, s.p10, s.p90, s.maximum,
            s.interquartileRange(), s.range(), s.meanAbsoluteDeviation, s.robustMeanAbsoluteDeviation,
            s.medianAbsoluteDeviation, s.coefficientOfVariation(), s.quartileCoefficientOfDispersion(), s.energy,
            s.rootMeanSquare(values.length)};
        for (int i = 0; i < out.length; i++) sink.accept(FEATURES.get(i), "", out[i]);
    }
}
