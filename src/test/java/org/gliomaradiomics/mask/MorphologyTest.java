package org.gliomaradiomics.mask;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;

import org.gliomaradiomics.image.Geometry;
import org.junit.jupiter.api.Test;

class MorphologyTest {
    @Test
    void dilatedVoxelIsTheAnisotropicBall() {
        Geometry g = Geometry.of(11, 11, 9, 1, 1, 2);
        boolean[] m = new boolean[(int) g.voxelCount()];
        m[g.index(5, 5, 4)] = true;
        boolean[] d = Morphology.dilate(m, g, 2.0);
        int count = 0;
        for (int z = 0; z < 9; z++)
            for (int y = 0; y < 11; y++)
                for (int x = 0; x < 11; x++) {
                    int dx = x - 5, dy = y - 5, dz = z - 4;
                    boolean expected = dx * dx + dy * dy + (2 * dz) * (2 * dz) <= 4;
                    assertEquals(expected, d[g.index(x, y, z)], "voxel " + x + "," + y + "," + z);
                    if (expected) count++;
                }
        // in-plane disc of radius 2 (13 voxels) plus the two voxels at dz = ±1
        assertEquals(15, count);
        // closing a single voxel with the same ball gives it back; opening removes it
        assertEquals(1, Masks.count(Morphology.erode(d, g, 2.0)));
        assertTrue(Morphology.close(m, g, 2.0)[g.index(5, 5, 4)]);
        assertEquals(0, Masks.count(Morphology.open(m, g, 2.0)));
    }

    @Test
    void erosionOfABox() {
        Geometry g = Geometry.of(12, 12, 12, 0.5, 0.5, 1);
        boolean[] m = new boolean[(int) g.voxelCount()];
        for (int z = 2; z <= 9; z++) for (int y = 2; y <= 9; y++) for (int x = 2; x <= 9; x++) m[g.index(x, y, z)] = true;
        // r = 1 mm removes 2 voxels in x, y (0.5 mm) and 1 in z (1 mm): 4x4x6 left
        boolean[] e = Morphology.erode(m, g, 1.0);
        assertEquals(4 * 4 * 6, Masks.count(e));
        assertTrue(e[g.index(4, 4, 3)]);
        assertFalse(e[g.index(3, 4, 4)]);
    }

    @Test
    void distanceTransformMatchesBruteForce() {
        Geometry g = Geometry.of(9, 7, 5, 0.7, 1.3, 2.5);
        Random r = new Random(3);
        boolean[] m = new boolean[(int) g.voxelCount()];
        for (int i = 0; i < m.length; i++) m[i] = r.nextDouble() < 0.03;
        m[4] = true;
        double[] d2 = DistanceTransform.squaredDistanceTo(m, g);
        for (int z = 0; z < 5; z++)
            for (int y = 0; y < 7; y++)
                for (int x = 0; x < 9; x++) {
                    double best = Double.POSITIVE_INFINITY;
                    for (int c = 0; c < 5; c++) for (int b = 0; b < 7; b++) for (int a = 0; a < 9; a++)
                        if (m[g.index(a, b, c)]) {
                            double ex = (a - x) * 0.7, ey = (b - y) * 1.3, ez = (c - z) * 2.5;
                            best = Math.min(best, ex * ex + ey * ey + ez * ez);
                        }
                    assertEquals(best, d2[g.index(x, y, z)], 1e-9);
                }
        assertEquals(Double.POSITIVE_INFINITY, DistanceTransform.squaredDistanceTo(new boolean[m.length], g)[0]);
    }
}
