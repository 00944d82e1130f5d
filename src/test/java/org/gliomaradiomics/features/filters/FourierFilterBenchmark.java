package org.gliomaradiomics.features.filters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Milliseconds per Fourier-domain filter on a BraTS-sized 240 x 240 x 155 volume (run with -Pbenchmark). */
@Tag("benchmark")
class FourierFilterBenchmark {

    @Test
    void fourierFiltersOnBratsSizedVolume() {
        Geometry g = Geometry.of(240, 240, 155, 1, 1, 1);
        double[] v = new double[(int) g.voxelCount()];
        Random rnd = new Random(1);
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(1000);
        Volume in = new Volume(g, v, DataType.FLOAT32);

        Map<String, ImageFilter> filters = new LinkedHashMap<>();
        filters.put("Simoncelli level 1 3D mirror", new SimoncelliFilter(1, Dimensionality.THREE_D, Padding.MIRROR));
        filters.put("Simoncelli level 1 3D periodic (155: Bluestein)", new SimoncelliFilter(1, Dimensionality.THREE_D, Padding.PERIODIC));
        filters.put("Simoncelli level 2 3D mirror", new SimoncelliFilter(2, Dimensionality.THREE_D, Padding.MIRROR));
        filters.put("Simoncelli level 1 2D mirror", new SimoncelliFilter(1, Dimensionality.TWO_D, Padding.MIRROR));
        filters.put("Riesz [1,0,0] of LoG 3 mm 3D mirror", new RieszFilter(new int[] {1, 0, 0},
            new LaplacianOfGaussianFilter(3, 4, Dimensionality.THREE_D, Padding.MIRROR)));
        filters.put("Riesz [1,1,0] of image 3D mirror", new RieszFilter(new int[] {1, 1, 0}, Dimensionality.THREE_D, Padding.MIRROR));

        filters.values().iterator().next().apply(in); // warm-up
        for (Map.Entry<String, ImageFilter> e : filters.entrySet()) {
            long t0 = System.nanoTime();
            e.getValue().apply(in);
            System.out.printf("BENCH %-50s %8.0f ms wall%n", e.getKey(), (System.nanoTime() - t0) / 1e6);
        }
    }
}
