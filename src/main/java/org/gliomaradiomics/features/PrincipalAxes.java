package org.gliomaradiomics.features;

import java.util.Arrays;
import org.gliomaradiomics.numerics.SmallSymmetricEigenvalues;

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
        // Exact integer moments of the centres, in voxels from the box's middle (small numbers, so that the
        // centred second moments below lose no precision to cancellation): n, sums (x, y, z), sums (xx, yy, zz),
        // sums (xy, xz, yz). Per row only x is summed; y and z enter once per row.
        long[] m = new long[10];
        int cx = roi.nx / 2, cy = roi.ny / 2, cz = roi.nz / 2;
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++, i += roi.nx) addRow(roi.morphMask, i, roi.nx, cx, y - cy, z - cz, m);
        long n = m[0];
        double[] out = new double[d];
        if (sample && n < 2) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[] step = {roi.sx, roi.sy, roi.sz};
        double divisor = sample ? n - 1 : n;
        double[] cov = new double[d * d];
        for (int r = 0; r < d; r++)
            for (int c = r; c < d; c++) {
                int a = axes[r], b = axes[c];
                double centred = m[secondMoment(a, b)] - (double) m[1 + a] * ((double) m[1 + b] / n);
                cov[c * d + r] = cov[r * d + c] = centred * step[a] * step[b] / divisor;
            }
        SmallSymmetricEigenvalues.of(cov, d, out, new double[d], new double[d * d]);
        Arrays.sort(out);
        for (int k = 0; k < d; k++) if (out[k] < 0 && out[k] > -1e-10) out[k] = 0;
        return out;
    }

    /** Index in the moments of the sum of a b (0 x, 1 y, 2 z). */
    private static int secondMoment(int a, int b) {
        if (a == b) return 4 + a;
        return a + b == 1 ? 7 : a + b == 2 ? 8 : 9;
    }

    /** Adds the mask voxels of one row (x relative to cx; the row at y, z) to the moments. */
    private static void addRow(boolean[] mask, int from, int nx, int cx, long y, long z, long[] m) {
        long count = 0, sx = 0, sxx = 0;
        for (int x = 0; x < nx; x++)
            if (mask[from + x]) {
                long u = x - cx;
                count++;
                sx += u;
                sxx += u * u;
            }
        if (count == 0) return;
        m[0] += count;
        m[1] += sx;
        m[2] += count * y;
        m[3] += count * z;
        m[4] += sxx;
        m[5] += count * y * y;
        m[6] += count * z * z;
        m[7] += sx * y;
        m[8] += sx * z;
        m[9] += count * y * z;
    }
}
