package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.gliomaradiomics.features.RoiBox;

/** brain1 resampled to 2 mm: grid and ROI facts recorded with the PyRadiomics baseline (settings.md). */
class ResamplingGridTest {
    @Test
    void brain1OnTwoMillimetreGrid() throws IOException {
        Path dir = TestPaths.testImages().resolve("brain1");
        Volume image = ImageIO.read(dir.resolve("brain1_image.nrrd"));
        Volume mask = ImageIO.readMask(dir.resolve("brain1_label.nrrd"), image.geometry());
        Resampler.Result r = Resampler.resample(image.voxels(), image.type(), mask.maskOf(1), image.geometry(),
            new double[] {2, 2, 2}, 5, PyRadiomicsSettings.Interpolator.BSPLINE, org.gliomaradiomics.features.Convention.PYRADIOMICS);
        assertEquals("30x39x34", r.geometry.sizeString());
        RoiBox box = new RoiBox(r.mask, r.geometry.nx, r.geometry.ny, r.geometry.nz);
        assertEquals(1915, box.count);
        assertArrayEquals(new int[] {5, 6, 7}, box.lo);
        assertArrayEquals(new int[] {23, 32, 28}, box.hi);
        // integer output (int16 truncation), ROI range 481..1334
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (int i = 0; i < r.mask.length; i++) {
            if (!r.mask[i]) continue;
            assertEquals(Math.rint(r.image[i]), r.image[i], 0);
            min = Math.min(min, r.image[i]);
            max = Math.max(max, r.image[i]);
        }
        assertEquals(481, min, 0);
        assertEquals(1334, max, 0);
    }
}
