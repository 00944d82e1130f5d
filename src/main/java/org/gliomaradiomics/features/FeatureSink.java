package org.gliomaradiomics.features;

/** Receives computed feature values. {@code aggregation} is one of the IBSI labels ({@code 2D:avg},
 * {@code 2D:mrg}, {@code 2.5D:avg}, {@code 2.5D:mrg}, {@code 3D:avg}, {@code 3D:mrg}, {@code 3D}) for texture
 * families and the empty string for families computed once on the whole 3D ROI. */
@FunctionalInterface
public interface FeatureSink {
    void accept(FeatureDefinition feature, String aggregation, double value);
}
