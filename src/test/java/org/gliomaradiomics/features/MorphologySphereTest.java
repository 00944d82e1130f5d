package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.gliomaradiomics.extraction.ExtractionParams;
import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytic check: a voxelised sphere against 4/3 pi r^3, 4 pi r^2 and sphericity 1. */
class MorphologySphereTest {
    private static final double RADIUS = 20;

    /** A ball of radius r mm at spacing (1, 1, sz) mm, its centre offset from the voxel grid by (ox, oy, oz) mm. */
    private static Volume[] sphere(double r, double sz, double ox, double oy, double oz) {
        int n = (int) (2 * r + 7), nz = (int) (2 * r / sz + 7);
        Geometry g = Geometry.of(n, n, nz, 1, 1, sz);
        double[] mask = new double[n * n * nz], image = new double[mask.length];
        double cx = (n - 1) / 2.0 + ox, cy = (n - 1) / 2.0 + oy, cz = (nz - 1) / 2.0 * sz + oz;
        for (int z = 0, i = 0; z < nz; z++)
            for (int y = 0; y < n; y++)
                for (int x = 0; x < n; x++, i++) {
                    double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z * sz - cz) * (z * sz - cz);
                    mask[i] = d2 <= r * r ? 1 : 0;
                    image[i] = 100 + (i % 7);
                }
        return new Volume[] {new Volume(g, image, DataType.FLOAT32), new Volume(g, mask, DataType.UINT8)};
    }

    private static Map<String, Double> morphology(Volume[] v, String surface) throws IOException {
        ParamsFile p = ParamsFile.parseText("featureClass:\n  shape:\nsetting:\n  surface: " + surface + "\n");
        ExtractionSettings s = ExtractionParams.from(p).settings();
        Map<String, Double> out = new HashMap<>();
        for (ExtractedFeature f : FeatureExtractor.extract(v[0], v[1], 1, s)) if (f.family().equals("morphology")) out.put(f.feature(), f.value());
        return out;
    }

    @Test
    void smoothSurfaceOfA20mmSphereAt1mmMeetsVolumeAreaAndSphericity() throws IOException {
        Map<String, Double> m = morphology(sphere(RADIUS, 1, 0, 0, 0), "smooth");
        double v = 4.0 / 3 * Math.PI * Math.pow(RADIUS, 3), a = 4 * Math.PI * RADIUS * RADIUS;
        assertEquals(1, m.get("VolumeMesh") / v, 0.01, "volume " + m.get("VolumeMesh") + " vs " + v);
        assertEquals(1, m.get("SurfaceArea") / a, 0.01, "area " + m.get("SurfaceArea") + " vs " + a);
        assertEquals(1, m.get("Sphericity"), 0.02);
        // Derived features follow from the same volume and area: a sphere's are analytic too.
        assertEquals(3 / RADIUS, m.get("SurfaceToVolumeRatio"), 0.01 * 3 / RADIUS);
        assertEquals(0, m.get("Asphericity"), 0.03);
        assertEquals(1, m.get("SphericalDisproportion"), 0.02);
    }

    @ParameterizedTest(name = "r {0} mm, slice {1} mm, offset {2}")
    @CsvSource({"10, 1, 0.3", "20, 1, 0.5", "20, 2, 0.3", "40, 1, 0.25", "40, 2, 0"})
    void smoothSurfaceStaysCloseForOtherRadiiSpacingsAndOffsets(double r, double sz, double offset) throws IOException {
        Map<String, Double> m = morphology(sphere(r, sz, offset, offset / 2, -offset), "smooth");
        double v = 4.0 / 3 * Math.PI * r * r * r, a = 4 * Math.PI * r * r;
        double volumeTolerance = r < 20 || sz > 1 ? 0.025 : 0.01; // the voxelised ball itself deviates at coarse sampling
        assertEquals(1, m.get("VolumeMesh") / v, volumeTolerance, "volume");
        assertEquals(1, m.get("SurfaceArea") / a, 0.015, "area");
        assertEquals(1, m.get("Sphericity"), 0.02, "sphericity");
    }

    @Test
    void ibsiMeshKeepsTheVolumeButOverestimatesTheArea() throws IOException {
        Map<String, Double> ibsi = morphology(sphere(RADIUS, 1, 0, 0, 0), "mesh");
        Map<String, Double> smooth = morphology(sphere(RADIUS, 1, 0, 0, 0), "smooth");
        double v = 4.0 / 3 * Math.PI * Math.pow(RADIUS, 3), a = 4 * Math.PI * RADIUS * RADIUS;
        assertEquals(1, ibsi.get("VolumeMesh") / v, 0.01);
        assertEquals(1.08, ibsi.get("SurfaceArea") / a, 0.02); // the staircase of edge-midpoint vertices
        assertEquals(0.93, ibsi.get("Sphericity"), 0.02);
        // Features that do not depend on the surface are the same under both options.
        for (String f : new String[] {"VolumeVoxelCounting", "Maximum3DDiameter", "MajorAxisLength", "Elongation", "Flatness", "MoransI"})
            assertEquals(ibsi.get(f), smooth.get(f), 0.0, f);
        assertTrue(smooth.get("SurfaceArea") < ibsi.get("SurfaceArea"));
    }

    @Test
    void anUnknownSurfaceIsAnErrorNamingTheKey() {
        IOException e = assertThrows(IOException.class, () -> morphology(sphere(5, 1, 0, 0, 0), "marching"));
        assertTrue(e.getMessage().contains("surface") && e.getMessage().contains("marching"), e.getMessage());
    }
}
