package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Eigenvalues of matrices whose spectrum is known in closed form. */
class SmallSymmetricEigenvaluesTest {
    @Test
    void twoByTwo() {
        double[] out = new double[2];
        SmallSymmetricEigenvalues.of(new double[] {2, 1, 1, 2}, 2, out, new double[2], new double[4]);
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
        SmallSymmetricEigenvalues.of(a.clone(), n, out, new double[n], new double[n * n]);
        Arrays.sort(out);
        Arrays.sort(expected);
        assertArrayEquals(expected, out, 1e-14);
        SmallSymmetricEigenvalues.jacobi(a, n, out);
        Arrays.sort(out);
        Arrays.sort(expected);
        assertArrayEquals(expected, out, 1e-14);
    }

    /** A random symmetric 20 x 20 matrix: the eigenvalues'
     * sum is its trace and the sum of their squares its squared Frobenius norm. Also bounds the work: it must
     * converge in few sweeps, not run to the cap of 100 as a too strict stopping rule would. */
    @Test
    void randomMatrixKeepsTraceAndFrobeniusNormAndConvergesQuickly() {
        int n = 20;
        java.util.Random r = new java.util.Random(5);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++) a[i * n + j] = a[j * n + i] = r.nextDouble();
        double trace = 0, frob = 0;
        for (int i = 0; i < n; i++) trace += a[i * n + i];
        for (double v : a) frob += v * v;
        double[] out = new double[n];
        SmallSymmetricEigenvalues.of(a.clone(), n, out, new double[n], new double[n * n]);
        assertTraceAndNorm(trace, frob, out);
        int sweeps = SmallSymmetricEigenvalues.jacobi(a.clone(), n, out);
        assertTraceAndNorm(trace, frob, out);
        // Cyclic Jacobi converges quadratically: about 6-10 sweeps for n = 20.
        org.junit.jupiter.api.Assertions.assertTrue(sweeps <= 12, "took " + sweeps + " sweeps");
    }

    private static void assertTraceAndNorm(double trace, double frob, double[] eigenvalues) {
        double sum = 0, squares = 0;
        for (double v : eigenvalues) {
            sum += v;
            squares += v * v;
        }
        org.junit.jupiter.api.Assertions.assertEquals(trace, sum, 1e-12);
        org.junit.jupiter.api.Assertions.assertEquals(frob, squares, 1e-11);
    }

    @Test
    void diagonalMatrixIsItsOwnSpectrum() {
        double[] out = new double[3];
        SmallSymmetricEigenvalues.of(new double[] {5, 0, 0, 0, -1, 0, 0, 0, 0}, 3, out, new double[3], new double[9]);
        Arrays.sort(out);
        assertArrayEquals(new double[] {-1, 0, 5}, out, 0);
    }
}
