package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ResegmentationTest {
    @Test
    void rangeWithOpenUpperEnd() {
        double[] v = {-1000, -500, 0, 3000};
        boolean[] m = {true, true, true, false};
        assertArrayEquals(new boolean[] {false, true, true, false}, Resegmentation.range(v, m, -500, Double.POSITIVE_INFINITY));
        assertArrayEquals(new boolean[] {true, true, false, false}, Resegmentation.range(v, m, Double.NaN, -500));
    }

    @Test
    void outlierFilterByHand() {
        // mean 22; deviations -21 -20 -19 -18 78; variance 7610 / 5 = 1522; sd 39.01; 1 sd: [-17.0, 61.0]
        double[] v = {1, 2, 3, 4, 100};
        boolean[] m = {true, true, true, true, true};
        assertArrayEquals(new boolean[] {true, true, true, true, false}, Resegmentation.outliers(v, m, 1));
        assertArrayEquals(m, Resegmentation.outliers(v, m, 2)); // 22 + 78.02 > 100
    }
}
