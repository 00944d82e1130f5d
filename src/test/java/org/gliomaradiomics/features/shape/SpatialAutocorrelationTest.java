package org.gliomaradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpatialAutocorrelationTest {
    @Test
    void fftMatchesNaiveDft() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int n : new int[] {1, 2, 3, 4, 5, 6, 8, 12, 15, 16, 30, 45, 60, 64, 75, 120}) {
            double[] re = new double[n], im = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = rnd.nextDouble() - 0.5;
                im[i] = rnd.nextDouble() - 0.5;
            }
            double[] r2 = re.clone(), i2 = im.clone();
            new Fft(n).transform(r2, i2);
            for (int k = 0; k < n; k++) {
                double sr = 0, si = 0;
                for (int j = 0; j < n; j++) {
                    double a = -2 * Math.PI * ((long) j * k % n) / n;
                    sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                    si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
                }
                assertEquals(sr, r2[k], 1e-10, "n=" + n + " k=" + k);
                assertEquals(si, i2[k], 1e-10, "n=" + n + " k=" + k);
            }
        }
    }

    @Test
    void fftSumsEqualPairSumsOnRandomRois() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 6; trial++) {
            int nx = 4 + rnd.nextInt(10), ny = 4 + rnd.nextInt(10), nz = 3 + rnd.nextInt(8);
            double sx = 0.5 + rnd.nextDouble(), sy = 0.5 + rnd.nextDouble(), sz = 1 + 2 * rnd.nextDouble();
            int n = nx * ny * nz;
            double[] image = new double[n];
            boolean[] mask = new boolean[n];
            int count = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                image[i] = 1000 + 100 * rnd.nextDouble() + (i % nx) * 3;
                mask[i] = rnd.nextDouble() < 0.7;
                if (mask[i]) {
                    count++;
                    sum += image[i];
                }
            }
            double mean = sum / count;
            double[] direct = SpatialAutocorrelation.directSums(image, mask, nx, ny, nz, sx, sy, sz, mean, count);
            double[] fft = SpatialAutocorrelation.fftSums(image, mask, nx, ny, 0, 0, 0, nx, ny, nz, sx, sy, sz, mean);
            for (int k = 0; k < 3; k++) assertEquals(direct[k], fft[k], 1e-9 * Math.abs(direct[0]) * 100 * 100, "sum " + k);
            assertEquals(1, fft[0] / direct[0], 1e-11);
            assertEquals(1, fft[2] / direct[2], 1e-10);
        }
    }

    @Test
    void checkerboardIsPerfectlyAntiCorrelatedAtNearestNeighbours() {
        // Two voxels: Moran's I = N / W * w y1 y2 * 2 / sum y^2 = 2 / (2w) * 2 w (-1) / 2 = -1; Geary's C = 1 / (4w) * 2w * 4 / 2 = 1.
        double[] mg = SpatialAutocorrelation.moranGeary(new double[] {1, 3}, new boolean[] {true, true}, 2, 1, 1, 1, 1, 1);
        assertEquals(-1, mg[0], 1e-15);
        assertEquals(1, mg[1], 1e-15);
    }
}
