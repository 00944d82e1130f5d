package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "intensity_histogram". (Stub: to be implemented.) */
public final class IntensityHistogramFamily implements FeatureFamily {
    @Override
    public String name() {
        return "intensity_histogram";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
