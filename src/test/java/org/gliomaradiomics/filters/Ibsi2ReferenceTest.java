package org.gliomaradiomics.filters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * IBSI 2 phase 1: every response map must lie within 1 % of the reference map's range at every voxel. One case
 * per test-images/ibsi2/&lt;id&gt;.yaml (phantom, reference map and filter parameters of a row of
 * ../shared/reference/ibsi2/phase1_tests.csv).
 */
class Ibsi2ReferenceTest {

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestPaths.testImages().resolve("ibsi2"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void responseMapMatchesReference(Path yamlFile) throws IOException {
        Map<String, Object> spec;
        try (Reader r = Files.newBufferedReader(yamlFile)) {
            spec = new Yaml().load(r);
        }
        Path ibsi2 = TestPaths.sharedOrSkip().resolve("reference/ibsi2");
        @SuppressWarnings("unchecked")
        ImageFilter filter = FilterFactory.create((Map<String, Object>) spec.get("filter"));
        Volume phantom = read(ibsi2.resolve((String) spec.get("phantom")));
        Volume reference = read(ibsi2.resolve((String) spec.get("reference")));

        double[] got = filter.apply(phantom).voxels(), want = reference.voxels();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : want) { min = Math.min(min, v); max = Math.max(max, v); }
        double range = max - min, worst = 0;
        int worstAt = -1;
        for (int i = 0; i < want.length; i++) {
            double e = Math.abs(got[i] - want[i]);
            if (e > worst) { worst = e; worstAt = i; }
        }
        System.out.printf("IBSI2 %-6s max error %.4g, range %.4g, error/range %.3g %%%n", spec.get("id"), worst, range, 100 * worst / range);
        assertTrue(worst <= 0.01 * range, "test " + spec.get("id") + ": max error " + worst + " at voxel " + worstAt
            + " exceeds 1 % of the reference range " + range);
    }

    private static Volume read(Path p) throws IOException {
        return ImageIO.read(p);
    }
}
