package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code imageType: LBP3D} through the PyRadiomics extractor on a linear ramp (see
 * {@link LocalBinaryPattern3DTest#linearRamp}: level 0 = sqrt(Nv)·(Nv/2)/4π at every voxel, kurtosis -1.2).
 */
class PyRadiomicsLbp3DExtractionTest {
    private static Map<String, Double> extract(String typeSettings, String settings) {
        int n = 64;
        Geometry g = Geometry.of(n, n, n, 1, 1, 2);
        double[] img = new double[n * n * n], mask = new double[img.length];
        for (int z = 0; z < n; z++) for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) img[g.index(x, y, z)] = 0.9 * x - 2.3 * y + 1.7 * z;
        for (int z = 30; z < 33; z++) for (int y = 31; y < 34; y++) for (int x = 29; x < 32; x++) mask[g.index(x, y, z)] = 1;
        Map<String, Object> yaml = new Yaml().load("imageType:\n  LBP3D: " + typeSettings
            + "\nfeatureClass:\n  firstorder: [Mean, Maximum, Minimum]\nsetting:\n  binWidth: 1\n" + settings);
        return new PyRadiomicsExtractor().extract(new Volume(g, img, DataType.FLOAT64), new Volume(g, mask, DataType.UINT8), PyRadiomicsParams.fromYaml(yaml));
    }

    @Test
    void defaultsGiveTwoLevelsAndKurtosis() {
        Map<String, Double> f = extract("{}", "");
        double level0 = Math.sqrt(42) * 21 / (4 * Math.PI);
        for (String stat : new String[] {"Mean", "Maximum", "Minimum"}) {
            assertEquals(level0, f.get("lbp-3D-m1_firstorder_" + stat), 1e-10, stat);
            assertEquals(-1.2, f.get("lbp-3D-k_firstorder_" + stat), 1e-9, stat);
        }
        assertTrue(f.containsKey("lbp-3D-m2_firstorder_Mean"));
        assertFalse(f.containsKey("lbp-3D-m3_firstorder_Mean"));
        assertEquals(9, f.size()); // 3 images x 3 features, no original
    }

    /** lbp3DLevels 3 adds m3; subdivision 0 samples the 12 icosahedron vertices (level 0 = sqrt(12)·6/4π). */
    @Test
    void settingsAreHonoured() {
        Map<String, Double> f = extract("{lbp3DLevels: 3, lbp3DIcosphereSubdivision: 0}", "");
        assertEquals(Math.sqrt(12) * 6 / (4 * Math.PI), f.get("lbp-3D-m1_firstorder_Mean"), 1e-10);
        assertEquals(-1.2, f.get("lbp-3D-k_firstorder_Mean"), 1e-9);
        for (String name : new String[] {"lbp-3D-m1", "lbp-3D-m2", "lbp-3D-m3", "lbp-3D-k"}) assertTrue(f.containsKey(name + "_firstorder_Mean"), name);
        assertFalse(f.containsKey("lbp-3D-m4_firstorder_Mean"));
        // general settings apply too, and force2D only makes PyRadiomics warn
        Map<String, Double> g = extract("{}", "  lbp3DLevels: 2\n  lbp3DIcosphereRadius: 2.5\n  force2D: true\n");
        assertEquals(Math.sqrt(42) * 21 / (4 * Math.PI), g.get("lbp-3D-m1_firstorder_Mean"), 1e-10);
        assertFalse(g.containsKey("lbp-3D-m3_firstorder_Mean"));
        assertEquals(-1.2, g.get("lbp-3D-k_firstorder_Mean"), 1e-9);
    }

    @Test
    void settingsAreParsedAndChecked() {
        PyRadiomicsSettings s = PyRadiomicsParams.fromYaml(new Yaml().load("setting:\n  lbp3DLevels: 4\n  lbp3DIcosphereRadius: 1.5\n  lbp3DIcosphereSubdivision: 2\n"));
        assertEquals(4, s.lbp3DLevels());
        assertEquals(1.5, s.lbp3DIcosphereRadius());
        assertEquals(2, s.lbp3DIcosphereSubdivision());
        PyRadiomicsSettings d = PyRadiomicsSettings.defaults();
        assertEquals(2, d.lbp3DLevels());
        assertEquals(1, d.lbp3DIcosphereRadius());
        assertEquals(1, d.lbp3DIcosphereSubdivision());
        assertThrows(IllegalArgumentException.class, () -> PyRadiomicsParams.fromYaml(new Yaml().load("setting:\n  lbp3DLevels: 1\n")));
        assertThrows(IllegalArgumentException.class, () -> PyRadiomicsParams.fromYaml(new Yaml().load("setting:\n  lbp3DIcosphereRadius: -1\n")));
        assertThrows(IllegalArgumentException.class, () -> PyRadiomicsParams.fromYaml(new Yaml().load("setting:\n  lbp3DIcosphereSubdivision: 1.5\n")));
    }
}
