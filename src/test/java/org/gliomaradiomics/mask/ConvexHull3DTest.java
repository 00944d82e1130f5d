package org.gliomaradiomics.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConvexHull3DTest {
    static long sixVolume(int[] faces, long[] x, long[] y, long[] z) {
        long six = 0;
        for (int f = 0; f < faces.length; f += 3) {
            int a = faces[f], b = faces[f + 1], c = faces[f + 2];
            six += x[a] * (y[b] * z[c] - z[b] * y[c]) + y[a] * (z[b] * x[c] - x[b] * z[c]) + z[a] * (x[b] * y[c] - y[b] * x[c]);
        }
        return six;
    }

    @Test
    void gridCubeWithInteriorAndFacePointsHasCubeVolume() {
        // All points of a 5x5x5 integer grid: many coplanar and interior points, hull is the 4x4x4 cube.
        int n = 125;
        long[] x = new long[n], y = new long[n], z = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 5;
            y[i] = (i / 5) % 5;
            z[i] = i / 25;
        }
        int[] faces = ConvexHull3D.hull(x, y, z);
        assertEquals(6 * 64, sixVolume(faces, x, y, z));
    }

    @Test
    void randomPointsLieInsideEveryFaceAndHullIsClosed() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 10; trial++) {
            int n = 50 + rnd.nextInt(500);
            long[] x = new long[n], y = new long[n], z = new long[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextInt(41) - 20;
                y[i] = rnd.nextInt(41) - 20;
                z[i] = rnd.nextInt(41) - 20;
            }
            int[] f = ConvexHull3D.hull(x, y, z);
            assertTrue(f.length >= 12);
            for (int k = 0; k < f.length; k += 3) {
                int a = f[k], b = f[k + 1], c = f[k + 2];
                long ux = x[b] - x[a], uy = y[b] - y[a], uz = z[b] - z[a], vx = x[c] - x[a], vy = y[c] - y[a], vz = z[c] - z[a];
                long nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
                for (int p = 0; p < n; p++)
                    assertTrue(nx * (x[p] - x[a]) + ny * (y[p] - y[a]) + nz * (z[p] - z[a]) <= 0, "point outside a hull face");
            }
            // Closed surface: the divergence theorem gives the same volume about any origin.
            long[] xs = x.clone();
            for (int i = 0; i < n; i++) xs[i] += 1000;
            assertEquals(sixVolume(f, x, y, z), sixVolume(f, xs, y, z));
            assertTrue(sixVolume(f, x, y, z) > 0);
        }
    }

    @Test
    void coplanarPointsGiveNoHull() {
        long[] x = {0, 1, 0, 1, 2}, y = {0, 0, 1, 1, 2}, z = {5, 5, 5, 5, 5};
        assertEquals(0, ConvexHull3D.hull(x, y, z).length);
    }
}
