package org.gliomaradiomics.features.voxel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Eigenvalues of matrices whose spectrum is known in closed form. */
class SmallSymmetricEigenvaluesTest {
    @Test
    void twoByTwo() {
        double[] out = new double[2];
        SmallSymmetricEigenvalues.of(new double[] {2, 1, 1, 2}, 2, out);
        Arrays.sort(out);
        assertArrayEquals(new double[] {1, 3}, out, 1e-15);
    }

    @Test
    void secondDifferenceMatrixHasEigenvalues2Minus2CosKPiOverNPlus1() {
        int n = 7;
        double[] a = new double[n * n], out = new double[n], expected = new double[n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 2;
            if (i > 0) a[i * n + i - 1] = a[(i - 1) * n + i] = -1;
            expected[i] = 2 - 2 * Math.cos((i + 1) * Math.PI / (n + 1));
        }
        SmallSymmetricEigenvalues.of(a, n, out);
        Arrays.sort(out);
        Arrays.sort(expected);
        assertArrayEquals(expected, out, 1e-14);
    }

    @Test
    void diagonalMatrixIsItsOwnSpectrum() {
        double[] out = new double[3];
        SmallSymmetricEigenvalues.of(new double[] {5, 0, 0, 0, -1, 0, 0, 0, 0}, 3, out);
        assertArrayEquals(new double[] {5, -1, 0}, out, 0);
    }
}
