package org.gliomaradiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.settings.Setting;
import org.gliomaradiomics.testutil.ReadmeTable;
import org.junit.jupiter.api.Test;

/** The declared filter keys: what FilterFactory accepts and refuses, and the README's table of them. */
class FilterSchemaTest {
    private static final String HEADER = "| filter key | filters | type | default | meaning |";

    @Test
    void readmeTableIsTheSchema() throws Exception {
        List<String> inReadme = new ArrayList<>();
        for (String[] row : ReadmeTable.rows(HEADER)) inReadme.add("| " + String.join(" | ", row) + " |");
        assertEquals(String.join("\n", table()), String.join("\n", inReadme), "README's filter key table (regenerate it from FilterSchema)");
    }

    @Test
    void anUndeclaredKeyIsRefusedWithTheFilterAndTheAllowedKeys() {
        FilterSpecException e = assertThrows(FilterSpecException.class,
            () -> FilterFactory.create(Map.of("type", "log", "sigma_mm", 2, "support", 3)));
        assertTrue(e.getMessage().contains("unknown parameter 'support' for filter type log (allowed: type, padding, dimensionality, sigma_mm, "
            + "truncation, riesz_order)"), e.getMessage());
        e = assertThrows(FilterSpecException.class, () -> FilterFactory.expand("Wavelet", Map.of("sigma", 2)));
        assertTrue(e.getMessage().contains("unknown parameter 'sigma_mm' for filter type wavelet (allowed: "), e.getMessage());
    }

    @Test
    void everyDeclaredKeyIsAcceptedByItsFilter() {
        // one valid value per key; a key the builder does not read would be refused, one it reads undeclared fails
        Map<String, Object> value = Map.ofEntries(Map.entry("padding", "zero"), Map.entry("support", 3), Map.entry("sigma_mm", 2.0),
            Map.entry("truncation", 4), Map.entry("riesz_order", List.of(1, 0, 0)), Map.entry("kernel", "E5L5S5"),
            Map.entry("rotation_invariance", true), Map.entry("pooling", "max"), Map.entry("energy_delta", 7), Map.entry("lambda_mm", 2),
            Map.entry("gamma", 1.5), Map.entry("theta_deg", 0), Map.entry("theta_step_deg", 45), Map.entry("orthogonal_planes", true),
            Map.entry("wavelet", "haar"), Map.entry("map", "LHL"), Map.entry("level", 1));
        for (Map.Entry<String, List<Setting>> f : FilterSchema.FILTERS.entrySet()) {
            Map<String, Object> spec = new LinkedHashMap<>();
            for (Setting s : f.getValue())
                if (!s.key().equals("dimensionality")) spec.put(s.key(), s.key().equals("type") ? f.getKey() : value.get(s.key()));
            assertTrue(FilterFactory.create(spec) != null, f.getKey());
        }
    }

    @Test
    void everyKeyHasADocAndEveryTypeTheCommonKeys() {
        for (Map.Entry<String, List<Setting>> f : FilterSchema.FILTERS.entrySet()) {
            assertEquals(List.of("type", "padding", "dimensionality"), f.getValue().subList(0, 3).stream().map(Setting::key).toList(), f.getKey());
            for (Setting s : f.getValue()) assertTrue(!s.doc().isBlank(), f.getKey() + "." + s.key());
        }
    }

    /** The README rows from the schema: one per key and meaning, naming the filters that share it. */
    static List<String> table() {
        Map<String, List<String>> filtersOf = new LinkedHashMap<>();
        Map<String, Setting> rowOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<Setting>> f : FilterSchema.FILTERS.entrySet())
            for (Setting s : f.getValue()) {
                String id = s.key() + "\u0000" + s.defaultValue() + "\u0000" + s.doc();
                rowOf.putIfAbsent(id, s);
                filtersOf.computeIfAbsent(id, k -> new ArrayList<>()).add(f.getKey());
            }
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Setting> r : rowOf.entrySet()) {
            Setting s = r.getValue();
            List<String> filters = filtersOf.get(r.getKey());
            String which = filters.size() == FilterSchema.FILTERS.size() ? "all" : String.join(", ", filters);
            String type = s.type().name().toLowerCase(java.util.Locale.ROOT);
            String dflt = s.defaultValue().isEmpty() ? "—" : "`" + s.defaultValue() + "`";
            rows.add("| `" + s.key() + "` | " + which + " | " + type + " | " + dflt + " | " + s.doc() + " |");
        }
        return rows;
    }
}
