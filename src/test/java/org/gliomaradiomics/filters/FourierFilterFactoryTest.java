package org.gliomaradiomics.filters;

import static org.gliomaradiomics.filters.FourierTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** YAML keys of the Simoncelli and Riesz filters: parsing, errors naming the bad key, the example files. */
class FourierFilterFactoryTest {

    private static Map<String, Object> spec(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void parsesSimoncelliAndRiesz() {
        Volume in = random(12, 10, 9, 1);
        ImageFilter s = FilterFactory.create(spec("type", "simoncelli", "level", 2, "dimensionality", "2D", "padding", "nearest"));
        assertInstanceOf(SimoncelliFilter.class, s);
        assertArrayEquals(new SimoncelliFilter(2, Dimensionality.TWO_D, Padding.NEAREST).apply(in).voxels(), s.apply(in).voxels());
        ImageFilter dflt = FilterFactory.create(spec("type", "simoncelli", "dimensionality", "3D", "padding", "zero"));
        assertArrayEquals(new SimoncelliFilter(1, Dimensionality.THREE_D, Padding.ZERO).apply(in).voxels(), dflt.apply(in).voxels());

        ImageFilter r = FilterFactory.create(spec("type", "riesz", "riesz_order", List.of(0, 2, 1), "dimensionality", "3D", "padding", "mirror"));
        ImageFilter rs = FilterFactory.create(spec("type", "riesz", "riesz_order", "[0, 2, 1]", "dimensionality", "3D", "padding", "mirror"));
        assertArrayEquals(new RieszFilter(new int[] {0, 2, 1}, Dimensionality.THREE_D, Padding.MIRROR).apply(in).voxels(), r.apply(in).voxels());
        assertArrayEquals(r.apply(in).voxels(), rs.apply(in).voxels());
        assertInstanceOf(RieszFilter.class, FilterFactory.create(spec("type", "simoncelli", "riesz_order", List.of(1, 1),
            "dimensionality", "2D", "padding", "periodic")));
        // no riesz_order: the plain spatial LoG
        assertInstanceOf(LaplacianOfGaussianFilter.class, FilterFactory.create(spec("type", "log", "sigma_mm", 1, "dimensionality", "3D", "padding", "zero")));
    }

    @Test
    void rejectsBadValuesNamingTheKey() {
        assertMessage("riesz_order", spec("type", "riesz", "riesz_order", List.of(1, 0), "dimensionality", "3D", "padding", "zero"));
        assertMessage("riesz_order", spec("type", "riesz", "riesz_order", List.of(1, -1, 0), "dimensionality", "3D", "padding", "zero"));
        assertMessage("riesz_order", spec("type", "riesz", "riesz_order", "1,x,0", "dimensionality", "3D", "padding", "zero"));
        assertMessage("riesz_order", spec("type", "riesz", "riesz_order", List.of(1.5, 0, 0), "dimensionality", "3D", "padding", "zero"));
        assertMessage("parameter 'riesz_order' for filter type riesz is missing", spec("type", "riesz", "dimensionality", "3D", "padding", "zero"));
        assertMessage("level", spec("type", "simoncelli", "level", 0, "dimensionality", "3D", "padding", "zero"));
        assertMessage("level", spec("type", "simoncelli", "level", 1.5, "dimensionality", "3D", "padding", "zero"));
        assertMessage("unknown parameter 'sigma_mm'", spec("type", "simoncelli", "sigma_mm", 2, "dimensionality", "3D", "padding", "zero"));
        assertMessage("unknown parameter 'riesz_order'", spec("type", "mean", "support", 3, "riesz_order", List.of(1, 0, 0),
            "dimensionality", "3D", "padding", "zero"));
        assertMessage("unknown parameter 'level'", spec("type", "riesz", "riesz_order", List.of(1, 0, 0), "level", 2,
            "dimensionality", "3D", "padding", "zero"));
        assertMessage("unknown dimensionality '4D'", spec("type", "simoncelli", "padding", "zero", "dimensionality", "4D"));
        assertMessage("unknown filter type 'shannon'", spec("type", "shannon", "padding", "zero"));
    }

    private static void assertMessage(String fragment, Map<String, Object> spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterFactory.create(spec));
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' should name " + fragment);
    }

    /** The example files build and run; checks with known answers: a constant has no band-pass or Riesz response. */
    @Test
    void exampleYamlFilesRun() throws IOException {
        for (String name : new String[] {"simoncelli.yaml", "riesz.yaml"}) {
            Map<String, Object> yaml;
            try (Reader r = Files.newBufferedReader(TestPaths.testImages().resolve("filters").resolve(name))) {
                yaml = new Yaml().load(r);
            }
            @SuppressWarnings("unchecked")
            ImageFilter f = FilterFactory.create((Map<String, Object>) yaml.get("filter"));
            double[] constant = new double[20 * 18 * 16];
            java.util.Arrays.fill(constant, 7);
            for (double v : f.apply(volume(20, 18, 16, constant)).voxels()) assertEquals(0, v, 1e-9, name);
            Volume in = random(20, 18, 16, 2);
            double[] out = f.apply(in).voxels();
            assertEquals(in.voxels().length, out.length);
            double e = energy(out);
            assertTrue(e > 0 && Double.isFinite(e), name + " response energy " + e);
        }
    }
}
