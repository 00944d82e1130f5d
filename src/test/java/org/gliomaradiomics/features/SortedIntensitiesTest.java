package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

class SortedIntensitiesTest {
    /** Continuous intensities: the extractor's IVH sort is reused, and it equals a fresh sort of the mask's values. */
    @Test
    void preparedRoiHandsOverTheSortedIntensityMaskValues() {
        int n = 6 * 5 * 4;
        double[] img = new double[n], lab = new double[n];
        for (int i = 0; i < n; i++) {
            img[i] = 100 + Math.sin(i * 0.7) * 37.25;
            lab[i] = i % 3 == 0 ? 0 : 1;
        }
        Geometry g = Geometry.of(6, 5, 4, 1, 1, 1);
        ExtractionSettings s = ExtractionSettings.builder()
            .discretisation(ExtractionSettings.Discretisation.FIXED_BIN_SIZE)
            .binWidth(10)
            .resegmentationUpper(130) // the intensity mask differs from the morphological one
            .build();
        RoiData roi = FeatureExtractor.prepare(new Volume(g, img, DataType.FLOAT32), new Volume(g, lab, DataType.UINT8), 1, s);
        double[] inMask = new double[0];
        for (int i = 0; i < roi.image.length; i++)
            if (roi.intensityMask[i]) inMask = append(inMask, roi.image[i]);
        Arrays.sort(inMask);
        org.junit.jupiter.api.Assertions.assertTrue(inMask.length > 0 && inMask.length < 80, "re-segmentation removed some voxels");
        double[] sorted = SortedIntensities.of(roi);
        assertSame(roi.ivhValues, sorted);
        assertArrayEquals(inMask, sorted, 0);
        // and the lazily sorted path gives the same array for a RoiData the extractor did not register
        assertArrayEquals(inMask, SortedIntensities.sort(roi.image, roi.intensityMask), 0);
    }

    private static double[] append(double[] a, double v) {
        double[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
