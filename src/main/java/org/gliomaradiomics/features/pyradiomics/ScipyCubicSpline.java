package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.CubicBSpline;

/**
 * scipy.ndimage's cubic spline as {@code map_coordinates(input, coords, order=3)} uses it with its default
 * {@code mode='constant'}, {@code cval=0}: the image is prefiltered into B-spline coefficients along numpy axes 0, 1, 2
 * (our z, y, x) with scipy's mirror initialisation (its boundary for 'constant'; the shared prefilter in SciPy's
 * rounding, {@link CubicBSpline.Convention#SCIPY}), then each sample sums 4×4×4
 * coefficients, indices beyond an edge mirrored (d c b | a b c d), in scipy's loop order; a sample whose coordinate
 * on any axis lies below 0 or above size - 1 is cval. The result is cast to the input type as scipy does (integers
 * rounded half away from zero, float32 narrowed). Written by hand after scipy's ni_splines.c and ni_interpolation.c,
 * operation for operation, because nothing on Maven Central provides scipy-compatible ndimage splines.
 */
final class ScipyCubicSpline {
    private final double[] coefficients;
    private final int nx, ny, nz;
    private final int[] len, stride;
    // scratch for at(): one instance samples from one thread
    private final double[] coordinate = new double[3];
    private final int[][] offsets = new int[3][4];
    private final double[][] w = new double[3][4];

    /** Prefilters the whole image (x fastest, {@code dims} = x, y, z), as scipy's spline_filter on the whole array. */
    ScipyCubicSpline(double[] image, int[] dims) {
        nx = dims[0];
        ny = dims[1];
        nz = dims[2];
        len = new int[] {nz, ny, nx};
        stride = new int[] {nx * ny, nx, 1};
        coefficients = CubicBSpline.coefficients(image, nx, ny, nz, CubicBSpline.Convention.SCIPY);
    }

    /** scipy's get_spline_interpolation_weights for order 3: the weights of coefficients floor(x) - 1 .. floor(x) + 2. */
    static void weights(double x, double[] w) {
        x -= Math.floor(x);
        double y = x, z = 1.0 - x;
        w[1] = (y * y * (y - 2.0) * 3.0 + 4.0) / 6.0;
        w[2] = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
        w[0] = z * z * z / 6.0;
        w[3] = 1.0;
        for (int i = 0; i < 3; ++i) w[3] -= w[i];
    }

    /**
     * The interpolated value at numpy coordinates (axis 0 = z, 1 = y, 2 = x) before the cast; 0 (cval) when a
     * coordinate is outside [0, size - 1].
     */
    double at(double cz, double cy, double cx) {
        double[] c = coordinate;
        c[0] = cz;
        c[1] = cy;
        c[2] = cx;
        int[][] idx = offsets;
        for (int a = 0; a < 3; a++) {
            double cc = c[a];
            if (cc < 0 || cc > len[a] - 1) return 0.0;
            long start = (long) Math.floor(cc) - 1;
            boolean edge = start < 0 || start + 3 >= len[a];
            for (int l = 0; l < 4; l++) idx[a][l] = (edge ? BorderExtension.MIRROR_SINGLE.index((int) (start + l), len[a]) : (int) (start + l)) * stride[a];
            weights(cc, w[a]);
        }
        double t = 0.0;
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                for (int k = 0; k < 4; k++) {
                    double coeff = coefficients[idx[0][i] + idx[1][j] + idx[2][k]];
                    coeff *= w[0][i];
                    coeff *= w[1][j];
                    coeff *= w[2][k];
                    t += coeff;
                }
        return t;
    }

    /** How scipy stores an interpolated value into an output array of the input's type. */
    static double castLikeScipy(double t, DataType type) {
        if (type.integer) return type.cast(t > 0 ? t + 0.5 : t - 0.5);
        return type.cast(t);
    }
}
