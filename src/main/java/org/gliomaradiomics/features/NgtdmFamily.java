package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "ngtdm". (Stub: to be implemented.) */
public final class NgtdmFamily implements FeatureFamily {
    @Override
    public String name() {
        return "ngtdm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
