package org.gliomaradiomics.features;

/**
 * One feature as the registry knows it: its family (e.g. {@code glcm}), its name (PascalCase, e.g.
 * {@code JointMaximum}) and its IBSI permanent code (e.g. {@code GYBY}; empty when IBSI has none).
 */
public record FeatureDefinition(String family, String name, String ibsiCode) {
}
