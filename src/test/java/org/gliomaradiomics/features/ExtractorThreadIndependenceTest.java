package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.gliomaradiomics.features.shape.SpatialAutocorrelation;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.parallel.Parallel;
import org.gliomaradiomics.parallel.Threads;
import org.junit.jupiter.api.Test;

/** The whole extraction gives the same bits on 1, 2 and 4 threads, on an ROI large enough for the FFT route of
 * Moran's I and Geary's C and for the parallel texture, local-intensity and FFT chunks. */
class ExtractorThreadIndependenceTest {
    @Test
    void sameBitsWhateverTheThreadCount() throws Exception {
        int nx = 40, ny = 36, nz = 30;
        Geometry g = Geometry.of(nx, ny, nz, 0.9, 0.9, 1.5);
        double[] img = new double[nx * ny * nz], lab = new double[img.length];
        SplittableRandom rnd = new SplittableRandom(3);
        int count = 0;
        for (int z = 0, i = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, i++) {
                    double dx = (x - 20) * 0.9, dy = (y - 17) * 0.9, dz = (z - 15) * 1.5;
                    if (Math.sqrt(dx * dx + dy * dy + dz * dz) < 12 + 2 * rnd.nextDouble()) {
                        lab[i] = 1;
                        count++;
                    }
                    img[i] = 500 + 80 * Math.sin(x / 5.0) + 30 * rnd.nextGaussian();
                }
        assertTrue(count > SpatialAutocorrelation.DIRECT_LIMIT, "ROI of " + count + " voxels takes the FFT route");
        Volume image = new Volume(g, img, DataType.FLOAT32), mask = new Volume(g, lab, DataType.UINT8);
        ExtractionSettings s = ExtractionSettings.builder()
            .discretisation(ExtractionSettings.Discretisation.FIXED_BIN_SIZE)
            .binWidth(20)
            .build();
        List<ExtractedFeature> reference = null;
        for (int threads : new int[] {1, 2, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                List<ExtractedFeature> values = pool.submit(() -> FeatureExtractor.extract(image, mask, 1, s)).get();
                if (reference == null) reference = values;
                else assertEquals(reference, values, threads + " threads"); // records compare doubles bit for bit
            } finally {
                pool.shutdown();
            }
        }
    }

    /** Cases in parallel with each case parallel inside (a batch) on one budget: the same bits as one thread. */
    @Test
    void sameBitsWhenCasesAndTheirFamiliesShareTheBudget() throws Exception {
        int n = 14;
        Geometry g = Geometry.of(n, n, n, 1, 1, 1.5);
        Volume[] images = new Volume[4];
        double[] lab = new double[n * n * n];
        for (int z = 0, i = 0; z < n; z++)
            for (int y = 0; y < n; y++)
                for (int x = 0; x < n; x++, i++) lab[i] = (x - 7) * (x - 7) + (y - 7) * (y - 7) + (z - 7) * (z - 7) < 30 ? 1 : 0;
        for (int c = 0; c < images.length; c++) {
            SplittableRandom rnd = new SplittableRandom(c);
            double[] img = new double[lab.length];
            for (int i = 0; i < img.length; i++) img[i] = 100 + 20 * rnd.nextGaussian();
            images[c] = new Volume(g, img, DataType.FLOAT32);
        }
        Volume mask = new Volume(g, lab, DataType.UINT8);
        ExtractionSettings s = ExtractionSettings.builder()
            .discretisation(ExtractionSettings.Discretisation.FIXED_BIN_NUMBER)
            .binCount(16)
            .build();
        List<List<ExtractedFeature>> reference = null;
        for (int threads : new int[] {1, 2, 3}) {
            List<List<ExtractedFeature>> values = new Threads(threads).call(() ->
                Parallel.map(images.length, c -> FeatureExtractor.extract(images[c], mask, 1, s)));
            if (reference == null) reference = values;
            else assertEquals(reference, values, threads + " threads");
        }
    }
}
