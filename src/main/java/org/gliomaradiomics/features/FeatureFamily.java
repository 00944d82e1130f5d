package org.gliomaradiomics.features;

import java.util.List;

/**
 * One IBSI feature family. Implementations are stateless, thread-safe, and know nothing of files or ImageJ:
 * they read a prepared {@link RoiData} and emit values to a {@link FeatureSink}. Register a new family with one
 * line in {@link FeatureRegistry}.
 */
public interface FeatureFamily {
    /** Short family name used in tables, e.g. {@code glcm}, {@code intensity_statistics}. */
    String name();

    /** Every feature this family can emit, with its IBSI code. */
    List<FeatureDefinition> features();

    /** Computes all features of this family for the enabled aggregations. */
    void compute(RoiData roi, FeatureSettings settings, FeatureSink sink);
}
