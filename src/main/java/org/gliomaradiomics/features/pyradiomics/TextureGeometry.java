package org.gliomaradiomics.features.pyradiomics;

/** Small shared helpers for the texture classes: level lookup and neighbour bounds checks on a cropped ROI. */
final class TextureGeometry {
    private TextureGeometry() {}

    /** Index of each level in {@code present}, -1 for absent levels. */
    static int[] levelIndex(Discretization d) {
        int[] idx = new int[d.maxLevel + 1];
        java.util.Arrays.fill(idx, -1);
        for (int k = 0; k < d.present.length; k++) idx[d.present[k]] = k;
        return idx;
    }

    /** Flat index of (x + dx, y + dy, z + dz), or -1 outside the cropped array. */
    static int neighbour(Roi r, int x, int y, int z, int[] o) {
        int a = x + o[0], b = y + o[1], c = z + o[2];
        if (a < 0 || b < 0 || c < 0 || a >= r.nx || b >= r.ny || c >= r.nz) return -1;
        return a + r.nx * (b + r.ny * c);
    }

    /** Direction weight for merged matrices; {@code exponential} for GLCM, plain distance for GLRLM. */
    static double weight(PyRadiomicsSettings.WeightingNorm norm, int[] o, double[] spacing, boolean exponential) {
        double mx = 0, sum = 0, sq = 0;
        for (int a = 0; a < 3; a++) {
            double s = Math.abs(o[a]) * spacing[a];
            mx = Math.max(mx, s);
            sum += s;
            sq += s * s;
        }
        switch (norm) {
            case INFINITY: return exponential ? Math.exp(-mx * mx) : mx;
            case EUCLIDEAN: return exponential ? Math.exp(-sq) : Math.sqrt(sq);
            case MANHATTAN: return exponential ? Math.exp(-sum * sum) : sum;
            default: return 1;
        }
    }
}
