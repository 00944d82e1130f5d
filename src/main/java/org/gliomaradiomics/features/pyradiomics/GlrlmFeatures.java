package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.List;

/** PyRadiomics glrlm: run lengths along each of the 13 (or 4 in force2D) directions at distance 1; features per
 * direction averaged over the non-empty directions, or one merged matrix with weightingNorm. */
final class GlrlmFeatures {
    private GlrlmFeatures() {}

    /** In {@link SizeZoneMatrixFeatures}' order. */
    private static final String[] NAMES = {
        "ShortRunEmphasis", "LongRunEmphasis", "LowGrayLevelRunEmphasis", "HighGrayLevelRunEmphasis",
        "ShortRunLowGrayLevelEmphasis", "ShortRunHighGrayLevelEmphasis", "LongRunLowGrayLevelEmphasis",
        "LongRunHighGrayLevelEmphasis", "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized",
        "RunLengthNonUniformity", "RunLengthNonUniformityNormalized", "RunPercentage", "GrayLevelVariance",
        "RunVariance", "RunEntropy"};

    static FeatureMap compute(Roi roi, Discretization d, PyRadiomicsSettings s) {
        int[][] offs = Offsets.of(new int[] {1}, true, s.force2D(), s.force2Ddimension(), roi);
        int nl = d.present.length;
        int maxRun = Math.max(roi.nx, Math.max(roi.ny, roi.nz));
        int[] li = TextureGeometry.levelIndex(d);
        List<double[]> mats = new ArrayList<>();
        for (int[] o : offs) {
            double[] p = new double[nl * maxRun];
            int[] back = {-o[0], -o[1], -o[2]};
            boolean multiElement = false;
            for (int z = 0, i = 0; z < roi.nz; z++)
                for (int y = 0; y < roi.ny; y++)
                    for (int x = 0; x < roi.nx; x++, i++) {
                        if (!roi.mask[i]) continue;
                        int level = d.levels[i];
                        int prev = TextureGeometry.neighbour(roi, x, y, z, back);
                        if (prev >= 0 && roi.mask[prev] && d.levels[prev] == level) continue; // not a run start
                        int run = 1, cx = x, cy = y, cz = z;
                        while (true) {
                            int nxt = TextureGeometry.neighbour(roi, cx, cy, cz, o);
                            if (nxt < 0 || !roi.mask[nxt] || d.levels[nxt] != level) break;
                            run++;
                            cx += o[0];
                            cy += o[1];
                            cz += o[2];
                        }
                        p[li[level] * maxRun + run - 1]++;
                        multiElement |= run > 1;
                    }
            // PyRadiomics zeroes a direction along which no line holds two ROI voxels (a 2D ROI for that angle)
            if (!multiElement && !anyLineWithTwo(roi, o)) java.util.Arrays.fill(p, 0);
            mats.add(p);
        }
        if (s.weightingNorm() != null) {
            double[] merged = new double[nl * maxRun];
            for (int k = 0; k < offs.length; k++) {
                double w = TextureGeometry.weight(s.weightingNorm(), offs[k], roi.spacing, false);
                double[] p = mats.get(k);
                for (int q = 0; q < merged.length; q++) merged[q] += p[q] * w;
            }
            mats = List.of(merged);
        }
        int[] jv = SizeMatrixStats.oneTo(maxRun);
        List<double[]> per = new ArrayList<>();
        for (double[] p : mats) {
            double n = 0, np = 0;
            for (int r = 0; r < nl; r++) for (int c = 0; c < maxRun; c++) { n += p[r * maxRun + c]; np += p[r * maxRun + c] * jv[c]; }
            if (n == 0 && mats.size() > 1) continue;
            per.add(SizeMatrixStats.of(p, d, jv, np));
        }
        FeatureMap f = new FeatureMap("glrlm", List.of());
        SizeMatrixStats.put(f, NAMES, SizeMatrixStats.nanMean(per.toArray(new double[0][]), NAMES.length));
        return f;
    }

    /** True when some ROI voxel has another ROI voxel further along direction o (same line, any gap). */
    private static boolean anyLineWithTwo(Roi roi, int[] o) {
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++) {
                    if (!roi.mask[i]) continue;
                    int cx = x, cy = y, cz = z;
                    for (int j = TextureGeometry.neighbour(roi, cx, cy, cz, o); j >= 0; j = TextureGeometry.neighbour(roi, cx, cy, cz, o)) {
                        if (roi.mask[j]) return true;
                        cx += o[0];
                        cy += o[1];
                        cz += o[2];
                    }
                }
        return false;
    }
}
