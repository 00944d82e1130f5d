package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/** The extractor's checks of image and mask (PyRadiomics' checkMask), each with a message naming the cause. */
class ExtractorInputErrorsTest {
    private static final Geometry GRID = Geometry.of(4, 4, 2, 1, 1, 1);

    private static Volume volume(Geometry g, int... roiIndices) {
        Volume v = Volume.zeros(g, DataType.UINT8);
        for (int i : roiIndices) v.voxels()[i] = 1;
        return v;
    }

    private static String message(Volume mask, PyRadiomicsSettings s) {
        Volume image = volume(GRID, 0, 1, 2, 3, 4, 5);
        return assertThrows(IllegalArgumentException.class, () -> new PyRadiomicsExtractor().extract(image, mask, s)).getMessage();
    }

    @Test
    void absentLabel() {
        String m = message(volume(GRID, 1, 2), PyRadiomicsSettings.builder().label(2).build());
        assertTrue(m.contains("ROI of label 2 is empty"), m);
    }

    @Test
    void tooFewDimensions() {
        String m = message(volume(GRID, 1, 2), PyRadiomicsSettings.defaults());
        assertTrue(m.contains("spans 1 dimension"), m);
    }

    @Test
    void maskOnAnotherGridNeedsCorrectMask() {
        Volume mask = volume(Geometry.of(4, 4, 1, 1, 1, 1), 0, 1, 4, 5);
        String m = message(mask, PyRadiomicsSettings.defaults());
        assertTrue(m.contains("correctMask"), m);
        // with correctMask the 4x4x1 mask lands on slice 0 of the image grid and extraction runs
        Volume image = volume(GRID, 0, 1, 2, 3, 4, 5);
        assertTrue(new PyRadiomicsExtractor().extract(image, mask, PyRadiomicsSettings.builder().correctMask(true).build())
            .get("original_shape_VoxelVolume") == 4.0);
    }
}
