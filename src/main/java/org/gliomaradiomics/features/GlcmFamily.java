package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "glcm". (Stub: to be implemented.) */
public final class GlcmFamily implements FeatureFamily {
    @Override
    public String name() {
        return "glcm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
