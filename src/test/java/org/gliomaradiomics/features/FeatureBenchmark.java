package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of the extractor on a 200 x 200 x 162 volume at 1 mm with irregular ROIs of about 10k, 90k and 500k
 * voxels (deformed spheres with a noisy boundary, intensities a smooth field plus noise, fixed seed). Prints the
 * median of repeated warm runs per family and for the whole extraction. Run with
 * {@code mvn -B -o test -Pbenchmark -Dtest=FeatureBenchmark}.
 */
@Tag("benchmark")
class FeatureBenchmark {
    static final int NX = 200, NY = 200, NZ = 162;

    static Volume[] phantom(int targetVoxels, long seed) {
        Geometry g = Geometry.of(NX, NY, NZ, 1, 1, 1);
        double[] img = new double[NX * NY * NZ], lab = new double[img.length];
        SplittableRandom rnd = new SplittableRandom(seed);
        double r0 = Math.cbrt(3 * targetVoxels / (4 * Math.PI));
        double cx = NX / 2.0 + 3.3, cy = NY / 2.0 - 2.1, cz = NZ / 2.0 + 1.7;
        for (int z = 0, i = 0; z < NZ; z++)
            for (int y = 0; y < NY; y++)
                for (int x = 0; x < NX; x++, i++) {
                    double dx = x - cx, dy = y - cy, dz = z - cz;
                    double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    double theta = Math.atan2(dy, dx), phi = r == 0 ? 0 : Math.acos(dz / r);
                    double bound = r0 * (1 + 0.18 * Math.sin(3 * theta) * Math.sin(2 * phi) + 0.08 * Math.cos(5 * phi));
                    double noise = rnd.nextDouble();
                    if (r <= bound + 1.5 * (noise - 0.5)) lab[i] = 1;
                    img[i] = 1000 + 300 * Math.sin(x / 17.0) * Math.cos(y / 23.0) + 150 * Math.sin(z / 11.0) + 60 * rnd.nextGaussian();
                }
        return new Volume[] {new Volume(g, img, DataType.FLOAT32), new Volume(g, lab, DataType.UINT8)};
    }

    @Test
    void timings() {
        ExtractionSettings s = new ExtractionSettings();
        s.discretisation = ExtractionSettings.Discretisation.FIXED_BIN_SIZE;
        s.binWidth = 25;
        for (int target : new int[] {10_000, 90_000, 500_000}) {
            Volume[] v = phantom(target, 42);
            RoiData roi = FeatureExtractor.prepare(v[0], v[1], 1, s);
            List<FeatureFamily> families = new ArrayList<>();
            for (FeatureFamily f : FeatureRegistry.families()) if (!f.features().isEmpty()) families.add(f);
            StringBuilder line = new StringBuilder(String.format("ROI %d voxels (box %dx%dx%d):", roi.intensityCount(), roi.nx, roi.ny, roi.nz));
            double sum = 0, cpuSum = 0;
            for (FeatureFamily f : families) {
                double[] ms = medianWallAndCpu(() -> f.compute(roi, s.features, (d, a, x) -> { }));
                sum += ms[0];
                cpuSum += ms[1];
                line.append(String.format(" %s %.1f ms (cpu %.1f);", f.name(), ms[0], ms[1]));
            }
            double prep = median(() -> FeatureExtractor.prepare(v[0], v[1], 1, s));
            ExtractionSettings serial = s.copy();
            serial.parallel = false;
            double[] whole = medianWallAndProcessCpu(() -> FeatureExtractor.extract(v[0], v[1], 1, s));
            double[] wholeSerial = medianWallAndProcessCpu(() -> FeatureExtractor.extract(v[0], v[1], 1, serial));
            System.out.println(line + String.format(" families sum %.1f ms (cpu of calling thread %.1f); prepare %.1f ms;"
                + " extract %.1f ms wall / %.1f ms process cpu (parallel), %.1f ms wall / %.1f ms process cpu (serial families)",
                sum, cpuSum, prep, whole[0], whole[1], wholeSerial[0], wholeSerial[1]));
        }
    }

    private static double median(Runnable r) {
        return medianWallAndCpu(r)[0];
    }

    /** Median wall time and median CPU time of the whole process (all threads, GC and JIT included). */
    private static double[] medianWallAndProcessCpu(Runnable r) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 2; i++) r.run();
        double[] wall = new double[5], cpu = new double[5];
        for (int i = 0; i < wall.length; i++) {
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            r.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[2], cpu[2]};
    }

    /** Median wall time and median CPU time of the calling thread (ms) over 5 runs after 2 warm-up runs. The
     * machine may be shared: CPU time is less disturbed by other processes than wall time. */
    private static double[] medianWallAndCpu(Runnable r) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) r.run();
        double[] wall = new double[5], cpu = new double[5];
        for (int i = 0; i < wall.length; i++) {
            long c0 = bean.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            r.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[2], cpu[2]};
    }
}
