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
import org.junit.jupiter.api.TestFactory;

/** Every IBSI 1 digital-phantom row of the five first-order families (74 rows) against our families. */
class FirstOrderFamiliesIbsiTest {
    static final Set<String> FAMILIES = Set.of("morphology", "local_intensity", "intensity_statistics",
        "intensity_histogram", "intensity_volume_histogram");

    static Map<String, Double> computePhantom() {
        RoiData roi = IbsiPhantom.roi();
        FeatureSettings settings = FeatureSettings.defaults();
        Map<String, Double> values = new HashMap<>();
        for (FeatureFamily f : FeatureRegistry.families()) {
            if (!FAMILIES.contains(f.name())) continue;
            f.compute(roi, settings, (def, agg, v) -> {
                Double old = values.put(PhantomRows.key(def.family(), def.ibsiCode(), def.name(), agg), v);
                if (old != null) throw new AssertionError("emitted twice: " + def + " " + agg);
            });
        }
        return values;
    }

    @TestFactory
    Stream<DynamicTest> everyFirstOrderRowMatches() throws IOException {
        List<IbsiReference.Row> rows = IbsiReference.digitalPhantom().stream().filter(r -> FAMILIES.contains(r.family())).toList();
        assertEquals(74, rows.size(), "first-order rows in the reference CSV");
        Map<String, Double> values = computePhantom();
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.family() + " " + row.feature() + " (" + row.tag() + ")", () -> {
            Double v = values.get(PhantomRows.key(row));
            assertNotNull(v, "no value emitted for " + row);
            assertTrue(row.accepts(v), row.feature() + ": got " + v + ", reference " + row.value() + " ± " + row.tolerance());
        }));
    }
}
