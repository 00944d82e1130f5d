package org.gliomaradiomics.features.pyradiomics;

import java.util.List;

/** PyRadiomics gldm: dependence size = 1 + number of ROI neighbours whose level differs by at most gldm_a. */
final class GldmFeatures {
    private GldmFeatures() {}

    /** In {@link SizeZoneMatrixFeatures}' order. */
    private static final String[] NAMES = {
        "SmallDependenceEmphasis", "LargeDependenceEmphasis", "LowGrayLevelEmphasis", "HighGrayLevelEmphasis",
        "SmallDependenceLowGrayLevelEmphasis", "SmallDependenceHighGrayLevelEmphasis",
        "LargeDependenceLowGrayLevelEmphasis", "LargeDependenceHighGrayLevelEmphasis", "GrayLevelNonUniformity",
        "GrayLevelNonUniformityNormalized", "DependenceNonUniformity", "DependenceNonUniformityNormalized",
        "DependencePercentage", "GrayLevelVariance", "DependenceVariance", "DependenceEntropy"};

    static FeatureMap compute(Roi roi, Discretization d, PyRadiomicsSettings s) {
        int[][] offs = Offsets.of(s.distances(), false, s.force2D(), s.force2Ddimension(), roi);
        int nl = d.present.length, cols = offs.length + 1;
        int[] li = TextureGeometry.levelIndex(d);
        double[] p = new double[nl * cols];
        double alpha = s.gldmA();
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++) {
                    if (!roi.mask[i]) continue;
                    int dep = 0;
                    for (int[] o : offs) {
                        int j = TextureGeometry.neighbour(roi, x, y, z, o);
                        if (j >= 0 && roi.mask[j] && Math.abs(d.levels[j] - d.levels[i]) <= alpha) dep++;
                    }
                    p[li[d.levels[i]] * cols + dep]++;
                }
        FeatureMap f = new FeatureMap("gldm", List.of("DependencePercentage", "GrayLevelNonUniformityNormalized"));
        SizeMatrixStats.put(f, NAMES, SizeMatrixStats.of(p, d, SizeMatrixStats.oneTo(cols), roi.count));
        return f;
    }
}
