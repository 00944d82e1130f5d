package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

class CaseResamplerTest {
    @Test
    void isotropicGridKeepsTheFieldOfViewCentred() {
        Geometry g = new Geometry(40, 30, 10, new double[] {0.5, 0.5, 3}, new double[] {0, 0, 0}, Geometry.identity());
        Geometry iso = CaseResampler.isotropicGrid(g, 1);
        assertEquals(20, iso.nx);
        assertEquals(15, iso.ny);
        assertEquals(30, iso.nz);
        // centre of the field of view: old (19.5*0.5, 14.5*0.5, 4.5*3) = new (9.5, 7, 14.5) * 1 + origin
        assertArrayEquals(g.world(19.5, 14.5, 4.5), iso.world(9.5, 7, 14.5), 1e-12);
        // an oblique direction matrix (30° about z) is kept, and so is the centre
        double c = Math.cos(Math.PI / 6), s = Math.sin(Math.PI / 6);
        Geometry oblique = new Geometry(40, 30, 10, new double[] {0.5, 0.5, 3}, new double[] {5, -7, 2}, new double[] {c, -s, 0, s, c, 0, 0, 0, 1});
        Geometry isoOblique = CaseResampler.isotropicGrid(oblique, 1);
        assertArrayEquals(oblique.direction(), isoOblique.direction(), 0);
        assertArrayEquals(oblique.world(19.5, 14.5, 4.5), isoOblique.world(9.5, 7, 14.5), 1e-12);
    }

    @Test
    void imagesAndLabelsShareTheOutputGridAndLabelVolumesArePreserved() {
        Geometry g = new Geometry(40, 40, 14, new double[] {0.8, 0.8, 2.5}, new double[] {-16, -16, -17.5}, Geometry.identity());
        double[] img = new double[(int) g.voxelCount()], lab = new double[img.length];
        double sphere = 0;
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) {
                    double[] p = g.world(x, y, z);
                    img[i] = 3 * p[0] - p[2];
                    boolean in = p[0] * p[0] + p[1] * p[1] + p[2] * p[2] < 100;
                    lab[i] = in ? 2 : 0;
                    if (in) sphere += g.voxelVolume();
                }
        Map<String, Volume> images = new LinkedHashMap<>();
        images.put("t1", new Volume(g, img, DataType.FLOAT32));
        images.put("t2", new Volume(g, img.clone(), DataType.FLOAT32));
        Volume labels = new Volume(g, lab, DataType.UINT8);
        for (CaseResampler.LabelInterpolation li : CaseResampler.LabelInterpolation.values()) {
            CaseResampler.ResampledCase r = CaseResampler.resample(images, labels, 1.0, ImageWarper.Interpolation.LINEAR, li);
            assertTrue(r.grid().sameGrid(r.labels().geometry(), 0) && r.grid().sameGrid(r.images().get("t2").geometry(), 0));
            Volume t1 = r.images().get("t1");
            double[] p = r.grid().world(16, 16, 17);
            assertEquals(3 * p[0] - p[2], t1.get(16, 16, 17), 1e-4);
            long n = java.util.Arrays.stream(r.labels().voxels()).filter(v -> v == 2).count();
            double analytic = 4.0 / 3 * Math.PI * 1000;
            System.out.printf("resampled sphere (%s): %d mm3, input %.0f, analytic %.0f%n", li, n, sphere, analytic);
            assertEquals(analytic, n, 0.06 * analytic);
            assertArrayEquals(new int[] {2}, r.labels().labels());
        }
    }
}
