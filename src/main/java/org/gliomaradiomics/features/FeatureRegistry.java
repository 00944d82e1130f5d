package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every feature family the suite computes. Adding a family is one class and one line here. */
public final class FeatureRegistry {
    private static final List<FeatureFamily> FAMILIES = List.of(
        new MorphologyFamily(),
        new LocalIntensityFamily(),
        new IntensityStatisticsFamily(),
        new IntensityHistogramFamily(),
        new IntensityVolumeHistogramFamily(),
        new GlcmFamily(),
        new GlrlmFamily(),
        new GlszmFamily(),
        new GldzmFamily(),
        new NgtdmFamily(),
        new NgldmFamily());

    private FeatureRegistry() {}

    public static List<FeatureFamily> families() {
        return FAMILIES;
    }

    public static Optional<FeatureFamily> family(String name) {
        return FAMILIES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static List<FeatureDefinition> allFeatures() {
        List<FeatureDefinition> all = new ArrayList<>();
        for (FeatureFamily f : FAMILIES) all.addAll(f.features());
        return all;
    }
}
