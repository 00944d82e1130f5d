package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.gliomaradiomics.image.DataType;
import org.junit.jupiter.api.Test;

/**
 * PyRadiomics' LBP3D worked from its definition: scipy sph_harm against closed forms, scipy kurtosis and numpy's
 * pairwise sums by hand, and whole maps on images whose samples are known exactly (constant integer image, linear
 * ramp, single bright voxel).
 */
class LocalBinaryPattern3DTest {
    private static final double SQRT_PI = Math.sqrt(Math.PI);

    /** Closed forms, scipy's order sph_harm(m, n, azimuth, polar), Condon–Shortley phase. */
    @Test
    void sphericalHarmonicsMatchClosedForms() {
        double az = 0.7, pol = 1.1;
        double c = Math.cos(pol), s = Math.sin(pol);
        assertComplex(1 / (2 * SQRT_PI), 0, LocalBinaryPattern3D.sphericalHarmonic(0, 0, az, pol));
        assertComplex(Math.sqrt(3 / (4 * Math.PI)) * c, 0, LocalBinaryPattern3D.sphericalHarmonic(0, 1, az, pol));
        double k11 = Math.sqrt(3 / (8 * Math.PI)) * s;
        assertComplex(-k11 * Math.cos(az), -k11 * Math.sin(az), LocalBinaryPattern3D.sphericalHarmonic(1, 1, az, pol));
        assertComplex(k11 * Math.cos(az), -k11 * Math.sin(az), LocalBinaryPattern3D.sphericalHarmonic(-1, 1, az, pol));
        assertComplex(Math.sqrt(5 / (16 * Math.PI)) * (3 * c * c - 1), 0, LocalBinaryPattern3D.sphericalHarmonic(0, 2, az, pol));
        double k22 = 0.25 * Math.sqrt(15 / (2 * Math.PI)) * s * s;
        assertComplex(k22 * Math.cos(2 * az), k22 * Math.sin(2 * az), LocalBinaryPattern3D.sphericalHarmonic(2, 2, az, pol));
        double k21 = 0.5 * Math.sqrt(15 / (2 * Math.PI)) * s * c;
        assertComplex(k21 * Math.cos(az), -k21 * Math.sin(az), LocalBinaryPattern3D.sphericalHarmonic(-1, 2, az, pol));
        assertComplex(0.25 * Math.sqrt(7 / Math.PI) * (5 * c * c * c - 3 * c), 0, LocalBinaryPattern3D.sphericalHarmonic(0, 3, az, pol));
        // the polar angle is the 4th argument: Y_1^0 ignores the azimuth and is sqrt(3/4π) at polar 0
        assertComplex(Math.sqrt(3 / (4 * Math.PI)), 0, LocalBinaryPattern3D.sphericalHarmonic(0, 1, 2.9, 0));
        // a negative polar angle (PyRadiomics passes atan2 there): P_1^1 = -sqrt(1 - x²) = -|sin|
        assertComplex(-Math.sqrt(3 / (8 * Math.PI)), 0, LocalBinaryPattern3D.sphericalHarmonic(1, 1, 0, -Math.PI / 2));
    }

    private static void assertComplex(double re, double im, double[] z) {
        assertEquals(re, z[0], 1e-14, "real part");
        assertEquals(im, z[1], 1e-14, "imaginary part");
    }

    /** scipy.stats.kurtosis([1, 2, 3, 4]) = 2.5625 / 1.25² - 3 = -1.36; constant samples give NaN. */
    @Test
    void kurtosisAsScipy() {
        assertEquals(-1.36, LocalBinaryPattern3D.kurtosis(new double[] {1, 2, 3, 4}, 4, false), 1e-15);
        assertEquals(-1.36, LocalBinaryPattern3D.kurtosis(new double[] {1, 2, 3, 4}, 4, true), 1e-6);
        assertTrue(Double.isNaN(LocalBinaryPattern3D.kurtosis(new double[] {5, 5, 5}, 3, false)));
        // two values: m4 / m2² = 1, Fisher -2
        assertEquals(-2, LocalBinaryPattern3D.kurtosis(new double[] {0, 10, 0, 10, 99}, 4, false), 1e-15);
    }

