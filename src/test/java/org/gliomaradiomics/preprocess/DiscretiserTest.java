package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiscretiserTest {
    @Test
    void fixedBinNumberByHand() {
        double[] v = {0, 2.5, 5, 7.4, 10, 99};
        boolean[] m = {true, true, true, true, true, false};
        // min 0, max 10, Ng 4: floor(4 x / 10) + 1, max -> 4, outside the mask -> 0
        Discretiser.Levels l = Discretiser.fixedBinNumber(v, m, 4);
        assertArrayEquals(new int[] {1, 2, 3, 3, 4, 0}, l.levels());
        assertEquals(4, l.ng());
    }

    @Test
    void fixedBinNumberOfConstantRoiIsOne() {
        assertArrayEquals(new int[] {1, 1}, Discretiser.fixedBinNumber(new double[] {3, 3}, new boolean[] {true, true}, 8).levels());
    }

    @Test
    void fixedBinSizeByHand() {
        double[] v = {-500, -476, -475, 400};
        boolean[] m = {true, true, true, true};
        // floor((x + 500) / 25) + 1: 0 -> 1, 24/25 -> 1, 25/25 -> 2, 900/25 -> 37
        Discretiser.Levels l = Discretiser.fixedBinSize(v, m, 25, -500);
        assertArrayEquals(new int[] {1, 1, 2, 37}, l.levels());
        assertEquals(37, l.ng());
        assertThrows(IllegalArgumentException.class, () -> Discretiser.fixedBinSize(new double[] {-501}, new boolean[] {true}, 25, -500));
    }

    @Test
    void asIsKeepsIntegerLevels() {
        Discretiser.Levels l = Discretiser.asIs(new double[] {1, 4, 6, 9}, new boolean[] {true, true, true, false});
        assertArrayEquals(new int[] {1, 4, 6, 0}, l.levels());
        assertEquals(6, l.ng());
        assertThrows(IllegalArgumentException.class, () -> Discretiser.asIs(new double[] {1.5}, new boolean[] {true}));
    }
}
