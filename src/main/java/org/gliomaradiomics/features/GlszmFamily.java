package org.gliomaradiomics.features;

/**
 * IBSI grey level size zone matrix features (family {@code glszm}, 16 features), for the aggregations 2D:avg,
 * 2.5D:mrg and 3D. Zones: {@link ZoneMatrixBuilder}; formulas: {@link SizeZoneMatrixFeatures}.
 */
public final class GlszmFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("glszm", "glszm",
        "SmallZoneEmphasis", "5QRC", "SmallAreaEmphasis", "LargeZoneEmphasis", "48P8", "LargeAreaEmphasis",
        "LowGreyLevelZoneEmphasis", "XMSY", "LowGrayLevelZoneEmphasis", "HighGreyLevelZoneEmphasis", "5GN9", "HighGrayLevelZoneEmphasis",
        "SmallZoneLowGreyLevelEmphasis", "5RAI", "SmallAreaLowGrayLevelEmphasis",
        "SmallZoneHighGreyLevelEmphasis", "HW1V", "SmallAreaHighGrayLevelEmphasis",
        "LargeZoneLowGreyLevelEmphasis", "YH51", "LargeAreaLowGrayLevelEmphasis",
        "LargeZoneHighGreyLevelEmphasis", "J17V", "LargeAreaHighGrayLevelEmphasis",
        "GreyLevelNonUniformity", "JNSA", "GrayLevelNonUniformity",
        "NormalisedGreyLevelNonUniformity", "Y1RO", "GrayLevelNonUniformityNormalized",
        "ZoneSizeNonUniformity", "4JP3", "SizeZoneNonUniformity",
        "NormalisedZoneSizeNonUniformity", "VB3A", "SizeZoneNonUniformityNormalized",
        "ZonePercentage", "P30P", "ZonePercentage", "GreyLevelVariance", "BYLV", "GrayLevelVariance",
        "ZoneSizeVariance", "3NSA", "ZoneVariance", "ZoneSizeEntropy", "GU8N", "ZoneEntropy");

    public GlszmFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        ZoneMatrixBuilder zones = new ZoneMatrixBuilder(roi, false);
        TextureAggregation.sliceWise(zones.grid(), settings.dimensions(), new SizeZoneMatrixFeatures(Convention.IBSI), zones,
            FEATURES.emitter(sink));
    }
}
