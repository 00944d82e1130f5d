package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.preprocess.Resampler;
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
        Geometry g = image.geometry();
        boolean[] roi = mask.maskOf(1);
        RoiBox input = new RoiBox(roi, g.nx, g.ny, g.nz);
        Resampler.Resampled r = Resampler.aroundRoi(image, i -> roi[i], input.lo, input.hi, new double[] {2, 2, 2}, new int[] {5, 5, 5},
            ImageWarper.Interpolation.BSPLINE, Convention.PYRADIOMICS.resampling());
        double[] values = r.image().voxels();
        Geometry rg = r.image().geometry();
        assertEquals("30x39x34", rg.sizeString());
        RoiBox box = new RoiBox(r.roi(), rg.nx, rg.ny, rg.nz);
        assertEquals(1915, box.count);
        assertArrayEquals(new int[] {5, 6, 7}, box.lo);
        assertArrayEquals(new int[] {23, 32, 28}, box.hi);
        // integer output (int16 truncation), ROI range 481..1334
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (int i = 0; i < r.roi().length; i++) {
            if (!r.roi()[i]) continue;
            assertEquals(Math.rint(values[i]), values[i], 0);
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
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
        double[] onImage = Resampler.nearestOnto(mask, image, Convention.PYRADIOMICS.resampling());
        assertEquals(DataType.UINT8, mask.storageType());
        for (int i = 0; i < labels.length; i++) assertEquals(i % 3, onImage[i], 0, "voxel " + i);
    }
}
