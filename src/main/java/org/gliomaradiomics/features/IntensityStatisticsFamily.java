package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "intensity_statistics". (Stub: to be implemented.) */
public final class IntensityStatisticsFamily implements FeatureFamily {
    @Override
    public String name() {
        return "intensity_statistics";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
