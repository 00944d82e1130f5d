package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** trimesh's icosphere: counts 10·4^s + 2, radius, the icosahedron's vertices and the order midpoints are appended in. */
class IcosphereTest {
    private static final double T = (1 + Math.sqrt(5)) / 2;

    @Test
    void countsAndRadius() {
        int[] expected = {12, 42, 162};
        for (int s = 0; s < 3; s++)
            for (double r : new double[] {1, 2.5}) {
                double[][] v = Icosphere.vertices(s, r);
                assertEquals(expected[s], v.length);
                for (double[] p : v) assertEquals(r, Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]), 1e-14 * r);
            }
    }

    /** Vertex 0 is (-1, t, 0) and vertex 11 is (-t, 0, 1), scaled to the radius (sqrt(1 + t²) = sqrt(2 + t)). */
    @Test
    void icosahedronVerticesInTrimeshOrder() {
        double[][] v = Icosphere.vertices(0, 2);
        double k = 2 / Math.sqrt(2 + T);
        assertArrayEquals(new double[] {-k, T * k, 0}, v[0], 1e-14);
        assertArrayEquals(new double[] {k, -T * k, 0}, v[3], 1e-14);
        assertArrayEquals(new double[] {-T * k, 0, k}, v[11], 1e-14);
    }

    /**
     * Subdivision appends edge midpoints sorted by (larger, smaller) vertex index: edge (0,1) first, direction (0, t, 0);
     * then (2,3), direction (0, -t, 0); then (2,4) and (3,4), directions (-1, -1-t, t) and (1, -1-t, t). The edge (4,5)
     * gives the pole (0, 0, R) with exactly zero x and y.
     */
    @Test
    void midpointsFollowTrimeshEdgeOrder() {
        double[][] v = Icosphere.vertices(1, 1);
        assertArrayEquals(new double[] {0, 1, 0}, v[12], 1e-15);
        assertArrayEquals(new double[] {0, -1, 0}, v[13], 1e-15);
        double n = Math.sqrt(1 + (1 + T) * (1 + T) + T * T);
        assertArrayEquals(new double[] {-1 / n, -(1 + T) / n, T / n}, v[14], 1e-15);
        assertArrayEquals(new double[] {1 / n, -(1 + T) / n, T / n}, v[15], 1e-15);
        boolean pole = false;
        for (double[] p : v) pole |= p[0] == 0 && p[1] == 0 && Math.abs(p[2] - 1) < 1e-15;
        assertTrue(pole);
        // PyRadiomics takes arccos(z / R): it must stay defined at the poles
        for (double r : new double[] {1, 2.5, 3}) for (double[] p : Icosphere.vertices(2, r)) assertTrue(!Double.isNaN(Math.acos(p[2] / r)));
    }

    /** The vertex set is centrally symmetric: every v has -v. */
    @Test
    void centrallySymmetric() {
        double[][] v = Icosphere.vertices(1, 1);
        for (double[] p : v) {
            boolean found = false;
            for (double[] q : v) found |= Math.abs(p[0] + q[0]) < 1e-12 && Math.abs(p[1] + q[1]) < 1e-12 && Math.abs(p[2] + q[2]) < 1e-12;
            assertTrue(found);
        }
    }
}
