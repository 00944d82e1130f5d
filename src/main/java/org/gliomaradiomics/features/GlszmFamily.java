package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "glszm". (Stub: to be implemented.) */
public final class GlszmFamily implements FeatureFamily {
    @Override
    public String name() {
        return "glszm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
