package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "morphology". (Stub: to be implemented.) */
public final class MorphologyFamily implements FeatureFamily {
    @Override
    public String name() {
        return "morphology";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
