package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "gldzm". (Stub: to be implemented.) */
public final class GldzmFamily implements FeatureFamily {
    @Override
    public String name() {
        return "gldzm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
