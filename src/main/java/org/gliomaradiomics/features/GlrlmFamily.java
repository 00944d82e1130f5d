package org.gliomaradiomics.features;

/**
 * IBSI grey level run length matrix features (family {@code glrlm}, 16 features), for the aggregations 2D:avg,
 * 2D:mrg, 2.5D:avg, 2.5D:mrg, 3D:avg and 3D:mrg. Each run is found once, from its first voxel; the feature
 * formulas are shared with GLSZM, GLDZM and NGLDM in {@link SizeZoneMatrixFeatures}.
 */
public final class GlrlmFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("glrlm", "glrlm",
        "ShortRunsEmphasis", "22OV", "ShortRunEmphasis", "LongRunsEmphasis", "W4KF", "LongRunEmphasis",
        "LowGreyLevelRunEmphasis", "V3SW", "LowGrayLevelRunEmphasis", "HighGreyLevelRunEmphasis", "G3QZ", "HighGrayLevelRunEmphasis",
        "ShortRunLowGreyLevelEmphasis", "HTZT", "ShortRunLowGrayLevelEmphasis",
        "ShortRunHighGreyLevelEmphasis", "GD3A", "ShortRunHighGrayLevelEmphasis",
        "LongRunLowGreyLevelEmphasis", "IVPO", "LongRunLowGrayLevelEmphasis",
        "LongRunHighGreyLevelEmphasis", "3KUM", "LongRunHighGrayLevelEmphasis",
        "GreyLevelNonUniformity", "R5YN", "GrayLevelNonUniformity",
        "NormalisedGreyLevelNonUniformity", "OVBL", "GrayLevelNonUniformityNormalized",
        "RunLengthNonUniformity", "W92Y", "RunLengthNonUniformity",
        "NormalisedRunLengthNonUniformity", "IC23", "RunLengthNonUniformityNormalized",
        "RunPercentage", "9ZK5", "RunPercentage", "GreyLevelVariance", "8CE5", "GrayLevelVariance",
        "RunLengthVariance", "SXLW", "RunVariance", "RunEntropy", "HJ9O", "RunEntropy");

    public GlrlmFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        TextureGrid grid = TextureGrid.of(roi, 1, false);
        int longest = Math.max(grid.nx, Math.max(grid.ny, grid.nz)) - 2 * grid.pad;
        TextureAggregation.directional(grid, settings.dimensions(), new SizeZoneMatrixFeatures(Convention.IBSI),
            (direction, slice) -> runs(grid, TextureDirections.offset(grid, direction, 1), slice, longest),
            FEATURES.emitter(sink));
    }

    /** Run length matrix of the ROI voxels of one slice (or the volume) along the direction with this offset. */
    static LengthMatrix runs(TextureGrid grid, int offset, int slice, int longest) {
        int[] grey = grid.grey, voxels = grid.roiVoxels;
        LengthMatrix m = LengthMatrix.dense(grid.ng, longest);
        double[] counts = m.counts;
        int columns = m.lengths.length;
        int from = grid.from(slice), to = grid.to(slice);
        for (int k = from; k < to; k++) {
            int v = voxels[k];
            int g = grey[v];
            if (grey[v - offset] == g) continue; // not the first voxel of its run
            int length = 1;
            for (int w = v + offset; grey[w] == g; w += offset) length++;
            counts[(g - 1) * columns + length - 1]++;
        }
        m.voxels = to - from;
        return m;
    }
}
