package org.gliomaradiomics.features;

import java.util.List;

/** A family whose name and features are those of its {@link FeatureList}. */
abstract class ListedFamily implements FeatureFamily {
    private final FeatureList features;

    ListedFamily(FeatureList features) {
        this.features = features;
    }

    @Override
    public final String name() {
        return features.family();
    }

    @Override
    public final List<FeatureDefinition> features() {
        return features.definitions();
    }
}
