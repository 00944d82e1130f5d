package org.gliomaradiomics.features;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

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
     * Dependence counts of every ROI voxel, counted once for all slices and the volume. In-plane neighbours are
     * counted apart from the others, as the in-plane dependence (2D, 2.5D) is their count and the 3D dependence adds
     * the others: 13 tests per voxel for both instead of 8 + 26 ({@link #matches}).
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
            if (inPlane == null) inPlane = matches(grid, planeOffsets, alpha);
            boolean volume = slice < 0;
            if (volume && crossPlane == null) {
                Set<Integer> plane = new HashSet<>();
                for (int offset : planeOffsets) plane.add(offset);
                crossPlane = matches(grid, Arrays.stream(TextureDirections.chebyshevNeighbourhood(grid, distance, false))
                    .filter(offset -> !plane.contains(offset)).toArray(), alpha);
            }
            int side = 2 * distance + 1, neighbours = (volume ? side * side * side : side * side) - 1;
            return matrix(grid, neighbours, slice, inPlane, volume ? crossPlane : null);
        }
    }

    /** PyRadiomics' gldm: the dependence count matrix of the whole ROI over the given symmetric neighbour offsets. */
    static LengthMatrix dependences(TextureGrid grid, int[] symmetricNeighbours, double alpha) {
        return matrix(grid, symmetricNeighbours.length, -1, matches(grid, symmetricNeighbours, alpha), null);
    }

    /**
     * Matching neighbours of each ROI voxel among the given symmetric offsets: a neighbour matches when its grey
     * level differs by at most {@code alpha} (padding, level 0, never does). The relation is symmetric, so each pair
     * is tested once, from the voxel with the lower grid index (the positive offsets), and counted for both.
     */
    private static int[] matches(TextureGrid grid, int[] symmetricOffsets, double alpha) {
        int[] forward = Arrays.stream(symmetricOffsets).filter(o -> o > 0).toArray();
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

    /** Dependence count matrix of the ROI voxels of one slice (or the volume): 1 + their matches (+ {@code more}). */
    private static LengthMatrix matrix(TextureGrid grid, int neighbours, int slice, int[] matches, int[] more) {
        int[] voxels = grid.roiVoxels, grey = grid.grey;
        LengthMatrix m = LengthMatrix.dense(grid.ng, neighbours + 1);
        double[] counts = m.counts;
        int columns = m.lengths.length;
        int from = grid.from(slice), to = grid.to(slice);
        for (int k = from; k < to; k++) {
            int v = voxels[k];
            int dependence = 1 + matches[v] + (more == null ? 0 : more[v]);
            counts[(grey[v] - 1) * columns + dependence - 1]++;
        }
        m.voxels = to - from;
        return m;
    }
}
