package org.gliomaradiomics.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** PyRadiomics' own values of brain1 ({@code src/test/resources/pyradiomics/brain1_expected.csv}), an independent reference. */
public final class PyRadiomicsBaseline {
    private PyRadiomicsBaseline() {}

    public static Path resources() {
        return TestPaths.project().resolve("src/test/resources/pyradiomics");
    }

    /** The non-shape values of the {@code original} configuration by wide column name ({@code original_glcm_JointEntropy}). */
    public static Map<String, Double> original() throws IOException {
        Map<String, Double> expected = new HashMap<>();
        for (CSVRecord e : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(resources().resolve("brain1_expected.csv"))))
            if (e.get("config").equals("original") && !e.get("feature_class").equals("shape"))
                expected.put("original_" + e.get("feature_class") + "_" + e.get("feature"), Double.parseDouble(e.get("value")));
        assertTrue(expected.size() > 90);
        return expected;
    }

    /** Asserts that every original non-shape value is in {@code row} (by wide column name) to 1e-6 relative. */
    public static void assertOriginal(Function<String, String> row, String what) throws IOException {
        for (Map.Entry<String, Double> e : original().entrySet()) {
            double ref = e.getValue(), got = Double.parseDouble(row.apply(e.getKey()));
            assertTrue(Math.abs(got - ref) <= 1e-6 * Math.abs(ref) + 1e-9, what + " " + e.getKey() + ": " + got + " vs " + ref);
        }
    }
}
