package org.gliomaradiomics.features;

import java.util.Arrays;

/**
 * Variances of the morphological mask's voxel centres (mm) along their principal axes, the eigenvalues of their
 * covariance: IBSI morphology takes the sample covariance (N - 1, as NumPy's cov, which its reference values
 * follow), PyRadiomics' shape and shape2D the population covariance (N).
 */
public final class PrincipalAxes {
    private PrincipalAxes() {}

    /**
     * Ascending eigenvalues of the covariance of the voxel centres along {@code axes} (0 x, 1 y, 2 z, in matrix
     * order). Rounding below zero (down to -1e-10, PyRadiomics' bound) is set to 0; a sample covariance of fewer
     * than two voxels is NaN.
     */
    public static double[] variances(RoiData roi, int[] axes, boolean sample) {
        int d = axes.length;
        long n = 0, sx = 0, sy = 0, sz = 0;
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++)
                    if (roi.morphMask[i]) {
                        n++;
                        sx += x;
                        sy += y;
                        sz += z;
                    }
        double[] out = new double[d];
        if (sample && n < 2) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[] centre = {(double) sx / n, (double) sy / n, (double) sz / n}, step = {roi.sx, roi.sy, roi.sz};
        double[] deviation = new double[d], cov = new double[d * d];
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++) {
                    if (!roi.morphMask[i]) continue;
                    for (int r = 0; r < d; r++) {
                        int a = axes[r];
                        deviation[r] = ((a == 0 ? x : a == 1 ? y : z) - centre[a]) * step[a];
                    }
                    for (int r = 0; r < d; r++)
                        for (int c = r; c < d; c++) cov[r * d + c] += deviation[r] * deviation[c];
                }
        double divisor = sample ? n - 1 : n;
        for (int r = 0; r < d; r++)
            for (int c = r; c < d; c++) cov[c * d + r] = cov[r * d + c] /= divisor;
        SmallSymmetricEigenvalues.of(cov, d, out, new double[d], new double[d * d]);
        Arrays.sort(out);
        for (int k = 0; k < d; k++) if (out[k] < 0 && out[k] > -1e-10) out[k] = 0;
        return out;
    }
}
