package org.gliomaradiomics.features;

import java.util.List;

/**
 * IBSI grey level size zone matrix features (family {@code glszm}, 16 features), for the aggregations 2D:avg,
 * 2.5D:mrg and 3D. Zones: {@link ZoneMatrixBuilder}; formulas: {@link SizeZoneMatrixFeatures}.
 */
public final class GlszmFamily implements FeatureFamily {
    static final TextureFeatureList FEATURES = new TextureFeatureList("glszm",
        "SmallZoneEmphasis", "5QRC", "LargeZoneEmphasis", "48P8",
        "LowGreyLevelZoneEmphasis", "XMSY", "HighGreyLevelZoneEmphasis", "5GN9",
        "SmallZoneLowGreyLevelEmphasis", "5RAI", "SmallZoneHighGreyLevelEmphasis", "HW1V",
        "LargeZoneLowGreyLevelEmphasis", "YH51", "LargeZoneHighGreyLevelEmphasis", "J17V",
        "GreyLevelNonUniformity", "JNSA", "NormalisedGreyLevelNonUniformity", "Y1RO",
        "ZoneSizeNonUniformity", "4JP3", "NormalisedZoneSizeNonUniformity", "VB3A",
        "ZonePercentage", "P30P", "GreyLevelVariance", "BYLV", "ZoneSizeVariance", "3NSA", "ZoneSizeEntropy", "GU8N");

    @Override
    public String name() {
        return "glszm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return FEATURES.definitions();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        TextureGrid grid = TextureGrid.of(roi, 1, false);
        TextureAggregation.sliceWise(grid, settings.dimensions, new SizeZoneMatrixFeatures(),
            new ZoneMatrixBuilder(grid, false), FEATURES.emitter(sink));
    }
}
