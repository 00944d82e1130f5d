package org.gliomaradiomics.features;

/**
 * IBSI grey level distance zone matrix features (family {@code gldzm}, 16 features), for the aggregations 2D:avg,
 * 2.5D:mrg and 3D. Zones from the intensity mask, distances to the edge of the morphological mask
 * ({@link ZoneMatrixBuilder}); formulas: {@link SizeZoneMatrixFeatures}.
 */
public final class GldzmFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("gldzm", "",
        "SmallDistanceEmphasis", "0GBI", "", "LargeDistanceEmphasis", "MB4I", "",
        "LowGreyLevelZoneEmphasis", "S1RA", "", "HighGreyLevelZoneEmphasis", "K26C", "",
        "SmallDistanceLowGreyLevelEmphasis", "RUVG", "", "SmallDistanceHighGreyLevelEmphasis", "DKNJ", "",
        "LargeDistanceLowGreyLevelEmphasis", "A7WM", "", "LargeDistanceHighGreyLevelEmphasis", "KLTH", "",
        "GreyLevelNonUniformity", "VFT7", "", "NormalisedGreyLevelNonUniformity", "7HP3", "",
        "ZoneDistanceNonUniformity", "V294", "", "NormalisedZoneDistanceNonUniformity", "IATH", "",
        "ZonePercentage", "VIWW", "", "GreyLevelVariance", "QK93", "", "ZoneDistanceVariance", "7WT1", "",
        "ZoneDistanceEntropy", "GBDU", "");

    public GldzmFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        ZoneMatrixBuilder zones = new ZoneMatrixBuilder(roi, true);
        TextureAggregation.sliceWise(zones.grid(), settings.dimensions(), new SizeZoneMatrixFeatures(Convention.IBSI), zones,
            FEATURES.emitter(sink));
    }
}
