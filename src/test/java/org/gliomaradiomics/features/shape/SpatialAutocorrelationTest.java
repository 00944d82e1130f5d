package org.gliomaradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpatialAutocorrelationTest {
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
    void fftSumsEqualPairSumsOnSingleSliceAndSingleRowRois() {
        SplittableRandom rnd = new SplittableRandom(21);
        int[][] shapes = {{23, 17, 1}, {1, 9, 14}, {31, 1, 1}};
        for (int[] shape : shapes) {
            int nx = shape[0], ny = shape[1], nz = shape[2], n = nx * ny * nz;
            double[] image = new double[n];
            boolean[] mask = new boolean[n];
            int count = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                image[i] = 50 * rnd.nextDouble();
                mask[i] = rnd.nextDouble() < 0.8;
                if (mask[i]) {
                    count++;
                    sum += image[i];
                }
            }
            double mean = sum / count;
            double[] direct = SpatialAutocorrelation.directSums(image, mask, nx, ny, nz, 0.8, 1.1, 3, mean, count);
            double[] fft = SpatialAutocorrelation.fftSums(image, mask, nx, ny, 0, 0, 0, nx, ny, nz, 0.8, 1.1, 3, mean);
            for (int k = 0; k < 3; k++) assertEquals(1, fft[k] / direct[k], 1e-10, java.util.Arrays.toString(shape) + " sum " + k);
        }
    }

    @Test
    void checkerboardIsPerfectlyAntiCorrelatedAtNearestNeighbours() {
        // Two voxels: Moran's I = N / W * w y1 y2 * 2 / sum y^2 = 2 / (2w) * 2 w (-1) / 2 = -1; Geary's C = 1 / (4w) * 2w * 4 / 2 = 1.
        double[] mg = SpatialAutocorrelation.moranGeary(new double[] {1, 3}, new boolean[] {true, true}, 2, 1, 1, 1, 1, 1);
        assertEquals(-1, mg[0], 1e-15);
        assertEquals(1, mg[1], 1e-15);
    }

    @Test
    void kernelOctantEqualsNaiveDftOfInverseDistance() {
        int lx = 6, ly = 5, lz = 9;
        double sx = 0.7, sy = 1.3, sz = 2.1;
        double[] octant = InverseDistanceSpectrum.compute(lx, ly, lz, sx, sy, sz);
        for (int kz = 0; kz <= lz / 2; kz++)
            for (int ky = 0; ky <= ly / 2; ky++)
                for (int kx = 0; kx <= lx / 2; kx++) {
                    double re = 0, im = 0;
                    for (int z = 0; z < lz; z++)
                        for (int y = 0; y < ly; y++)
                            for (int x = 0; x < lx; x++) {
                                // circular offset: the nearer of d and d - l
                                double dx = Math.min(x, lx - x) * sx, dy = Math.min(y, ly - y) * sy, dz = Math.min(z, lz - z) * sz;
                                double d = Math.sqrt(dx * dx + dy * dy + dz * dz), k = d == 0 ? 0 : 1 / d;
                                double a = -2 * Math.PI * ((double) kx * x / lx + (double) ky * y / ly + (double) kz * z / lz);
                                re += k * Math.cos(a);
                                im += k * Math.sin(a);
                            }
                    double got = octant[kz + (lz / 2 + 1) * (ky + (ly / 2 + 1) * kx)];
                    assertEquals(re, got, 1e-11, "k=" + kx + "," + ky + "," + kz);
                    assertEquals(0, im, 1e-11);
                }
    }

    @Test
    void fftSumsHaveTheSameBitsWhateverTheThreadCount() throws Exception {
        SplittableRandom rnd = new SplittableRandom(5);
        int nx = 41, ny = 37, nz = 23, n = nx * ny * nz;
        double[] image = new double[n];
        boolean[] mask = new boolean[n];
        for (int i = 0; i < n; i++) {
            image[i] = 100 * rnd.nextDouble();
            mask[i] = rnd.nextDouble() < 0.6;
        }
        double[][] results = new double[3][];
        int[] threads = {1, 2, 5};
        for (int t = 0; t < threads.length; t++) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads[t]);
            try {
                results[t] = pool.submit(() -> SpatialAutocorrelation.fftSums(image, mask, nx, ny, 0, 0, 0, nx, ny, nz, 1, 1, 2.5, 50)).get();
            } finally {
                pool.shutdown();
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(results[0], results[1], 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(results[0], results[2], 0);
    }
}
