package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/** A scan whose intensities drift linearly between sessions gives the same normalised image (hand-checked values). */
class IntensityNormalisationTest {
    @Test
    void linearDriftOfTheHeadIsRemoved() {
        Geometry g = Geometry.of(4, 1, 1, 1, 1, 1);
        Volume a = new Volume(g, new double[] {0, 1, 2, 3}, DataType.INT16);        // head = {1, 2, 3}: mean 2, sd sqrt(2/3)
        Volume b = new Volume(g, new double[] {0, 52, 54, 56}, DataType.INT16);     // the same head x2 + 50
        double[] na = ScanFeatureExtractor.normalised(a).voxels(), nb = ScanFeatureExtractor.normalised(b).voxels();
        double sd = Math.sqrt(2.0 / 3);
        assertEquals(-100 / sd, na[1], 1e-4); // the z-scored image is stored as float32
        assertEquals(0, na[2], 1e-4);
        for (int i = 1; i < 4; i++) assertEquals(na[i], nb[i], 1e-4);
    }
}
