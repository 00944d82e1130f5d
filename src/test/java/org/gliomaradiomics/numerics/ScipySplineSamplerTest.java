package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SciPy variant: scipy.ndimage's order-3 spline (map_coordinates, mode 'constant') against hand calculations. */
class ScipySplineSamplerTest {
    /** scipy's map_coordinates at numpy coordinates (z, y, x) on an image of {@code dims} = x, y, z. */
    private static final class Spline {
        final VoxelSampler s;

        Spline(double[] image, int[] dims) {
            s = new VoxelSampler(CubicBSpline.coefficients(image, dims[0], dims[1], dims[2], CubicBSpline.Variant.SCIPY),
                dims[0], dims[1], dims[2], CubicBSpline.Variant.SCIPY);
        }

        double at(double z, double y, double x) {
            return s.bspline(x, y, z, 0.0);
        }
    }

    /** B3 weights at offset 0 are 1/6, 4/6, 1/6, 0; at 0.5 they are 1/48, 23/48, 23/48, 1/48. */
    @Test
    void weightsAreTheCubicBSpline() {
        double[] w = new double[4];
        CubicBSpline.weights(0.0, w, 0, CubicBSpline.Variant.SCIPY);
        assertArrayEquals(new double[] {1 / 6.0, 4 / 6.0, 1 / 6.0, 0}, w, 1e-15);
        CubicBSpline.weights(0.5, w, 0, CubicBSpline.Variant.SCIPY);
        assertArrayEquals(new double[] {1 / 48.0, 23 / 48.0, 23 / 48.0, 1 / 48.0}, w, 1e-15);
    }

    /**
     * Line [0, 6, 0] along x: at x = 0.5 the coefficients at -1..2 are c[1], c[0], c[1], c[2] = 12, -6, 12, -6 with
     * weights 1, 23, 23, 1 (/48): (12 - 138 + 276 - 6) / 48 = 3. Knots return the data; mode 'constant' gives 0 as soon
     * as a coordinate leaves [0, n - 1], even by a hair, and y, z of length 1 accept only 0.
     */
    @Test
    void interpolatesInsideAndGivesCvalOutside() {
        Spline s = new Spline(new double[] {0, 6, 0}, new int[] {3, 1, 1});
        assertEquals(3, s.at(0, 0, 0.5), 1e-13);
        assertEquals(3, s.at(0, 0, 1.5), 1e-13);
        assertEquals(6, s.at(0, 0, 1), 1e-13);
        assertEquals(0, s.at(0, 0, 2), 1e-13);
        assertEquals(0.0, s.at(0, 0, -1e-9));
        assertEquals(0.0, s.at(0, 0, 2 + 1e-9));
        assertEquals(0.0, s.at(1e-9, 0, 1));
        Spline edge = new Spline(new double[] {6, 0, 0}, new int[] {3, 1, 1});
        assertEquals(6, edge.at(0, 0, 0), 1e-13);
        assertEquals(0.0, edge.at(0, 0, -1e-12));
    }

    /** Far from the edges (where the mirror boundary's effect has decayed as 0.268^d) cubics are reproduced exactly. */
    @Test
    void reproducesCubicPolynomialsInTheInterior() {
        int n = 60;
        double[] v = new double[n * 3 * 2];
        int[] dims = {n, 3, 2};
        for (int z = 0; z < 2; z++) for (int y = 0; y < 3; y++) for (int x = 0; x < n; x++) v[x + n * (y + 3 * z)] = cubic(x);
        Spline s = new Spline(v, dims);
        for (double x : new double[] {27.3, 30.0, 31.77, 33.5}) assertEquals(cubic(x), s.at(1, 1.4, x), 1e-9 * Math.abs(cubic(x)));
        // and a quadratic along z (the slowest axis) with x, y constant
        int nz = 64;
        double[] q = new double[2 * 2 * nz];
        for (int z = 0; z < nz; z++) for (int i = 0; i < 4; i++) q[i + 4 * z] = 0.5 * z * z - 3 * z + 1;
        Spline sq = new Spline(q, new int[] {2, 2, nz});
        double z = 31.25;
        assertEquals(0.5 * z * z - 3 * z + 1, sq.at(z, 0.3, 0.9), 1e-9 * (0.5 * z * z));
    }

    private static double cubic(double x) {
        return 0.01 * x * x * x - 0.4 * x * x + 2 * x - 7;
    }
}
