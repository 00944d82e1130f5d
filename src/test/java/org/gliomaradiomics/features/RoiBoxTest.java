package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TypedVolumes;
import org.junit.jupiter.api.Test;

/** The box of a label read from the label map in its stored type equals the box of the label's boolean mask. */
class RoiBoxTest {
    @Test
    void boxOfALabelEqualsTheBoxOfItsMaskInEveryStoredType() {
        SplittableRandom rnd = new SplittableRandom(5);
        int nx = 23, ny = 17, nz = 11, n = nx * ny * nz;
        double[] labels = new double[n];
        // a sparse label 2 (most rows hold none of it) and a dense label 1
        for (int i = 0; i < n; i++) labels[i] = rnd.nextDouble() < 0.01 ? 2 : rnd.nextDouble() < 0.5 ? 1 : 0;
        for (DataType type : new DataType[] {DataType.UINT8, DataType.INT16, DataType.FLOAT32, DataType.FLOAT64}) {
            Volume v = TypedVolumes.stored(Geometry.of(nx, ny, nz, 1, 1, 1), labels, type);
            for (double label : new double[] {0, 1, 2, 3}) {
                boolean[] mask = new boolean[n];
                for (int i = 0; i < n; i++) mask[i] = labels[i] == label;
                RoiBox expected = new RoiBox(mask, nx, ny, nz), got = RoiBox.ofLabel(v, label);
                assertEquals(expected.count, got.count, type + " label " + label);
                assertArrayEquals(expected.lo, got.lo, type + " label " + label);
                assertArrayEquals(expected.hi, got.hi, type + " label " + label);
            }
        }
    }
}
