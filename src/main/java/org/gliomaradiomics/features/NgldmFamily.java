package org.gliomaradiomics.features;

import java.util.List;

/**
 * IBSI neighbouring grey level dependence matrix features (family {@code ngldm}, 17 features), for the
 * aggregations 2D:avg, 2.5D:mrg and 3D. Dependence of a voxel = 1 + number of ROI neighbours within Chebyshev
 * distance {@code texture.distance} whose grey level differs by at most {@code texture.ngldmAlpha}; every ROI voxel
 * counts (N_s = N_v). Formulas: {@link SizeZoneMatrixFeatures}, dependence count as "length".
 */
public final class NgldmFamily implements FeatureFamily {
    static final TextureFeatureList FEATURES = new TextureFeatureList("ngldm",
        "LowDependenceEmphasis", "SODN", "HighDependenceEmphasis", "IMOQ",
        "LowGreyLevelCountEmphasis", "TL9H", "HighGreyLevelCountEmphasis", "OAE7",
        "LowDependenceLowGreyLevelEmphasis", "EQ3F", "LowDependenceHighGreyLevelEmphasis", "JA6D",
        "HighDependenceLowGreyLevelEmphasis", "NBZI", "HighDependenceHighGreyLevelEmphasis", "9QMG",
        "GreyLevelNonUniformity", "FP8K", "NormalisedGreyLevelNonUniformity", "5SPA",
        "DependenceCountNonUniformity", "Z87G", "NormalisedDependenceCountNonUniformity", "OKJI",
        "DependenceCountPercentage", "6XV8", "GreyLevelVariance", "1PFV", "DependenceCountVariance", "DNX2",
        "DependenceCountEntropy", "FCBV", "DependenceCountEnergy", "CAS9");

    @Override
    public String name() {
        return "ngldm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return FEATURES.definitions();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int distance = settings.texture.distance, alpha = settings.texture.ngldmAlpha;
        if (distance < 1) throw new IllegalArgumentException("NGLDM distance must be at least 1, got " + distance);
        if (alpha < 0) throw new IllegalArgumentException("NGLDM coarseness alpha must be non-negative, got " + alpha);
        TextureGrid grid = TextureGrid.of(roi, distance, false);
        int[] inPlane = TextureDirections.chebyshevNeighbourhood(grid, distance, true);
        int[] volume = TextureDirections.chebyshevNeighbourhood(grid, distance, false);
        TextureAggregation.sliceWise(grid, settings.dimensions, new SizeZoneMatrixFeatures(),
            slice -> dependences(grid, slice < 0 ? volume : inPlane, alpha, slice), FEATURES.emitter(sink));
    }

    /** Dependence count matrix of the ROI voxels of one slice (or the volume). */
    static LengthMatrix dependences(TextureGrid grid, int[] neighbours, int alpha, int slice) {
        int[] grey = grid.grey, voxels = grid.roiVoxels;
        LengthMatrix m = LengthMatrix.dense(grid.ng, neighbours.length + 1);
        double[] counts = m.counts;
        int columns = m.lengths.length;
        int from = grid.from(slice), to = grid.to(slice);
        for (int k = from; k < to; k++) {
            int v = voxels[k];
            int g = grey[v];
            int dependence = 1;
            for (int offset : neighbours) {
                int h = grey[v + offset];
                if (h != 0 && Math.abs(h - g) <= alpha) dependence++;
            }
            counts[(g - 1) * columns + dependence - 1]++;
        }
        m.voxels = to - from;
        return m;
    }
}
