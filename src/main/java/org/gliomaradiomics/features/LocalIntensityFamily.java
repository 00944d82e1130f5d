package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "local_intensity". (Stub: to be implemented.) */
public final class LocalIntensityFamily implements FeatureFamily {
    @Override
    public String name() {
        return "local_intensity";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
