package org.gliomaradiomics.features.pyradiomics;

import java.util.List;
import org.gliomaradiomics.features.NgtdmFamily;

/** PyRadiomics ngtdm: s_i = sum |i - mean level of the ROI neighbours|; voxels without ROI neighbour count in n_i
 * (IBSI leaves them out); the features by IBSI's formulas ({@link NgtdmFamily#values}). */
final class NgtdmFeatures {
    private NgtdmFeatures() {}

    static FeatureMap compute(Roi roi, Discretization d, PyRadiomicsSettings s) {
        int[][] offs = Offsets.of(s.distances(), false, s.force2D(), s.force2Ddimension(), roi);
        int ng = d.maxLevel;
        double[] ns = new double[2 * ng]; // IBSI's [n_1..n_Ng, s_1..s_Ng]
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++) {
                    if (!roi.mask[i]) continue;
                    double sum = 0;
                    int count = 0;
                    for (int[] o : offs) {
                        int j = TextureGeometry.neighbour(roi, x, y, z, o);
                        if (j >= 0 && roi.mask[j]) { sum += d.levels[j]; count++; }
                    }
                    int g = d.levels[i];
                    ns[g - 1]++;
                    if (count > 0) ns[ng + g - 1] += Math.abs(g - sum / count);
                }
        double[] v = NgtdmFamily.values(ns, ng);
        FeatureMap f = new FeatureMap("ngtdm", List.of());
        String[] names = {"Coarseness", "Contrast", "Busyness", "Complexity", "Strength"};
        for (int k = 0; k < names.length; k++) f.put(names[k], v[k]);
        return f;
    }
}
