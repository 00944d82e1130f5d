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
        TextureAggregation.sliceWise(grid, settings.dimensions(), new SizeZoneMatrixFeatures(Convention.IBSI),
            new DependenceCounts(grid, distance, alpha), FEATURES.emitter(sink));
    }

    /**
     * Dependence counts of every ROI voxel, counted once for all slices and the volume. The neighbour relation is
     * symmetric, so each pair of neighbours is tested once, from the voxel with the lower grid index (the offsets
     * with a positive linear offset), and counted for both. In-plane neighbours are counted apart from the others,
     * as the in-plane dependence (2D, 2.5D) is their count and the 3D dependence adds the others: 13 tests per voxel
     * for both instead of 8 + 26. The matrices hold the same integer counts as {@link #dependences}.
     */
    private static final class DependenceCounts implements TextureAggregation.SliceBuilder<LengthMatrix> {
        private final TextureGrid grid;
        private final int distance, alpha;
        private final int[] planeOffsets;
        /** Matching neighbours of each grid voxel: in its plane, and in the other planes (null until needed). */
        private int[] inPlane, crossPlane;

        DependenceCounts(TextureGrid grid, int distance, int alpha) {
            this.grid = grid;
            this.distance = distance;
            this.alpha = alpha;
            planeOffsets = TextureDirections.chebyshevNeighbourhood(grid, distance, true);
        }

        @Override
        public LengthMatrix build(int slice) {
            if (inPlane == null) inPlane = count(planeOffsets);
            boolean volume = slice < 0;
            if (volume && crossPlane == null) {
                java.util.Set<Integer> plane = new java.util.HashSet<>();
                for (int offset : planeOffsets) plane.add(offset);
                crossPlane = count(java.util.Arrays.stream(TextureDirections.chebyshevNeighbourhood(grid, distance, false))
                    .filter(offset -> !plane.contains(offset)).toArray());
            }
            int[] voxels = grid.roiVoxels, grey = grid.grey;
            int side = 2 * distance + 1, neighbours = (volume ? side * side * side : side * side) - 1;
            LengthMatrix m = LengthMatrix.dense(grid.ng, neighbours + 1);
            double[] counts = m.counts;
            int columns = m.lengths.length;
            int from = grid.from(slice), to = grid.to(slice);
            for (int k = from; k < to; k++) {
                int v = voxels[k];
                int dependence = 1 + inPlane[v] + (volume ? crossPlane[v] : 0);
                counts[(grey[v] - 1) * columns + dependence - 1]++;
            }
            m.voxels = to - from;
            return m;
        }

        /** Matching neighbours of each ROI voxel among the given symmetric offsets (each pair tested once). */
        private int[] count(int[] symmetricOffsets) {
            int[] forward = java.util.Arrays.stream(symmetricOffsets).filter(o -> o > 0).toArray();
            int[] grey = grid.grey;
            int[] matches = new int[grey.length];
            for (int v : grid.roiVoxels) {
                int g = grey[v];
                for (int offset : forward) {
                    int w = v + offset, h = grey[w];
                    if (alpha == 0 ? h == g : h != 0 && Math.abs(h - g) <= alpha) {
                        matches[v]++;
                        matches[w]++;
                    }
                }
            }
            return matches;
        }
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
