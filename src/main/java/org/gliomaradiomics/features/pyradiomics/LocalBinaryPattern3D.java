package org.gliomaradiomics.features.pyradiomics;

import java.util.function.DoubleUnaryOperator;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.numerics.CubicBSpline;
import org.gliomaradiomics.numerics.VoxelSampler;

/**
 * PyRadiomics' LBP3D image type ({@code imageoperations.getLBP3DImage}), reproduced operation for operation.
 * <ul>
 * <li>Neighbours: the {@link Icosphere} vertices (trimesh, {@code lbp3DIcosphereSubdivision}, radius
 *     {@code lbp3DIcosphereRadius} in voxels, spacing ignored) added to each ROI voxel's numpy index (z, y, x): vertex
 *     coordinate 0 moves along z, 2 along x. Samples by scipy's cubic spline ({@link CubicBSpline.Variant#SCIPY}:
 *     spline_filter over the whole image, map_coordinates order 3, mode constant: 0 outside [0, n - 1]), stored in
 *     the image's type as scipy stores them ({@link #castLikeScipy}).</li>
 * <li>Harmonics: with θ = arccos(v_z / R) and φ = atan2(v_y, v_x), PyRadiomics calls scipy's
 *     {@code sph_harm(m, n, θ, φ)}, whose third argument is the azimuth and fourth the polar angle, so
 *     Y = N·P_n^m(cos φ)·e^{imθ} (Condon–Shortley phase, N = sqrt((2n+1)/4π·(n-m)!/(n+m)!)), n = 0..levels-1.</li>
 * <li>Bits b_v = sample_v >= centre; c_nm = Σ_v b_v·Y_nm(v) (no conjugate); level n's value at a voxel is
 *     Re sqrt(Σ_v (Σ_m c_nm·Y_nm(v))²) in complex arithmetic: image {@code lbp-3D-m<n+1>}.</li>
 * <li>{@code lbp-3D-k}: scipy.stats.kurtosis of the raw samples (Fisher, biased: m4/m2² - 3; NaN when
 *     m2 <= (resolution·mean)², resolution 1e-15, or 1e-6 in float32), in float32 arithmetic for a float32 image.</li>
 * </ul>
 * Values are defined on ROI voxels only (PyRadiomics leaves the rest uninitialised; here 0). force2D changes nothing
 * (PyRadiomics only warns). Sums follow numpy's order (pairwise along a contiguous axis, sequential otherwise).
 * Written by hand after PyRadiomics, scipy and numpy (Python and C; nothing on Maven Central reproduces them).
 */
final class LocalBinaryPattern3D {
    private static final double FLOAT64_RESOLUTION = 1e-15;
    private static final double FLOAT32_RESOLUTION = (float) 1e-6;

    /** With one level PyRadiomics' harmonic table stays 1-D and its Y[None, :, :] raises an IndexError. */
    static final String LEVELS_MESSAGE = "lbp3DLevels must be >= 2 (PyRadiomics fails with an IndexError on 1), got ";
    private static final DoubleUnaryOperator IDENTITY = DoubleUnaryOperator.identity();

    private LocalBinaryPattern3D() {}