    /**
     * numpy sums 8 or more values with 8 running partial sums: [1e16, 1 ×7] gives ((1e16 + 1) + 2) + (2 + 2) = 1e16 + 6
     * (1e16 + 1 rounds to 1e16), where a running sum stays at 1e16; more than 128 values are split in two.
     */
    @Test
    void pairwiseSumAsNumpy() {
        double[] a = {1e16, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(1e16 + 6, NumpySum.pairwise(a, 8, DoubleUnaryOperator.identity(), 8));
        assertEquals(1e16, NumpySum.pairwise(a, 7, DoubleUnaryOperator.identity(), 8));
        // 130 values split 64 + 66: columns of the first block: 1e16 (its seven 1s each round away) and 8 × seven,
        // ((1e16 + 8) + 16) + 32 = 1e16 + 56; the second half sums to 66 exactly: 1e16 + 122
        double[] split = new double[130];
        Arrays.fill(split, 1);
        split[0] = 1e16;
        assertEquals(1e16 + 122, NumpySum.pairwise(split, 130, DoubleUnaryOperator.identity(), 8));
        double[] many = new double[300];
        Arrays.fill(many, 0.5);
        assertEquals(150, NumpySum.pairwise(many, 300, DoubleUnaryOperator.identity(), 8));
    }

    /** sqrt(3 + 4i) = 2 + i, sqrt(-3 + 4i) = 1 + 2i. */
    @Test
    void complexSquareRoot() {
        assertEquals(2, LocalBinaryPattern3D.sqrtRealPart(4, 0));
        assertEquals(0, LocalBinaryPattern3D.sqrtRealPart(-4, 0));
        assertEquals(2, LocalBinaryPattern3D.sqrtRealPart(3, 4), 1e-15);
        assertEquals(1, LocalBinaryPattern3D.sqrtRealPart(-3, 4), 1e-15);
    }

    /**
     * Constant int16 image: every sample rounds to the centre, all 42 bits are 1, so level 0 is
     * sqrt(42)·42·Y00² = 42^1.5 / 4π; the kurtosis of equal samples is NaN; level 1 follows the definition with
     * PyRadiomics' swapped angles (see {@link #levelOne}).
     */
    @Test
    void constantIntegerImage() {
        int[] dims = {9, 9, 9};
        double[] v = new double[729];
        Arrays.fill(v, 37);
        boolean[] roi = new boolean[729];
        roi[4 + 9 * (4 + 9 * 4)] = true;
        roi[0] = true; // a corner: samples outside the image are 0 < 37
        double[][] maps = LocalBinaryPattern3D.maps(v, dims, DataType.INT16, new int[3], dims, roi, 2, 1, 1);
        int centre = 4 + 9 * (4 + 9 * 4);
        assertEquals(Math.pow(42, 1.5) / (4 * Math.PI), maps[0][centre], 1e-12);
        boolean[] all = new boolean[42];
        Arrays.fill(all, true);
        assertEquals(levelOne(Icosphere.vertices(1, 1), 1, all), maps[1][centre], 1e-12);
        assertTrue(Double.isNaN(maps[2][centre]));
        assertEquals(0, maps[0][1]); // outside the ROI
        // corner (0,0,0): a vertex sample is inside the image only if all three coordinates are >= 0
        double[][] verts = Icosphere.vertices(1, 1);
        boolean[] bits = new boolean[42];
        int count = 0;
        for (int i = 0; i < 42; i++) {
            bits[i] = verts[i][0] >= 0 && verts[i][1] >= 0 && verts[i][2] >= 0;
            if (bits[i]) count++;
        }
        assertEquals(Math.sqrt(42) * count / (4 * Math.PI), maps[0][0], 1e-12);
        assertEquals(levelOne(verts, 1, bits), maps[1][0], 1e-12);
    }

    /**
     * Linear ramp a·x + b·y + c·z on a 64³ float64 image: the spline reproduces it away from the edges, so sample v
     * exceeds the centre by a·v[2] + b·v[1] + c·v[0] (vertex coordinate 0 runs along numpy axis 0 = z). The icosphere
     * is centrally symmetric, so exactly half the vertices (none on the plane) are set: level 0 = sqrt(Nv)·(Nv/2)/4π.
     * Its vertices are orbits of the icosahedral group, hence a spherical 5-design: E[p⁴] / E[p²]² = (1/5)/(1/3)² =
     * 9/5 for every direction, kurtosis 9/5 - 3 = -1.2.
     */
    @Test
    void linearRamp() {
        int n = 64;
        int[] dims = {n, n, n};
        double a = 0.9, b = -2.3, c = 1.7;
        double[] v = new double[n * n * n];
        for (int z = 0; z < n; z++) for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) v[x + n * (y + n * z)] = a * x + b * y + c * z + 5;
        int[] lo = {30, 31, 29}, size = {2, 2, 2};
        boolean[] roi = new boolean[8];
        Arrays.fill(roi, true);
        for (int sub = 0; sub <= 1; sub++) {
            double radius = 1.5;
            double[][] maps = LocalBinaryPattern3D.maps(v, dims, DataType.FLOAT64, lo, size, roi, 2, radius, sub);
            double[][] verts = Icosphere.vertices(sub, radius);
            int nv = verts.length;
            boolean[] bits = new boolean[nv];
            for (int i = 0; i < nv; i++) bits[i] = a * verts[i][2] + b * verts[i][1] + c * verts[i][0] >= 0;
            for (int i = 0; i < 8; i++) {
                assertEquals(Math.sqrt(nv) * (nv / 2) / (4 * Math.PI), maps[0][i], 1e-12);
                assertEquals(levelOne(verts, radius, bits), maps[1][i], 1e-10);
                assertEquals(-1.2, maps[2][i], 1e-9);
            }
        }
    }

