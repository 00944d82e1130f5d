package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.*;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
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
            Threshold.Result t = Threshold.automatic(v, method, null);
            assertTrue(t.value > 19 && t.value <= 100, method + ": " + t);
            boolean[] bright = Threshold.apply(v, t, false, null);
            for (int z = 0; z < 4; z++) for (int y = 0; y < 10; y++) for (int x = 0; x < 16; x++)
                assertEquals(x >= 8, bright[v.geometry().index(x, y, z)], method);
        }
    }

    @Test
    void maskRestrictsTheHistogram() {
        Volume v = bimodal();
        boolean[] left = new boolean[(int) v.geometry().voxelCount()];
        for (int i = 0; i < left.length; i++) left[i] = i % 16 < 8;
        Threshold.Result t = Threshold.automatic(v, "Otsu", left);
        assertEquals(10, t.min);
        assertEquals(19, t.max);
    }

    @Test
    void manualRangeAndErrors() {
        Volume v = bimodal();
        assertEquals(4 * 10 * 8, Masks.count(Threshold.range(v, 100, 1000, null)));
        assertEquals(4 * 8, Masks.count(Threshold.range(v, 12, 12, null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Threshold.automatic(v, "Magic", null));
        assertTrue(e.getMessage().contains("Magic"));
    }
}
