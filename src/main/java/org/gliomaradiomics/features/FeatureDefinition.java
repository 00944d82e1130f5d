package org.gliomaradiomics.features;

/**
 * One feature as the registry knows it: its family (e.g. {@code glcm}), its name (PascalCase, e.g.
 * {@code JointMaximum}), its IBSI permanent code (e.g. {@code GYBY}; empty when IBSI has none) and, when PyRadiomics
 * computes the same formula, its PyRadiomics class and name (e.g. {@code glcm}, {@code MaximumProbability}; empty
 * otherwise).
 */
public record FeatureDefinition(String family, String name, String ibsiCode, String pyradiomicsClass, String pyradiomicsName) {
    public FeatureDefinition(String family, String name, String ibsiCode) {
        this(family, name, ibsiCode, "", "");
    }

    /** PyRadiomics' column suffix {@code <class>_<Name>}, or empty. */
    public String pyradiomicsFeature() {
        return pyradiomicsName.isEmpty() ? "" : pyradiomicsClass + "_" + pyradiomicsName;
    }
}
