package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.gliomaradiomics.features.RoiData;
import org.junit.jupiter.api.Test;
import org.gliomaradiomics.features.RoiBox;

/** scikit-image's uniform LBP (P = 8, R = 1) worked by hand on a 3x3 slice. */
class LocalBinaryPattern2DTest {
    /**
     * Slice [[1,2,3],[4,5,6],[7,8,9]]. Centre 5: samples 6, 3.586, 2, 2.172, 4, 6.414, 8, 7.828 give bits 1,0,0,0,0,1,1,1,
     * two changes, 4 set bits: 4. Corner (0,0) = 1 (0 outside): samples 2, 0.5, 0, 0, 0, 0.914, 4, 3.828 give bits
     * 1,0,0,0,0,0,1,1: 3.
     */
    @Test
    void handWorkedSlice() {
        double[] slice = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] lbp = LocalBinaryPattern2D.volume(slice, new int[] {3, 3, 1}, 0, 8, 1, "uniform");
        assertEquals(4, lbp[4]);
        assertEquals(3, lbp[0]);
        // default method: bits 0, 5, 6, 7 -> 1 + 32 + 64 + 128
        assertEquals(225, LocalBinaryPattern2D.volume(slice, new int[] {3, 3, 1}, 0, 8, 1, "default")[4]);
    }

    @Test
    void slicesAcrossYHaveRowsAlongZAndColumnsAlongX() {
        // force2Ddimension 1: numpy (z, y, x).swapaxes(0, 1) -> slice (z, x); put the hand slice in the plane y = 1
        int[] dims = {3, 3, 3};
        double[] v = new double[27];
        for (int z = 0; z < 3; z++) for (int x = 0; x < 3; x++) v[x + 3 * (1 + 3 * z)] = 1 + x + 3 * z;
        double[] lbp = LocalBinaryPattern2D.volume(v, dims, 1, 8, 1, "uniform");
        assertEquals(4, lbp[1 + 3 * (1 + 3 * 1)]);
        assertEquals(3, lbp[0 + 3 * (1 + 3 * 0)]);
    }

    @Test
    void cropGivesTheWholeImageValuesInTheRoi() {
        int[] dims = {30, 25, 6};
        double[] v = new double[30 * 25 * 6];
        Random rnd = new Random(4);
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(50);
        boolean[] roi = new boolean[v.length];
        for (int z = 1; z < 4; z++) for (int y = 8; y < 14; y++) for (int x = 10; x < 17; x++) roi[x + 30 * (y + 25 * z)] = true;
        RoiBox box = new RoiBox(roi, 30, 25, 6);
        PyRadiomicsSettings s = PyRadiomicsSettings.builder().disableAllClasses().lbp2DRadius(2).lbp2DSamples(12).build();
        var f = PyRadiomicsImageTypesTest.responses("LBP2D", v, roi, dims, new double[] {1, 1, 1}, s, org.gliomaradiomics.features.Convention.PYRADIOMICS).get(0);
        assertEquals("lbp-2D", f.name());
        RoiData expected = RoiData.crop(LocalBinaryPattern2D.volume(v, dims, 0, 12, 2, "uniform"), roi, dims, box, new double[] {1, 1, 1});
        for (int i = 0; i < expected.image.length; i++) if (expected.intensityMask[i]) assertEquals(expected.image[i], f.roi().image[i]);
    }
}
