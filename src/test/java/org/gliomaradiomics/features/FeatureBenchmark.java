package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of the extractor on a 200 x 200 x 162 volume at 1 mm with irregular ROIs of about 10k, 90k and 500k
 * voxels (deformed spheres with a noisy boundary, intensities a smooth field plus noise, fixed seed), all families,
 * 3D texture aggregation (the project's target), fixed bin width 25. Prints a table:
 * CPU time per family (all its threads' work done by one thread), whole extraction on one thread and in parallel
 * (wall and process CPU), peak heap. Medians of repeated warm runs. Run with
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
    void timings() throws Exception {
        ExtractionSettings s = ExtractionSettings.builder()
            .discretisation(ExtractionSettings.Discretisation.FIXED_BIN_SIZE)
            .binWidth(25)
            .features(FeatureSettings.builder().dimensions(java.util.EnumSet.of(FeatureSettings.Dimension.D3)).build()) // the benchmark target
            .build();
        ExtractionSettings allAggregations = s.toBuilder().features(FeatureSettings.defaults()).build();
        List<FeatureFamily> families = new ArrayList<>();
        for (FeatureFamily f : FeatureRegistry.families()) if (!f.features().isEmpty()) families.add(f);
        int[] targets = {10_000, 90_000, 500_000};
        String[][] cells = new String[families.size() + 8][targets.length];
        int[] roiVoxels = new int[targets.length];
        // One thread does all the work of each measurement below (nested parallel streams included), so its CPU
        // time is the whole cost of what it runs.
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            for (int t = 0; t < targets.length; t++) {
                Volume[] v = phantom(targets[t], 42);
                RoiData roi = FeatureExtractor.prepare(v[0], v[1], 1, s);
                roiVoxels[t] = roi.intensityCount();
                double cpuSum = 0;
                for (int k = 0; k < families.size(); k++) {
                    FeatureFamily f = families.get(k);
                    double cpu = single.submit(() -> medianWallAndCpu(() -> f.compute(roi, s.features(), (d, a, x) -> { }))[1]).get();
                    cpuSum += cpu;
                    cells[k][t] = String.format("%.1f", cpu);
                }
                double prepare = single.submit(() -> medianWallAndCpu(() -> FeatureExtractor.prepare(v[0], v[1], 1, s))[1]).get();
                double[] serial = single.submit(() -> medianWallAndCpu(() -> FeatureExtractor.extract(v[0], v[1], 1, s))).get();
                double[] serialAll = single.submit(() -> medianWallAndCpu(() -> FeatureExtractor.extract(v[0], v[1], 1, allAggregations))).get();
                double[] whole = medianWallAndProcessCpu(() -> FeatureExtractor.extract(v[0], v[1], 1, s));
                double[] heap = org.gliomaradiomics.testutil.PeakHeap.megabytes(() -> FeatureExtractor.extract(v[0], v[1], 1, s));
                int r = families.size();
                cells[r][t] = String.format("%.1f", prepare);
                cells[r + 1][t] = String.format("%.1f", cpuSum + prepare);
                cells[r + 2][t] = String.format("%.0f / %.0f", serial[0], serial[1]);
                cells[r + 3][t] = String.format("%.0f / %.0f", whole[0], whole[1]);
                cells[r + 4][t] = String.format("%.0f", heap[0]);
                cells[r + 5][t] = String.format("%.0f", heap[1]);
                cells[r + 6][t] = String.format("%.0f / %.0f", serialAll[0], serialAll[1]);
                FeatureSettings smooth = s.features().toBuilder().surface(FeatureSettings.Surface.SMOOTH).build();
                cells[r + 7][t] = String.format("%.1f", single.submit(() -> medianWallAndCpu(() -> new MorphologyFamily().compute(roi, smooth, (d, a, x) -> { }))[1]).get());
            }
        } finally {
            single.shutdown();
        }
        List<String> rows = new ArrayList<>();
        for (FeatureFamily f : families) rows.add(f.name() + " (ms CPU)");
        rows.addAll(List.of("prepare (ms CPU)", "sum of families + prepare (ms CPU)", "extract, 1 thread (ms wall / CPU)",
            "extract, parallel (ms wall / process CPU)", "peak heap during extract (MB)", "heap before extract: inputs (MB)",
            "extract, 1 thread, 2D+2.5D+3D (ms wall / CPU)", "morphology, surface: smooth (ms CPU)"));
        StringBuilder table = new StringBuilder(String.format("%n%-44s", "ROI voxels (1 mm, FBS 25, 3D aggregation)"));
        for (int n : roiVoxels) table.append(String.format("%16d", n));
        for (int k = 0; k < rows.size(); k++) {
            table.append(String.format("%n%-44s", rows.get(k)));
            for (String c : cells[k]) table.append(String.format("%16s", c));
        }
        table.append(String.format("%n(%d available processors; medians of 5 warm runs)%n", Runtime.getRuntime().availableProcessors()));
        System.out.println(table);
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
