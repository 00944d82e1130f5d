package org.gliomaradiomics.features.pyradiomics;

import java.util.List;

/** PyRadiomics ngtdm: s_i = sum |i - mean level of the ROI neighbours|; voxels without ROI neighbour count in n_i. */
final class NgtdmFeatures {
    private NgtdmFeatures() {}

    static FeatureMap compute(Roi roi, Discretization d, PyRadiomicsSettings s) {
        int[][] offs = Offsets.of(s.distances(), false, s.force2D(), s.force2Ddimension(), roi);
        int nl = d.present.length;
        int[] li = TextureGeometry.levelIndex(d);
        double[] si = new double[nl], ni = new double[nl];
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
                    int k = li[d.levels[i]];
                    ni[k]++;
                    if (count > 0) si[k] += Math.abs(d.levels[i] - sum / count);
                }
        double nvp = 0, sumS = 0;
        for (int k = 0; k < nl; k++) { nvp += ni[k]; sumS += si[k]; }
        double[] pi = new double[nl], iv = TextureGeometry.presentValues(d);
        int ngp = 0;
        double sumPS = 0;
        for (int k = 0; k < nl; k++) {
            pi[k] = ni[k] / nvp;
            if (pi[k] > 0) ngp++;
            sumPS += pi[k] * si[k];
        }
        double contrastSum = 0, absDiff = 0, complexity = 0, strength = 0;
        for (int a = 0; a < nl; a++)
            for (int b = 0; b < nl; b++) {
                if (pi[a] == 0 || pi[b] == 0) continue;
                double diff = iv[a] - iv[b];
                contrastSum += pi[a] * pi[b] * diff * diff;
                absDiff += Math.abs(iv[a] * pi[a] - iv[b] * pi[b]);
                complexity += Math.abs(diff) * (pi[a] * si[a] + pi[b] * si[b]) / (pi[a] + pi[b]);
                strength += (pi[a] + pi[b]) * diff * diff;
            }
        FeatureMap f = new FeatureMap("ngtdm", List.of());
        f.put("Coarseness", sumPS == 0 ? 1e6 : 1 / sumPS);
        f.put("Contrast", ngp == 1 ? 0 : contrastSum * sumS / nvp / (ngp * (ngp - 1.0)));
        f.put("Busyness", absDiff == 0 ? 0 : sumPS / absDiff);
        f.put("Complexity", complexity / nvp);
        f.put("Strength", sumS == 0 ? 0 : strength / sumS);
        return f;
    }
}
