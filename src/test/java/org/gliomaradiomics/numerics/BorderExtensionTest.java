package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Each rule on a line a b c d (indices 0..3), read from -5 to 8, written out by hand. */
class BorderExtensionTest {
    private static int[] read(BorderExtension e, int n) {
        int[] out = new int[14];
        for (int i = -5; i <= 8; i++) out[i + 5] = e.index(i, n);
        return out;
    }

    @Test
    void rulesOnALineOfFour() {
        assertArrayEquals(new int[] {-1, -1, -1, -1, -1, 0, 1, 2, 3, -1, -1, -1, -1, -1}, read(BorderExtension.ZERO, 4));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 3}, read(BorderExtension.NEAREST, 4));
        assertArrayEquals(new int[] {3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0}, read(BorderExtension.PERIODIC, 4));
        // c b a | a b c d | d c b a
        assertArrayEquals(new int[] {3, 3, 2, 1, 0, 0, 1, 2, 3, 3, 2, 1, 0, 0}, read(BorderExtension.MIRROR, 4));
        // d c b | a b c d | c b a
        assertArrayEquals(new int[] {1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1, 0, 1, 2}, read(BorderExtension.MIRROR_SINGLE, 4));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, read(BorderExtension.MIRROR_SINGLE, 1));
    }
}
