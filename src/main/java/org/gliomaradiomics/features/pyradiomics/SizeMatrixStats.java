package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.features.SizeZoneMatrixFeatures;

/**
 * GLRLM, GLSZM and GLDM values of a count matrix P(i, j) whose rows are the levels present in the ROI and whose
 * columns are run lengths, zone sizes or dependence sizes, by the formulas shared with IBSI
 * ({@link SizeZoneMatrixFeatures}) with PyRadiomics' ε in the entropy; and numpy.nanmean over directions.
 */
final class SizeMatrixStats {
    private SizeMatrixStats() {}

    /** The 16 values in {@link SizeZoneMatrixFeatures}' order; np is PyRadiomics' Np (the percentage's divisor). */
    static double[] of(double[] p, Discretization d, int[] lengths, double np) {
        int cols = lengths.length;
        double[] byLevel = new double[d.maxLevel * cols];
        for (int r = 0; r < d.present.length; r++) System.arraycopy(p, r * cols, byLevel, (d.present[r] - 1) * cols, cols);
        return java.util.Arrays.copyOf(SizeZoneMatrixFeatures.of(d.maxLevel, lengths, byLevel, np, FirstOrderFeatures.EPS), 16);
    }

    /** Puts the values under the given names (null name: not a feature of this class). */
    static void put(FeatureMap f, String[] names, double[] values) {
        for (int k = 0; k < names.length; k++) if (names[k] != null) f.put(names[k], values[k]);
    }

    /** Columns 1..n. */
    static int[] oneTo(int n) {
        int[] j = new int[n];
        for (int k = 0; k < n; k++) j[k] = k + 1;
        return j;
    }

    /** Mean over directions ignoring NaN (numpy.nanmean): NaN for a feature no direction has (an isolated voxel, as
     * a voxel-based kernel can be). */
    static double[] nanMean(double[][] perDirection, int k) {
        double[] out = new double[k];
        for (int f = 0; f < k; f++) {
            double s = 0;
            int n = 0;
            for (double[] d : perDirection) if (!Double.isNaN(d[f])) { s += d[f]; n++; }
            out[f] = n == 0 ? Double.NaN : s / n;
        }
        return out;
    }
}
