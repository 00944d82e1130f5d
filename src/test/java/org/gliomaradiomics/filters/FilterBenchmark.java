package org.gliomaradiomics.filters;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Milliseconds per filter on a BraTS-sized 240 x 240 x 155 volume at 1 mm (run with -Pbenchmark). */
@Tag("benchmark")
class FilterBenchmark {

    @Test
    void filtersOnBratsSizedVolume() {
        Geometry g = Geometry.of(240, 240, 155, 1, 1, 1);
        double[] v = new double[(int) g.voxelCount()];
        Random rnd = new Random(1);
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(1000);
        Volume in = new Volume(g, v, DataType.FLOAT32);

        Map<String, ImageFilter> filters = new LinkedHashMap<>();
        filters.put("mean 15 3D", new MeanFilter(15, Dimensionality.THREE_D, Padding.MIRROR));
        filters.put("LoG 3 mm 3D", new LaplacianOfGaussianFilter(3, 4, Dimensionality.THREE_D, Padding.MIRROR));
        filters.put("Laws E5L5S5 3D", new LawsFilter("E5L5S5", Dimensionality.THREE_D, Padding.MIRROR, false, Pooling.MAX, -1));
        filters.put("Laws E5L5S5 3D, 24 rotations, energy 7", new LawsFilter("E5L5S5", Dimensionality.THREE_D, Padding.MIRROR, true, Pooling.MAX, 7));
        filters.put("Gabor 2D axial, sigma 5 mm", new GaborFilter(5, 4, 0.5, Math.PI / 3, 0, Pooling.AVERAGE, false, Padding.MIRROR));
        filters.put("Gabor 3 planes, 8 orientations, sigma 5 mm", new GaborFilter(5, 4, 0.5, 0, Math.PI / 4, Pooling.AVERAGE, true, Padding.MIRROR));
        filters.put("wavelet db2 LHL level 1", new WaveletFilter("db2", "LHL", 1, Dimensionality.THREE_D, Padding.MIRROR, false, Pooling.AVERAGE));
        filters.put("wavelet haar HHH level 2, 24 rotations", new WaveletFilter("haar", "HHH", 2, Dimensionality.THREE_D, Padding.MIRROR, true, Pooling.AVERAGE));
        filters.put("Simoncelli level 1 3D", new SimoncelliFilter(1, Dimensionality.THREE_D, Padding.MIRROR));
        filters.put("Simoncelli level 1 3D periodic (155: Bluestein)", new SimoncelliFilter(1, Dimensionality.THREE_D, Padding.PERIODIC));
        filters.put("Simoncelli level 2 3D", new SimoncelliFilter(2, Dimensionality.THREE_D, Padding.MIRROR));
        filters.put("Simoncelli level 1 2D", new SimoncelliFilter(1, Dimensionality.TWO_D, Padding.MIRROR));
        filters.put("Riesz [1,0,0] of LoG 3 mm 3D", new RieszFilter(new int[] {1, 0, 0}, new LaplacianOfGaussianFilter(3, 4, Dimensionality.THREE_D, Padding.MIRROR)));
        filters.put("Riesz [1,1,0] of the image 3D", new RieszFilter(new int[] {1, 1, 0}, Dimensionality.THREE_D, Padding.MIRROR));

        filters.values().iterator().next().apply(in); // warm-up
        for (Map.Entry<String, ImageFilter> e : filters.entrySet()) {
            long t0 = System.nanoTime(), c0 = processCpuNanos();
            e.getValue().apply(in);
            System.out.printf("BENCH %-50s %8.0f ms wall %8.0f ms cpu%n", e.getKey(), (System.nanoTime() - t0) / 1e6, (processCpuNanos() - c0) / 1e6);
        }
    }

    /** CPU time of all threads of this JVM (less sensitive than wall time on a shared machine), or 0 if unknown. */
    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }
}
