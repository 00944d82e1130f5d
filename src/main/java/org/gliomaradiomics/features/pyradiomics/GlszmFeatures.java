package org.gliomaradiomics.features.pyradiomics;

import java.util.List;

/** PyRadiomics glszm: zones of equal level connected through the 26 (force2D: 8) neighbour offsets. */
final class GlszmFeatures {
    private GlszmFeatures() {}

    /** In {@link SizeZoneMatrixFeatures}' order. */
    private static final String[] NAMES = {
        "SmallAreaEmphasis", "LargeAreaEmphasis", "LowGrayLevelZoneEmphasis", "HighGrayLevelZoneEmphasis",
        "SmallAreaLowGrayLevelEmphasis", "SmallAreaHighGrayLevelEmphasis", "LargeAreaLowGrayLevelEmphasis",
        "LargeAreaHighGrayLevelEmphasis", "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized",
        "SizeZoneNonUniformity", "SizeZoneNonUniformityNormalized", "ZonePercentage", "GrayLevelVariance",
        "ZoneVariance", "ZoneEntropy"};

    static FeatureMap compute(Roi roi, Discretization d, PyRadiomicsSettings s) {
        int[][] offs = Offsets.of(new int[] {1}, false, s.force2D(), s.force2Ddimension(), roi);
        int nl = d.present.length;
        int[] li = TextureGeometry.levelIndex(d);
        boolean[] done = new boolean[roi.mask.length];
        int[] stack = new int[roi.count];
        int[] zoneLevel = new int[roi.count], zoneSize = new int[roi.count];
        int zones = 0, maxSize = 0;
        int plane = roi.nx * roi.ny;
        for (int start = 0; start < roi.mask.length; start++) {
            if (!roi.mask[start] || done[start]) continue;
            int level = d.levels[start], top = 0, size = 0;
            stack[top++] = start;
            done[start] = true;
            while (top > 0) {
                int v = stack[--top];
                size++;
                int z = v / plane, y = (v % plane) / roi.nx, x = v % roi.nx;
                for (int[] o : offs) {
                    int nb = TextureGeometry.neighbour(roi, x, y, z, o);
                    if (nb >= 0 && !done[nb] && roi.mask[nb] && d.levels[nb] == level) {
                        done[nb] = true;
                        stack[top++] = nb;
                    }
                }
            }
            zoneLevel[zones] = level;
            zoneSize[zones++] = size;
            maxSize = Math.max(maxSize, size);
        }
        // columns: the distinct zone sizes present
        int[] column = new int[maxSize + 1];
        java.util.Arrays.fill(column, -1);
        for (int z = 0; z < zones; z++) column[zoneSize[z]] = 0;
        int cols = 0;
        for (int sz = 1; sz <= maxSize; sz++) if (column[sz] == 0) column[sz] = cols++;
        int[] jv = new int[cols];
        for (int sz = 1; sz <= maxSize; sz++) if (column[sz] >= 0) jv[column[sz]] = sz;
        double[] p = new double[nl * cols];
        for (int z = 0; z < zones; z++) p[li[zoneLevel[z]] * cols + column[zoneSize[z]]]++;
        FeatureMap f = new FeatureMap("glszm", List.of());
        SizeMatrixStats.put(f, NAMES, SizeMatrixStats.of(p, d, jv, roi.count));
        return f;
    }
}
