package org.gliomaradiomics.features.shape;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.gliomaradiomics.numerics.Fft;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * CPU cost of Moran's I and Geary's C by FFT on cubic mask boxes of 28, 61 and 115 voxels (the intensity-mask
 * boxes of the 10k, 90k and 500k-voxel ROIs of FeatureBenchmark), split into the kernel spectrum (cached in
 * normal use) and the rest. All work runs on one thread (a one-thread pool), so its CPU time is the whole cost.
 * Run with {@code mvn -B -o test -Pbenchmark -Dtest=SpatialAutocorrelationBenchmark}.
 */
@Tag("benchmark")
class SpatialAutocorrelationBenchmark {
    @Test
    void cpuTimes() throws Exception {
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            single.submit(() -> {
                ThreadMXBean bean = ManagementFactory.getThreadMXBean();
                for (int b : new int[] {28, 61, 115}) {
                    int l = Fft.nextSmooth(2 * b - 1);
                    double[] image = new double[b * b * b];
                    boolean[] mask = new boolean[image.length];
                    SplittableRandom rnd = new SplittableRandom(1);
                    for (int i = 0; i < image.length; i++) {
                        image[i] = 1000 + 100 * rnd.nextDouble();
                        mask[i] = rnd.nextDouble() < 0.5;
                    }
                    int runs = 7;
                    double[] kernel = new double[runs], sums = new double[runs];
                    for (int r = -2; r < runs; r++) {
                        long t0 = bean.getCurrentThreadCpuTime();
                        InverseDistanceSpectrum.compute(l, l, l, 1, 1, 1);
                        long t1 = bean.getCurrentThreadCpuTime();
                        SpatialAutocorrelation.fftSums(image, mask, b, b, 0, 0, 0, b, b, b, 1, 1, 1, 1050);
                        long t2 = bean.getCurrentThreadCpuTime();
                        if (r >= 0) {
                            kernel[r] = (t1 - t0) / 1e6;
                            sums[r] = (t2 - t1) / 1e6;
                        }
                    }
                    Arrays.sort(kernel);
                    Arrays.sort(sums);
                    System.out.printf("box %d^3, padded %d^3: kernel spectrum %.1f ms CPU, transforms and sums (kernel cached) %.1f ms CPU%n",
                        b, l, kernel[runs / 2], sums[runs / 2]);
                }
            }).get();
        } finally {
            single.shutdown();
        }
    }
}
