package org.gliomaradiomics.filters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/** Every filter reports non-decreasing progress ending at 1, keeps the geometry, leaves its input alone and gives
 * the same bits whatever the thread count. */
class FilterProgressTest {

    @Test
    void progressAndGeometry() {
        Geometry g = Geometry.of(6, 5, 4, 1, 1.5, 2);
        double[] v = new double[120];
        for (int i = 0; i < v.length; i++) v[i] = (i * 37) % 11;
        Volume in = new Volume(g, v.clone(), DataType.UINT8);
        List<ImageFilter> filters = List.of(
            new MeanFilter(3, Dimensionality.THREE_D, Padding.MIRROR),
            new LaplacianOfGaussianFilter(1.5, 4, Dimensionality.THREE_D, Padding.NEAREST),
            new LawsFilter("E3W5R5", Dimensionality.THREE_D, Padding.PERIODIC, true, Pooling.MAX, 1),
            new GaborFilter(2, 3, 1.5, 0, Math.PI / 4, Pooling.MAX, true, Padding.ZERO),
            new WaveletFilter("sym4", "HLH", 2, Dimensionality.THREE_D, Padding.MIRROR, true, Pooling.AVERAGE),
            new SimoncelliFilter(1, Dimensionality.THREE_D, Padding.MIRROR),
            new RieszFilter(new int[] {1, 0, 1}, new LaplacianOfGaussianFilter(1.5, 4, Dimensionality.THREE_D, Padding.ZERO)),
            new RieszFilter(new int[] {0, 2}, Dimensionality.TWO_D, Padding.PERIODIC));
        for (ImageFilter f : filters) {
            List<Double> seen = new ArrayList<>();
            Volume out = f.apply(in, seen::add);
            assertFalse(seen.isEmpty(), f.toString());
            for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1), f + " progress decreased");
            assertEquals(1, seen.get(seen.size() - 1), 0, f.toString());
            assertTrue(out.geometry().sameGrid(g, 0));
            assertEquals(DataType.FLOAT64, out.type());
            for (int i = 0; i < v.length; i++) assertEquals(v[i], in.voxels()[i], 0);
            assertArrayEquals(inPool(1, f, in), inPool(3, f, in), f + ": result depends on the thread count");
        }
    }

    /** The filter run inside a pool of {@code threads} workers (parallel streams use the calling task's pool). */
    private static double[] inPool(int threads, ImageFilter f, Volume in) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> f.apply(in).voxels()).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