    /** A single bright voxel in an int16 zero image: at it every sample is below the centre, so every level is 0. */
    @Test
    void singleBrightVoxel() {
        int[] dims = {11, 11, 11};
        double[] v = new double[1331];
        int p = 5 + 11 * (5 + 11 * 5);
        v[p] = 1000;
        boolean[] roi = new boolean[1331];
        roi[p] = true;
        double[][] maps = LocalBinaryPattern3D.maps(v, dims, DataType.INT16, new int[3], dims, roi, 3, 1, 1);
        assertEquals(0, maps[0][p]);
        assertEquals(0, maps[1][p]);
        assertEquals(0, maps[2][p]);
    }

    /**
     * Level 1 from the definition with closed-form harmonics: θ = acos(v_z/R) goes where scipy expects the azimuth
     * and φ = atan2(v_y, v_x) where it expects the polar angle, so Y_1^0 = sqrt(3/4π)·cos φ and
     * Y_1^{±1} = ∓sqrt(3/8π)·|sin φ|·e^{±iθ}; c_m = Σ_set Y_1^m(v); value sqrt(Σ_v (Σ_m c_m·Y_1^m(v))²).
     */
    static double levelOne(double[][] verts, double radius, boolean[] bits) {
        int nv = verts.length;
        double[][] re = new double[3][nv], im = new double[3][nv];
        for (int i = 0; i < nv; i++) {
            double theta = Math.acos(verts[i][2] / radius), phi = Math.atan2(verts[i][1], verts[i][0]);
            double k = Math.sqrt(3 / (8 * Math.PI)) * Math.abs(Math.sin(phi));
            re[0][i] = k * Math.cos(theta); // m = -1
            im[0][i] = -k * Math.sin(theta);
            re[1][i] = Math.sqrt(3 / (4 * Math.PI)) * Math.cos(phi);
            re[2][i] = -k * Math.cos(theta); // m = +1
            im[2][i] = -k * Math.sin(theta);
        }
        double[] cr = new double[3], ci = new double[3];
        for (int m = 0; m < 3; m++) for (int i = 0; i < nv; i++) if (bits[i]) { cr[m] += re[m][i]; ci[m] += im[m][i]; }
        double sum = 0;
        for (int i = 0; i < nv; i++) {
            double f = 0;
            for (int m = 0; m < 3; m++) f += cr[m] * re[m][i] - ci[m] * im[m][i];
            sum += f * f;
        }
        return Math.sqrt(sum);
    }

    /** scipy stores into integer outputs rounding half away from zero, clamped to the type; float32 is narrowed. */
    @Test
    void castsLikeScipyOutputArrays() {
        assertEquals(3, LocalBinaryPattern3D.castLikeScipy(2.5, DataType.INT16));
        assertEquals(-3, LocalBinaryPattern3D.castLikeScipy(-2.5, DataType.INT16));
        assertEquals(2, LocalBinaryPattern3D.castLikeScipy(2.4999, DataType.INT16));
        assertEquals(0, LocalBinaryPattern3D.castLikeScipy(-3.7, DataType.UINT8));
        assertEquals(255, LocalBinaryPattern3D.castLikeScipy(300.2, DataType.UINT8));
        assertEquals((double) (float) 0.1, LocalBinaryPattern3D.castLikeScipy(0.1, DataType.FLOAT32));
        assertEquals(0.1, LocalBinaryPattern3D.castLikeScipy(0.1, DataType.FLOAT64));
    }
}
