package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.ConnectedComponents;
import org.gliomaradiomics.mask.Connectivity;
import org.junit.jupiter.api.Test;

class BrainMaskTest {
    @Test
    void masksTheHeadOfANoisyPhantom() {
        Geometry g = BrainPhantom.grid(64, 72, 60, 3.0);
        Volume img = BrainPhantom.sample(g, BrainPhantom.T1, 4.0, 41);
        boolean[] m = BrainMask.compute(img, BrainMask.Settings.defaults());
        // the head ellipsoid of the phantom (scalp included: the mask separates head from background)
        boolean[] head = BrainPhantom.mask(g, p -> (p[0] / 75) * (p[0] / 75) + (p[1] / 90) * (p[1] / 90) + (p[2] / 68) * (p[2] / 68) <= 1);
        int both = 0, a = 0, b = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i]) a++;
            if (head[i]) b++;
            if (m[i] && head[i]) both++;
        }
        double dice = 2.0 * both / (a + b);
        System.out.printf("brain mask Dice vs head ellipsoid: %.4f%n", dice);
        assertTrue(dice > 0.97, "Dice " + dice);
    }

    @Test
    void keepsTheLargestComponentAndFillsItsCavity() {
        Geometry g = Geometry.of(12, 12, 12, 1, 1, 1);
        boolean[] m = new boolean[(int) g.voxelCount()];
        for (int z = 2; z <= 8; z++)
            for (int y = 2; y <= 8; y++)
                for (int x = 2; x <= 8; x++) m[g.index(x, y, z)] = !(x == 5 && y == 5 && z == 5); // hollow centre
        m[g.index(10, 10, 10)] = true; // a separate speck
        boolean[] r = ConnectedComponents.fillHoles(ConnectedComponents.keepLargest(m, g, Connectivity.SIX), g, Connectivity.SIX);
        assertTrue(r[g.index(5, 5, 5)]);
        assertFalse(r[g.index(10, 10, 10)]);
        int n = 0;
        for (boolean b : r) if (b) n++;
        assertEquals(7 * 7 * 7, n);
    }

    @Test
    void otsuSeparatesTwoLevels() {
        Geometry g = Geometry.of(10, 10, 1, 1, 1, 1);
        double[] v = new double[100];
        for (int i = 50; i < 100; i++) v[i] = 100;
        double t = BrainMask.otsuThreshold(new Volume(g, v, org.gliomaradiomics.image.DataType.FLOAT32));
        assertTrue(t > 0 && t <= 100, "threshold " + t);
    }
}
