package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The transforms against the DFT's definition, summed term by term. */
class FftTest {
    private static double[][] naiveDft(double[] re, double[] im) {
        int n = re.length;
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++)
            for (int j = 0; j < n; j++) {
                double a = -2 * Math.PI * ((long) j * k % n) / n;
                out[0][k] += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                out[1][k] += re[j] * Math.sin(a) + im[j] * Math.cos(a);
            }
        return out;
    }

    private static double[][] random(SplittableRandom rnd, int n) {
        double[][] x = new double[2][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = rnd.nextDouble() - 0.5;
            x[1][i] = rnd.nextDouble() - 0.5;
        }
        return x;
    }

    @Test
    void fftMatchesNaiveDft() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int n : new int[] {1, 2, 3, 4, 5, 6, 8, 12, 15, 16, 30, 45, 60, 64, 75, 120}) {
            double[][] x = random(rnd, n), expected = naiveDft(x[0], x[1]);
            double[] r2 = x[0].clone(), i2 = x[1].clone();
            new Fft(n).transform(r2, i2);
            for (int k = 0; k < n; k++) {
                assertEquals(expected[0][k], r2[k], 1e-10, "n=" + n + " k=" + k);
                assertEquals(expected[1][k], i2[k], 1e-10, "n=" + n + " k=" + k);
            }
            new Fft(n).inverse(r2, i2);
            for (int k = 0; k < n; k++) {
                assertEquals(x[0][k], r2[k], 1e-12, "inverse n=" + n);
                assertEquals(x[1][k], i2[k], 1e-12, "inverse n=" + n);
            }
        }
    }

    /** Zero-padded lines (elements from nonZero on are zero), batched: every radix first, every cut-off. */
    @Test
    void zeroPaddedLinesMatchNaiveDft() {
        SplittableRandom rnd = new SplittableRandom(3);
        int batch = 2;
        for (int n : new int[] {2, 3, 5, 8, 9, 16, 27, 45, 64, 135}) {
            for (int nonZero : new int[] {1, 2, n / 3, (n + 1) / 2, n - 1, n}) {
                if (nonZero < 1 || nonZero > n) continue;
                double[][][] lines = new double[batch][][];
                double[] re = new double[n * batch], im = new double[n * batch];
                for (int t = 0; t < batch; t++) {
                    lines[t] = random(rnd, n);
                    for (int k = 0; k < n; k++) {
                        if (k >= nonZero) lines[t][0][k] = lines[t][1][k] = 0;
                        re[t + batch * k] = lines[t][0][k];
                        im[t + batch * k] = lines[t][1][k];
                    }
                }
                new Fft(n).transform(re, im, 0, batch, new double[n * batch], new double[n * batch], nonZero);
                for (int t = 0; t < batch; t++) {
                    double[][] expected = naiveDft(lines[t][0], lines[t][1]);
                    for (int k = 0; k < n; k++) {
                        assertEquals(expected[0][k], re[t + batch * k], 1e-10, "n=" + n + " nonZero=" + nonZero + " k=" + k);
                        assertEquals(expected[1][k], im[t + batch * k], 1e-10, "n=" + n + " nonZero=" + nonZero + " k=" + k);
                    }
                }
            }
        }
    }

    /** Bluestein for lengths with a prime factor above 5 (7, 31, 155 = 5 x 31), on a batch of interleaved lines. */
    @Test
    void lineDftOfAnyLengthMatchesNaiveDft() {
        SplittableRandom rnd = new SplittableRandom(2);
        int batch = 3;
        for (int n : new int[] {7, 31, 60, 155}) {
            LineDft dft = new LineDft(n);
            double[][][] lines = new double[batch][][];
            double[] re = new double[n * batch], im = new double[n * batch];
            for (int t = 0; t < batch; t++) {
                lines[t] = random(rnd, n);
                for (int k = 0; k < n; k++) {
                    re[t + batch * k] = lines[t][0][k];
                    im[t + batch * k] = lines[t][1][k];
                }
            }
            double[][] s = new double[4][dft.scratchPerLine() * batch];
            dft.transform(re, im, batch, s);
            for (int t = 0; t < batch; t++) {
                double[][] expected = naiveDft(lines[t][0], lines[t][1]);
                for (int k = 0; k < n; k++) {
                    assertEquals(expected[0][k], re[t + batch * k], 1e-9, "n=" + n + " k=" + k);
                    assertEquals(expected[1][k], im[t + batch * k], 1e-9, "n=" + n + " k=" + k);
                }
            }
        }
    }

    /** 2D: the transform of a separable product is the product of the 1D transforms; the inverse gives it back. */
    @Test
    void fft2dIsTheProductOfLineTransformsAndInverts() {
        SplittableRandom rnd = new SplittableRandom(3);
        int mu = 12, mv = 10;
        double[][] a = random(rnd, mu), b = random(rnd, mv);
        double[] re = new double[mu * mv], im = new double[mu * mv];
        for (int v = 0; v < mv; v++)
            for (int u = 0; u < mu; u++) {
                re[u + mu * v] = a[0][u] * b[0][v] - a[1][u] * b[1][v];
                im[u + mu * v] = a[0][u] * b[1][v] + a[1][u] * b[0][v];
            }
        double[] re0 = re.clone(), im0 = im.clone();
        Fft2d fft = new Fft2d(mu, mv);
        fft.forward(re, im, mv);
        double[][] fa = naiveDft(a[0], a[1]), fb = naiveDft(b[0], b[1]);
        for (int v = 0; v < mv; v++)
            for (int u = 0; u < mu; u++) {
                assertEquals(fa[0][u] * fb[0][v] - fa[1][u] * fb[1][v], re[u + mu * v], 1e-10);
                assertEquals(fa[0][u] * fb[1][v] + fa[1][u] * fb[0][v], im[u + mu * v], 1e-10);
            }
        fft.inverse(re, im, 2, 7);
        for (int i = 2 * mu; i < 7 * mu; i++) {
            assertEquals(re0[i], re[i], 1e-12);
            assertEquals(im0[i], im[i], 1e-12);
        }
    }
}
