package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/** Hand calculations on tiny volumes. */
class IntensityNormalizerTest {
    static Volume row(double... v) {
        return new Volume(Geometry.of(v.length, 1, 1, 1, 1, 1), v, DataType.FLOAT64);
    }

    @Test
    void zScoreUsesMaskedMeanAndPopulationSd() {
        // masked {1,2,3,4}: mean 2.5, population sd sqrt(1.25)
        Volume r = IntensityNormalizer.zScore(row(1, 2, 3, 4, 100), new boolean[] {true, true, true, true, false});
        double sd = Math.sqrt(1.25);
        assertArrayEquals(new double[] {-1.5 / sd, -0.5 / sd, 0.5 / sd, 1.5 / sd, 97.5 / sd}, r.voxels(), 1e-5);
        assertEquals(DataType.FLOAT32, r.type());
    }

    @Test
    void rangeMapsMinAndMaxToTheNewBounds() {
        Volume r = IntensityNormalizer.range(row(2, 4, 6, 10), null, 0, 1);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 1}, r.voxels(), 1e-7);
    }

    @Test
    void percentileScalingWithAndWithoutClipping() {
        double[] v = new double[11];
        for (int i = 0; i <= 10; i++) v[i] = i; // p10 = 1, p90 = 9
        Volume r = IntensityNormalizer.percentile(row(v), null, 10, 90, 0, 100, false);
        assertEquals(-12.5, r.voxels()[0], 1e-5);
        assertEquals(50, r.voxels()[5], 1e-5);
        assertEquals(112.5, r.voxels()[10], 1e-5);
        Volume c = IntensityNormalizer.percentile(row(v), null, 10, 90, 0, 100, true);
        assertEquals(0, c.voxels()[0], 0);
        assertEquals(100, c.voxels()[10], 0);
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        // numpy.percentile([4,1,3,2], [25, 50, 100]) = [1.75, 2.5, 4]
        assertArrayEquals(new double[] {1.75, 2.5, 4}, Percentiles.of(new double[] {4, 1, 3, 2}, 25, 50, 100), 1e-12);
    }

    @Test
    void constantMaskedValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> IntensityNormalizer.zScore(row(3, 3, 3), null));
    }
}
