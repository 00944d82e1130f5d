package org.gliomaradiomics.features;

import java.util.List;

/** IBSI family "ngldm". (Stub: to be implemented.) */
public final class NgldmFamily implements FeatureFamily {
    @Override
    public String name() {
        return "ngldm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return List.of();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
    }
}
