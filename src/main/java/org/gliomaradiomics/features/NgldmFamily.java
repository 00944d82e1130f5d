package org.gliomaradiomics.features;

/**
 * IBSI neighbouring grey level dependence matrix features (family {@code ngldm}, 17 features), for the
 * aggregations 2D:avg, 2.5D:mrg and 3D. Dependence of a voxel = 1 + number of ROI neighbours within Chebyshev
 * distance {@code texture.distance} whose grey level differs by at most {@code texture.ngldmAlpha}; every ROI voxel
 * counts (N_s = N_v). Formulas: {@link SizeZoneMatrixFeatures}, dependence count as "length".
 */
public final class NgldmFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("ngldm", "gldm",
        "LowDependenceEmphasis", "SODN", "SmallDependenceEmphasis", "HighDependenceEmphasis", "IMOQ", "LargeDependenceEmphasis",
        "LowGreyLevelCountEmphasis", "TL9H", "LowGrayLevelEmphasis", "HighGreyLevelCountEmphasis", "OAE7", "HighGrayLevelEmphasis",
        "LowDependenceLowGreyLevelEmphasis", "EQ3F", "SmallDependenceLowGrayLevelEmphasis",
        "LowDependenceHighGreyLevelEmphasis", "JA6D", "SmallDependenceHighGrayLevelEmphasis",
        "HighDependenceLowGreyLevelEmphasis", "NBZI", "LargeDependenceLowGrayLevelEmphasis",
        "HighDependenceHighGreyLevelEmphasis", "9QMG", "LargeDependenceHighGrayLevelEmphasis",
        "GreyLevelNonUniformity", "FP8K", "GrayLevelNonUniformity",
        "NormalisedGreyLevelNonUniformity", "5SPA", "GrayLevelNonUniformityNormalized",
        "DependenceCountNonUniformity", "Z87G", "DependenceNonUniformity",
        "NormalisedDependenceCountNonUniformity", "OKJI", "DependenceNonUniformityNormalized",
        "DependenceCountPercentage", "6XV8", "DependencePercentage", "GreyLevelVariance", "1PFV", "GrayLevelVariance",
        "DependenceCountVariance", "DNX2", "DependenceVariance", "DependenceCountEntropy", "FCBV", "DependenceEntropy",
        "DependenceCountEnergy", "CAS9", "");

    public NgldmFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int distance = settings.texture().distance(), alpha = settings.texture().ngldmAlpha();
        if (distance < 1) throw new IllegalArgumentException("NGLDM distance must be at least 1, got " + distance);
        if (alpha < 0) throw new IllegalArgumentException("NGLDM coarseness alpha must be non-negative, got " + alpha);
        TextureGrid grid = TextureGrid.of(roi, distance, false);
        int[] inPlane = TextureDirections.chebyshevNeighbourhood(grid, distance, true);
        int[] volume = TextureDirections.chebyshevNeighbourhood(grid, distance, false);
        TextureAggregation.sliceWise(grid, settings.dimensions(), new SizeZoneMatrixFeatures(Convention.IBSI),
            slice -> dependences(grid, slice < 0 ? volume : inPlane, alpha, slice), FEATURES.emitter(sink));
    }

    /** Dependence count matrix of the ROI voxels of one slice (or the volume). */
    static LengthMatrix dependences(TextureGrid grid, int[] neighbours, double alpha, int slice) {
        int[] grey = grid.grey, voxels = grid.roiVoxels;
        LengthMatrix m = LengthMatrix.dense(grid.ng, neighbours.length + 1);
        double[] counts = m.counts;
        int columns = m.lengths.length;
        int from = grid.from(slice), to = grid.to(slice);
        for (int k = from; k < to; k++) {
            int v = voxels[k];
            int g = grey[v];
            int dependence = 1;
            if (alpha == 0) { // the usual case: equal grey levels (g >= 1, so padding never matches)
                for (int offset : neighbours) if (grey[v + offset] == g) dependence++;
            } else {
                for (int offset : neighbours) {
                    int h = grey[v + offset];
                    if (h != 0 && Math.abs(h - g) <= alpha) dependence++;
                }
            }
            counts[(g - 1) * columns + dependence - 1]++;
        }
        m.voxels = to - from;
        return m;
    }
}
