package org.gliomaradiomics.features;

/** One computed feature: family, PascalCase name, IBSI code, aggregation label ("" for whole-ROI families) and value. */
public record FeatureValue(String family, String name, String ibsiCode, String aggregation, double value) {
}
