package org.gliomaradiomics.features;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of the six texture families on synthetic tumours: a 200 x 200 x 162 box, an irregular ROI (sphere with a
 * direction-dependent, jittered radius; deterministic from the seed), grey levels from a smooth field plus noise
 * discretised to 48 levels. 3D aggregations only; warm JVM, median of 20 runs per family, in thread CPU time.
 * Run: {@code mvn -B -o test -Pbenchmark -Dtest=TextureBenchmark}.
 */
@Tag("benchmark")
class TextureBenchmark {
    private static final int NX = 200, NY = 200, NZ = 162, NG = 48, RUNS = 20;
    private static final List<FeatureFamily> FAMILIES = List.of(new GlcmFamily(), new GlrlmFamily(), new GlszmFamily(),
        new GldzmFamily(), new NgtdmFamily(), new NgldmFamily());

    /** A ROI of about {@code voxels} voxels. */
    static RoiData syntheticTumour(int voxels, long seed) {
        Random random = new Random(seed);
        double r0 = Math.cbrt(3.0 * voxels / (4 * Math.PI));
        double cx = NX / 2.0, cy = NY / 2.0, cz = NZ / 2.0;
        int n = NX * NY * NZ;
        double[] image = new double[n];
        boolean[] mask = new boolean[n];
        int[] grey = new int[n];
        double a1 = random.nextDouble() * 6, a2 = random.nextDouble() * 6;
        for (int z = 0, i = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++, i++) {
                    double dx = x - cx, dy = y - cy, dz = z - cz;
                    double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    double theta = Math.atan2(dy, dx), phi = Math.acos(r == 0 ? 1 : dz / r);
                    double radius = r0 * (1 + 0.15 * Math.sin(3 * theta + a1) * Math.cos(2 * phi + a2)) + random.nextGaussian() * 0.7;
                    double field = 0.5 + 0.25 * Math.sin(x / 7.0) * Math.cos(y / 9.0) + 0.2 * Math.sin(z / 5.0 + x / 11.0)
                        + 0.08 * random.nextGaussian();
                    image[i] = field;
                    if (r <= radius) {
                        mask[i] = true;
                        grey[i] = Math.max(1, Math.min(NG, 1 + (int) Math.floor(field * NG)));
                    }
                }
            }
        }
        return new RoiData(NX, NY, NZ, 1, 1, 1, image, mask, mask.clone(), grey, NG, new double[0], new double[0]);
    }

    @Test
    void benchmarkTextureFamilies() {
        FeatureSettings settings3d = FeatureSettings.builder().dimensions(EnumSet.of(FeatureSettings.Dimension.D3)).build();
        for (int target : new int[] {10_000, 90_000, 500_000}) {
            RoiData roi = syntheticTumour(target, 42);
            StringBuilder line = new StringBuilder(String.format("ROI %,d voxels (Ng %d), 3D only:", roi.intensityCount(), NG));
            double total = 0;
            for (FeatureFamily family : FAMILIES) {
                double ms = medianMillis(family, roi, settings3d);
                total += ms;
                line.append(String.format(" %s %.2f ms;", family.name(), ms));
            }
            line.append(String.format(" all six %.2f ms", total));
            line.append(String.format(" + one bounding-box scan of the 200x200x162 box per ROI, shared by the families: %.2f ms",
                medianMillis(() -> TextureGrid.scanBounds(roi))));
            FeatureSettings all = FeatureSettings.defaults();
            double allDims = 0;
            for (FeatureFamily family : FAMILIES) allDims += medianMillis(family, roi, all);
            line.append(String.format(" (all aggregations 2D+2.5D+3D: %.2f ms)", allDims));
            System.out.println(line);
        }
    }

    /** Median thread CPU time in ms (robust when other processes share the cores), falling back to wall time. */
    private static double medianMillis(FeatureFamily family, RoiData roi, FeatureSettings settings) {
        double[] sink = new double[1];
        double ms = medianMillis(() -> family.compute(roi, settings, (f, a, v) -> sink[0] += v));
        if (Double.isNaN(sink[0])) System.out.println("(" + family.name() + ": some feature is NaN)");
        return ms;
    }

    private static double medianMillis(Runnable task) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        for (int i = 0; i < 10; i++) task.run(); // warm-up
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            task.run();
            times[i] = ((cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0) / 1e6;
        }
        Arrays.sort(times);
        return (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
    }
}
