package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.*;

import org.gliomaradiomics.commands.ImageJThresholds;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.junit.jupiter.api.Test;

class ThresholdTest {
    /** Two well-separated populations: 10..19 (x < 8) and 100..109 (x >= 8). */
    private static Volume bimodal() {
        Geometry g = Geometry.of(16, 10, 4, 1, 1, 1);
        Volume v = Volume.zeros(g, DataType.FLOAT32);
        for (int z = 0; z < 4; z++) for (int y = 0; y < 10; y++) for (int x = 0; x < 16; x++)
            v.set(x, y, z, (x < 8 ? 10 : 100) + y);
        return v;
    }

    @Test
    void otsuAndTriangleSeparateTheModes() {
        Volume v = bimodal();
        for (String method : new String[] {"Otsu", "huang", "Li", "IsoData", "Mean"}) {
            Threshold.Result t = Threshold.automatic(v, ImageJThresholds.method(method), null);
            assertTrue(t.value > 19 && t.value <= 100, method + ": " + t);
            boolean[] bright = Threshold.apply(v, t, false, null);
            for (int z = 0; z < 4; z++) for (int y = 0; y < 10; y++) for (int x = 0; x < 16; x++)
                assertEquals(x >= 8, bright[v.geometry().index(x, y, z)], method);
        }
    }

    /** Integer values 0..256 make bins of width 1 (bin = value), so the bin must be ImageJ's answer on the
     * hand-built histogram and the intensity its upper edge. */
    @Test
    void binsMapBackToIntensities() {
        Geometry g = Geometry.of(257, 3, 1, 1, 1, 1);
        Volume v = Volume.zeros(g, DataType.UINT16);
        int[] histogram = new int[256];
        for (int y = 0; y < 3; y++) for (int x = 0; x < 257; x++) {
            int value = (int) Math.round(128 + 60 * Math.sin(x * 0.37 + y)); // spread, skewed population
            if (x == 0 && y == 0) value = 0;
            if (x == 1 && y == 0) value = 256;
            v.set(x, y, 0, value);
            histogram[Math.min(255, value)]++;
        }
        for (String method : new String[] {"Triangle", "Otsu", "Li", "Default"}) {
            Threshold.Result t = Threshold.automatic(v, ImageJThresholds.method(method), null);
            int expected = new ij.process.AutoThresholder().getThreshold(ij.process.AutoThresholder.Method.valueOf(method), histogram);
            assertEquals(expected, t.bin, method);
            assertEquals(expected + 1, t.value, 1e-12, method);
            boolean[] bright = Threshold.apply(v, t, false, null);
            for (int i = 0; i < bright.length; i++) assertEquals(v.voxels()[i] >= t.value, bright[i], method);
        }
    }

    @Test
    void maskRestrictsTheHistogram() {
        Volume v = bimodal();
        boolean[] left = new boolean[(int) v.geometry().voxelCount()];
        for (int i = 0; i < left.length; i++) left[i] = i % 16 < 8;
        Threshold.Result t = Threshold.automatic(v, Threshold.OTSU, left);
        assertEquals(10, t.min);
        assertEquals(19, t.max);
    }

    @Test
    void manualRangeAndErrors() {
        Volume v = bimodal();
        assertEquals(4 * 10 * 8, Masks.count(Threshold.range(v, 100, 1000, null)));
        assertEquals(4 * 8, Masks.count(Threshold.range(v, 12, 12, null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageJThresholds.method("Magic"));
        assertTrue(e.getMessage().contains("Magic"));
    }

    /** The core's Otsu (no ImageJ) gives ImageJ's bin on random, sparse, one- and two-bin histograms. */
    @Test
    void coreOtsuIsImageJs() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        ij.process.AutoThresholder imageJ = new ij.process.AutoThresholder();
        for (int trial = 0; trial < 2000; trial++) {
            int[] h = new int[256];
            int occupied = trial < 200 ? 1 + trial % 3 : 1 + rnd.nextInt(256);
            for (int k = 0; k < occupied; k++) h[rnd.nextInt(256)] += 1 + rnd.nextInt(trial % 2 == 0 ? 5 : 5000);
            assertEquals(imageJ.getThreshold(ij.process.AutoThresholder.Method.Otsu, h), org.gliomaradiomics.preprocess.OtsuThreshold.bin(h), "trial " + trial);
            assertEquals(imageJ.getThreshold(ij.process.AutoThresholder.Method.Otsu, h), Threshold.OTSU.bin(h), "trial " + trial);
        }
    }
}
