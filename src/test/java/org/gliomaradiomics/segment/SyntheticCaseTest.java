package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.junit.jupiter.api.Test;

class SyntheticCaseTest {
    static final int[] SIZE = {64, 64, 40};
    static final double[] SPACING = {1, 1, 1.5};

    @Test
    void deterministicFromSeed() {
        SyntheticCase a = SyntheticCase.generate(7, SIZE, SPACING, null), b = SyntheticCase.generate(7, SIZE, SPACING, null);
        for (String s : a.sequences().keySet()) assertArrayEquals(a.sequences().get(s).voxels(), b.sequences().get(s).voxels(), s);
        assertArrayEquals(a.labels().voxels(), b.labels().voxels());
        SyntheticCase c = SyntheticCase.generate(8, SIZE, SPACING, null);
        assertFalse(java.util.Arrays.equals(a.labels().voxels(), c.labels().voxels()));
    }

    @Test
    void nestedTumourWithExpectedVolumes() {
        SyntheticCase c = SyntheticCase.generate(1, SIZE, SPACING, new SyntheticCase.Options().irregularity(0).tumourRadiiMm(10, 6, 3));
        assertArrayEquals(new String[] {"T1", "T1c", "T2", "FLAIR"}, c.sequences().keySet().toArray());
        assertArrayEquals(new int[] {1, 2, 4}, c.labels().labels());
        Map<Integer, Double> v = c.labelVolumesMm3();
        // spheres (irregularity 0) well inside the brain: volumes close to 4/3·π·r³ differences
        double sphere10 = 4 / 3.0 * Math.PI * 1000, sphere6 = 4 / 3.0 * Math.PI * 216, sphere3 = 4 / 3.0 * Math.PI * 27;
        assertEquals(sphere3, v.get(1), 0.25 * sphere3);
        assertEquals(sphere6 - sphere3, v.get(4), 0.1 * (sphere6 - sphere3));
        assertEquals(sphere10 - sphere6, v.get(2), 0.05 * (sphere10 - sphere6));
        assertEquals(sphere10, c.regionVolumeMm3(BratsRegions.Region.WHOLE_TUMOUR), 0.05 * sphere10);
        int[] t = c.tumourCentre();
        assertEquals(1, c.labels().get(t[0], t[1], t[2]));
        // the enhancing rim is brighter on T1c than everything else, on average
        Volume t1c = c.sequences().get("T1c");
        assertTrue(mean(t1c, c.labels().maskOf(4)) > 1.3 * mean(t1c, c.labels().maskOf(2)));
        // background is exactly zero, brain is not
        assertEquals(0, t1c.voxels()[0]);
        assertEquals(Masks.count(c.brainMask()), count(t1c));
    }

    @Test
    void convention2023() {
        SyntheticCase c = SyntheticCase.generate(1, SIZE, SPACING, new SyntheticCase.Options().convention(BratsRegions.Convention.BRATS_2023));
        assertArrayEquals(new int[] {1, 2, 3}, c.labels().labels());
        assertEquals(BratsRegions.Convention.BRATS_2023, BratsRegions.detect(c.labels()).orElseThrow());
    }

    static double mean(Volume v, boolean[] m) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < m.length; i++) if (m[i]) {
            s += v.voxels()[i];
            n++;
        }
        return s / n;
    }

    private static long count(Volume v) {
        long n = 0;
        for (double d : v.voxels()) if (d != 0) n++;
        return n;
    }
}
