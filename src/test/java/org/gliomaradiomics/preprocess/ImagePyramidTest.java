package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

class ImagePyramidTest {
    @Test
    void shrinkAveragesBlocksAndCentresTheNewVoxels() {
        Geometry g = new Geometry(5, 4, 2, new double[] {1, 2, 3}, new double[] {10, 20, 30}, Geometry.identity());
        double[] v = new double[40];
        for (int i = 0; i < v.length; i++) v[i] = i;
        Volume s = ImagePyramid.shrink(new Volume(g, v, DataType.FLOAT32), 2);
        assertEquals(2, s.nx());
        assertEquals(2, s.ny());
        assertEquals(1, s.nz());
        // block x 0-1, y 0-1, z 0-1: indices 0,1,5,6,20,21,25,26 -> mean 13
        assertEquals(13, s.get(0, 0, 0), 1e-12);
        assertEquals(13 + 2 + 10, s.get(1, 1, 0), 1e-12);
        assertArrayEquals(new double[] {10.5, 21, 31.5}, s.geometry().origin(), 1e-12);
        assertArrayEquals(new double[] {2, 4, 6}, s.geometry().spacing(), 1e-12);
    }

    @Test
    void gaussianKeepsAConstantAndALinearRampAwayFromTheBorder() {
        Geometry g = Geometry.of(30, 1, 1, 1, 1, 1);
        double[] v = new double[30];
        for (int i = 0; i < 30; i++) v[i] = 3 * i + 1;
        Volume s = ImagePyramid.gaussian(new Volume(g, v, DataType.FLOAT64), 2.0);
        for (int i = 7; i < 23; i++) assertEquals(3 * i + 1, s.voxels()[i], 1e-9);
    }
}
