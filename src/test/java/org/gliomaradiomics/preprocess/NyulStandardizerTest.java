package org.gliomaradiomics.preprocess;

import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.TextFiles;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NyulStandardizerTest {

    @Test
    void trainsAndAppliesLandmarksAsCalculatedByHand() {
        Volume a = IntensityNormalizerTest.row(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10); // p0, p50, p100 = 0, 5, 10
        Volume b = IntensityNormalizerTest.row(0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 20); // = 0, 5, 20
        // scaled to [0, 100]: a -> 0, 50, 100; b -> 0, 25, 100; mean -> 0, 37.5, 100
        NyulLandmarks lm = NyulStandardizer.train(List.of(a, b), null, new double[] {0, 50, 100}, 0, 100);
        assertArrayEquals(new double[] {0, 37.5, 100}, lm.standardValues(), 1e-12);
        Volume r = NyulStandardizer.apply(IntensityNormalizerTest.row(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12), null, lm);
        // landmarks of this image: p0 = 0, p50 = 5.5, p100 = 12
        assertEquals(0, r.voxels()[0], 1e-5);
        assertEquals(37.5 * 2 / 5.5, r.voxels()[2], 1e-4);
        assertEquals(37.5 + (8 - 5.5) / 6.5 * 62.5, r.voxels()[8], 1e-4);
        assertEquals(100, r.voxels()[11], 1e-4);
    }

    @Test
    void valuesBeyondTheEndLandmarksFollowTheEndSegments() {
        NyulLandmarks lm = new NyulLandmarks(new double[] {10, 90}, new double[] {1, 100});
        double[] v = new double[11];
        for (int i = 0; i <= 10; i++) v[i] = i; // p10 = 1, p90 = 9
        Volume r = NyulStandardizer.apply(IntensityNormalizerTest.row(v), null, lm);
        assertEquals(1 - 99.0 / 8, r.voxels()[0], 1e-4);
        assertEquals(100 + 99.0 / 8, r.voxels()[10], 1e-4);
    }

    @Test
    void landmarksRoundTripThroughCsv(@TempDir Path dir) throws Exception {
        NyulLandmarks lm = new NyulLandmarks(NyulLandmarks.defaultPercentiles(), new double[] {1, 8, 15.5, 22, 30, 41, 50.25, 61, 70, 82, 100});
        Path f = dir.resolve("landmarks.csv");
        java.nio.file.Files.writeString(f, lm.toCsv());
        NyulLandmarks back = NyulLandmarks.parseCsv(TextFiles.read(f), f.toString());
        assertArrayEquals(lm.percentiles(), back.percentiles(), 0);
        assertArrayEquals(lm.standardValues(), back.standardValues(), 0);
        assertThrows(IllegalArgumentException.class, () -> NyulLandmarks.parseCsv("percentile,standard_value\n10,5\n20,3\n", "bad.csv"));
    }

    @Test
    void mapsWhiteMatterToTheSameValueAcrossScaledCopies() {
        Geometry g = BrainPhantom.grid(48, 56, 44, 3.5);
        boolean[] brain = BrainPhantom.mask(g, BrainPhantom::inBrain);
        boolean[] core = BrainPhantom.mask(g, BrainPhantom::whiteCore);
        Volume p1 = BrainPhantom.sample(g, BrainPhantom.T1, 2.0, 21), p2 = BrainPhantom.sample(g, BrainPhantom.T1, 4.0, 22);
        NyulLandmarks lm = NyulStandardizer.train(List.of(p1, BrainPhantom.map(p2, v -> 2 * v + 10)), List.of(brain, brain));
        Volume test = BrainPhantom.sample(g, BrainPhantom.T1, 2.0, 23);
        double[] wm = new double[3];
        Volume[] copies = {test, BrainPhantom.map(test, v -> 0.7 * v + 50), BrainPhantom.map(test, v -> 1.5 * v)};
        for (int i = 0; i < 3; i++) wm[i] = BrainPhantom.mean(BrainPhantom.values(NyulStandardizer.apply(copies[i], brain, lm), core));
        System.out.printf("Nyul: white matter at %.4f, %.4f, %.4f on the [1, 100] scale%n", wm[0], wm[1], wm[2]);
        assertEquals(wm[0], wm[1], 0.01);
        assertEquals(wm[0], wm[2], 0.01);
        // white matter is the brightest large tissue: it lies in the upper part of the scale
        assertTrue(wm[0] > 60 && wm[0] < 100, "white matter at " + wm[0]);
    }
}
