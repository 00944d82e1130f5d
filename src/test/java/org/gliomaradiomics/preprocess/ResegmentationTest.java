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

    @Test
    void asymmetricAndOneSidedSigmaRangesByHand() {
        // mean 3, population sd sqrt(2) = 1.414: -1 sd = 1.586, +0.5 sd = 3.707
        double[] v = {1, 2, 3, 4, 5};
        boolean[] m = {true, true, true, true, true};
        assertArrayEquals(new boolean[] {false, true, true, false, false}, Resegmentation.sigmaRange(v, m, -1, 0.5));
        assertArrayEquals(new boolean[] {false, true, true, true, true}, Resegmentation.sigmaRange(v, m, -1, Double.POSITIVE_INFINITY));
    }
}
