package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every IBSI 1 digital-phantom reference value of the six texture families (408 rows), one test per row. */
class TextureFamiliesIbsiTest {
    private static final Set<String> FAMILIES = Set.of("glcm", "glrlm", "glszm", "gldzm", "ngtdm", "ngldm");
    private static final List<FeatureFamily> IMPLEMENTATIONS = List.of(new GlcmFamily(), new GlrlmFamily(),
        new GlszmFamily(), new GldzmFamily(), new NgtdmFamily(), new NgldmFamily());

    /** (family, IBSI code, aggregation) -> value, for the phantom with the default (IBSI) settings. */
    static Map<String, Double> phantomValues() {
        Map<String, Double> values = new HashMap<>();
        RoiData roi = IbsiPhantom.roi();
        FeatureSettings settings = FeatureSettings.defaults();
        for (FeatureFamily family : IMPLEMENTATIONS) {
            family.compute(roi, settings, (feature, aggregation, value) -> {
                Double old = values.put(key(feature.family(), feature.ibsiCode(), aggregation), value);
                if (old != null) throw new AssertionError("emitted twice: " + feature + " " + aggregation);
            });
        }
        return values;
    }

    private static String key(String family, String code, String aggregation) {
        return family + "|" + code + "|" + aggregation;
    }

    @TestFactory
    Stream<DynamicTest> everyPhantomRowMatches() throws IOException {
        List<IbsiReference.Row> rows = IbsiReference.digitalPhantom().stream().filter(r -> FAMILIES.contains(r.family())).toList();
        assertEquals(408, rows.size(), "reference rows of the six texture families");
        Map<String, Double> values = phantomValues();
        return rows.stream().map(row -> DynamicTest.dynamicTest(
            row.family() + " " + row.ibsiCode() + " " + row.aggregation() + " (" + row.feature() + ")", () -> {
                Double value = values.get(key(row.family(), row.ibsiCode(), row.aggregation()));
                assertNotNull(value, "no value emitted");
                assertTrue(row.accepts(value), "expected " + row.value() + ", got " + value);
            }));
    }

    @Test
    void emitsExactlyTheReferenceRowsAndDeclaredFeatures() {
        Map<String, Double> values = phantomValues();
        assertEquals(408, values.size());
        for (FeatureFamily family : IMPLEMENTATIONS)
            for (FeatureDefinition def : family.features()) assertEquals(family.name(), def.family());
    }
}
