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

    @Test
    void extendThenCropOnAGridOfTwoByTwo() {
        // the 2 x 1 x 1 line (a b) = (5 7) on a 5 x 2 x 1 grid, two voxels before it along x
        double[] v = {5, 7};
        int[] n = {2, 1, 1}, m = {5, 2, 1}, left = {2, 0, 0};
        // x: mirror reads b a | a b | b; y: row 1 reads row 0 mirrored
        double[] mirror = BorderExtension.MIRROR.extend(v, n, m, left);
        assertArrayEquals(new double[] {7, 5, 5, 7, 7, 7, 5, 5, 7, 7}, mirror, 0);
        // zero: only the volume itself, in row 0
        assertArrayEquals(new double[] {0, 0, 5, 7, 0, 0, 0, 0, 0, 0}, BorderExtension.ZERO.extend(v, n, m, left), 0);
        assertArrayEquals(v, BorderExtension.crop(mirror, m, left, n), 0);
        // the box (x 1..3, y 1) of the grid: a a b
        assertArrayEquals(new double[] {5, 5, 7}, BorderExtension.crop(mirror, m, new int[] {1, 1, 0}, new int[] {3, 1, 1}), 0);
    }

    @Test
    void extendAndCropInThreeDimensions() {
        // the 2 x 2 x 2 volume 1 + x + 10 y + 100 z, wrapped onto a 3 x 3 x 3 grid from its origin (numpy.pad 'wrap'
        // after the end of each axis, as PyRadiomics pads odd wavelet axes): grid (x, y, z) reads (x % 2, y % 2, z % 2)
        double[] v = {1, 2, 11, 12, 101, 102, 111, 112};
        int[] n = {2, 2, 2}, m = {3, 3, 3};
        double[] wrapped = BorderExtension.PERIODIC.extend(v, n, m, new int[3]);
        assertArrayEquals(new double[] {
            1, 2, 1, 11, 12, 11, 1, 2, 1,
            101, 102, 101, 111, 112, 111, 101, 102, 101,
            1, 2, 1, 11, 12, 11, 1, 2, 1}, wrapped, 0);
        assertArrayEquals(v, BorderExtension.crop(wrapped, m, new int[3], n), 0);
        // the 2 x 2 x 2 box at (1, 1, 1): x 1, 2 read 1, 0; y and z likewise
        assertArrayEquals(new double[] {112, 111, 102, 101, 12, 11, 2, 1}, BorderExtension.crop(wrapped, m, new int[] {1, 1, 1}, n), 0);
        // zero, one plane before the volume along z only: planes 0 and 3 empty
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 2, 11, 12, 101, 102, 111, 112, 0, 0, 0, 0},
            BorderExtension.ZERO.extend(v, n, new int[] {2, 2, 4}, new int[] {0, 0, 1}), 0);
    }
}