    /** numpy sums the vertex axis of (voxels, vertices, harmonics or levels) one by one (it is not the innermost). */
    private static double sumOverVertices(double[] a, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) sum += a[i];
        return sum;
    }

    /**
     * The {@code levels} LBP maps then the kurtosis map over the region {@code lo}, {@code size} (x, y, z) of the image
     * ({@code dims}), set on {@code regionRoi} voxels (region layout, x fastest) and 0 elsewhere.
     */
    static double[][] maps(double[] image, int[] dims, DataType type, int[] lo, int[] size, boolean[] regionRoi,
                           int levels, double radius, int subdivisions) {
        if (levels < 2) throw new IllegalArgumentException(LEVELS_MESSAGE + levels);
        double[][] vertices = Icosphere.vertices(subdivisions, radius);
        int nv = vertices.length;
        int harmonics = levels * levels; // (0,0), then n = 1.., m = -n..n
        double[][] yRe = new double[harmonics][nv], yIm = new double[harmonics][nv];
        int[] levelStart = new int[levels + 1];
        for (int v = 0; v < nv; v++) {
            double theta = Math.acos(vertices[v][2] / radius);
            double phi = Math.atan2(vertices[v][1], vertices[v][0]);
            int h = 0;
            for (int n = 0; n < levels; n++) {
                levelStart[n] = h;
                for (int m = -n; m <= n; m++, h++) {
                    double[] y = sphericalHarmonic(m, n, theta, phi);
                    yRe[h][v] = y[0];
                    yIm[h][v] = y[1];
                }
            }
            levelStart[levels] = h;
        }
        // scipy's spline_filter over the whole image, then map_coordinates(order=3, mode='constant', cval=0)
        VoxelSampler spline = new VoxelSampler(CubicBSpline.coefficients(image, dims[0], dims[1], dims[2], CubicBSpline.Variant.SCIPY),
            dims[0], dims[1], dims[2], CubicBSpline.Variant.SCIPY);
        boolean single = type == DataType.FLOAT32;
        double[][] out = new double[levels + 1][regionRoi.length];
        double[] samples = new double[nv];
        double[] cRe = new double[harmonics], cIm = new double[harmonics];
        double[] termRe = new double[harmonics], termIm = new double[harmonics];
        double[] vertexRe = new double[nv], vertexIm = new double[nv];
        int nx = dims[0], ny = dims[1];
        for (int z = 0, i = 0; z < size[2]; z++)
            for (int y = 0; y < size[1]; y++)
                for (int x = 0; x < size[0]; x++, i++) {
                    if (!regionRoi[i]) continue;
                    int gx = lo[0] + x, gy = lo[1] + y, gz = lo[2] + z;
                    for (int v = 0; v < nv; v++)
                        samples[v] = castLikeScipy(spline.bspline(gx + vertices[v][2], gy + vertices[v][1], gz + vertices[v][0], 0.0), type);
                    out[levels][i] = kurtosis(samples, nv, single);
                    double centre = image[gx + nx * (gy + ny * gz)];
                    for (int h = 0; h < harmonics; h++) {
                        for (int v = 0; v < nv; v++) {
                            boolean bit = samples[v] >= centre;
                            vertexRe[v] = bit ? yRe[h][v] : 0;
                            vertexIm[v] = bit ? yIm[h][v] : 0;
                        }
                        cRe[h] = sumOverVertices(vertexRe, nv);
                        cIm[h] = sumOverVertices(vertexIm, nv);
                    }
                    for (int n = 0; n < levels; n++) {
                        int from = levelStart[n], count = levelStart[n + 1] - from;
                        for (int v = 0; v < nv; v++) {
                            for (int h = 0; h < count; h++) {
                                double ar = cRe[from + h], ai = cIm[from + h], br = yRe[from + h][v], bi = yIm[from + h][v];
                                termRe[h] = ar * br - ai * bi;
                                termIm[h] = ar * bi + ai * br;
                            }
                            double fr = NumpySum.pairwise(termRe, count, IDENTITY, 4);
                            double fi = NumpySum.pairwise(termIm, count, IDENTITY, 4);
                            vertexRe[v] = fr * fr - fi * fi;
                            vertexIm[v] = fr * fi + fi * fr;
                        }
                        out[n][i] = sqrtRealPart(sumOverVertices(vertexRe, nv), sumOverVertices(vertexIm, nv));
                    }
                }
        return out;
    }

    /**
     * scipy.special.sph_harm(m, n, azimuth, polar) as {re, im}: sqrt((2n+1)/(4π)·(n-m)!/(n+m)!)·P_n^m(cos polar)·
     * e^{i·m·azimuth}, P with the Condon–Shortley phase and P_n^{-m} = (-1)^m (n-m)!/(n+m)! P_n^m.
     */
    static double[] sphericalHarmonic(int m, int n, double azimuth, double polar) {
        if (n < 0 || Math.abs(m) > n) throw new IllegalArgumentException("spherical harmonic needs |m| <= n, n >= 0: m=" + m + ", n=" + n);
        int mp = Math.abs(m);
        double val = legendre(mp, n, Math.cos(polar));
        if (m < 0) val *= ((mp & 1) == 0 ? 1 : -1) * factorialRatio(n - mp, n + mp);
        val *= Math.sqrt((2 * n + 1) / 4.0 / Math.PI);
        val *= Math.sqrt(factorialRatio(n - m, n + m));
        return new double[] {val * Math.cos(m * azimuth), val * Math.sin(m * azimuth)};
    }

    /** a! / b! */
    private static double factorialRatio(int a, int b) {
        double r = 1;
        for (int k = a + 1; k <= b; k++) r /= k;
        for (int k = b + 1; k <= a; k++) r *= k;
        return r;
    }

    /** Associated Legendre function P_n^m(x), m >= 0, with the Condon–Shortley phase (as scipy's lpmv). */
    static double legendre(int m, int n, double x) {
        double pmm = 1;
        double s = Math.sqrt((1 - x) * (1 + x));
        for (int k = 1; k <= m; k++) pmm *= -(2 * k - 1) * s;
        if (n == m) return pmm;
        double pm1 = x * (2 * m + 1) * pmm;
        if (n == m + 1) return pm1;
        double p = 0;
        for (int l = m + 2; l <= n; l++) {
            p = ((2 * l - 1) * x * pm1 - (l + m - 1) * pmm) / (l - m);
            pmm = pm1;
            pm1 = p;
        }
        return p;
    }

    /** Real part of the principal complex square root, as C's csqrt computes it. */
    static double sqrtRealPart(double re, double im) {
        if (im == 0) return re >= 0 ? Math.sqrt(re) : 0;
        double d = Math.hypot(re, im);
        if (re > 0) return Math.sqrt(0.5 * (d + re));
        double s = Math.sqrt(0.5 * (d - re));
        return Math.abs(0.5 * (im / s));
    }

    /** How scipy stores an interpolated value into an output array of the input's type: integers rounded half away
     * from zero (then clamped to the type), float32 narrowed. */
    static double castLikeScipy(double t, DataType type) {
        if (type.integer) return type.cast(t > 0 ? t + 0.5 : t - 0.5);
        return type.cast(t);
    }

    /**
     * scipy.stats.kurtosis(samples[0..n)) with fisher=True, bias=True: m4 / m2² - 3 from numpy means, or NaN when
     * m2 <= (resolution·mean)²; every operation rounded to float32 when {@code single}.
     */
    static double kurtosis(double[] samples, int n, boolean single) {
        DoubleUnaryOperator r = single ? v -> (float) v : IDENTITY;
        double mean = r.applyAsDouble(NumpySum.pairwise(samples, n, r, 8) / n);
        // scipy's _moment: d = x - mean, d² then (d²)², each rounded to the array's type
        double m2 = r.applyAsDouble(NumpySum.pairwise(i -> {
            double d = r.applyAsDouble(samples[i] - mean);
            return r.applyAsDouble(d * d);
        }, n, r, 8) / n);
        double m4 = r.applyAsDouble(NumpySum.pairwise(i -> {
            double d = r.applyAsDouble(samples[i] - mean);
            double d2 = r.applyAsDouble(d * d);
            return r.applyAsDouble(d2 * d2);
        }, n, r, 8) / n);
        double threshold = r.applyAsDouble((single ? FLOAT32_RESOLUTION : FLOAT64_RESOLUTION) * mean);
        if (m2 <= r.applyAsDouble(threshold * threshold)) return Double.NaN;
        return r.applyAsDouble(r.applyAsDouble(m4 / r.applyAsDouble(m2 * m2)) - 3);
    }
}
