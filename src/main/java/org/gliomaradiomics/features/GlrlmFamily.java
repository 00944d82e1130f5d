package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "glrlm". (Stub: to be implemented.) */
public final class GlrlmFamily implements FeatureFamily {
    @Override
    public String name() {
        return "glrlm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
