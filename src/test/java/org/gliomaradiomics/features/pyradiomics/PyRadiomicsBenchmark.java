package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Median wall time of one brain1 extraction per configuration (run: mvn -B -o test -Pbenchmark -Dtest=PyRadiomicsBenchmark). */
@Tag("benchmark")
class PyRadiomicsBenchmark {
    @Test
    void brain1Configurations() throws Exception {
        Path dir = TestPaths.testImages().resolve("brain1");
        Volume image = ImageIO.read(dir.resolve("brain1_image.nrrd"));
        Volume mask = ImageIO.readMask(dir.resolve("brain1_label.nrrd"), image.geometry());
        for (String config : new String[] {"original", "normalization", "resampling", "resegmentation", "2d", "FBN", "combined", "flatRegion"}) {
            Map<String, Object> yaml;
            try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/pyradiomics/" + config + ".yaml"), StandardCharsets.UTF_8)) {
                yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            }
            PyRadiomicsSettings s = PyRadiomicsParams.fromYaml(yaml);
            PyRadiomicsExtractor x = new PyRadiomicsExtractor();
            for (int w = 0; w < 3; w++) x.extract(image, mask, s);
            long[] t = new long[7];
            Map<String, Double> out = null;
            for (int k = 0; k < t.length; k++) {
                long t0 = System.nanoTime();
                out = x.extract(image, mask, s);
                t[k] = System.nanoTime() - t0;
            }
            Arrays.sort(t);
            assertFalse(out.isEmpty());
            System.out.printf("pyradiomics brain1 %-15s %3d features  median %7.1f ms%n", config, out.size(), t[t.length / 2] / 1e6);
        }
    }
}
