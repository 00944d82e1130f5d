package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
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

    /** correctMask samples the mask by nearest neighbour onto the image grid and leaves the caller's mask as stored. */
    @Test
    void correctMaskReadsTheMaskWithoutWideningIt() {
        byte[] labels = new byte[4 * 3 * 2];
        for (int i = 0; i < labels.length; i++) labels[i] = (byte) (i % 3);
        Volume mask = new Volume(new Geometry(4, 3, 2, new double[] {1, 1, 1}, new double[] {0.2, 0, 0}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}),
            labels, DataType.UINT8);
        // image voxel x (world 0.4 + x) is mask index x + 0.2: nearest is mask voxel x, for the last one too (3.2 < 3.5)
        Geometry image = new Geometry(4, 3, 2, new double[] {1, 1, 1}, new double[] {0.4, 0, 0}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        double[] onImage = Resampler.nearestOnto(mask, image);
        assertEquals(DataType.UINT8, mask.storageType());
        for (int i = 0; i < labels.length; i++) assertEquals(i % 3, onImage[i], 0, "voxel " + i);
    }
}
