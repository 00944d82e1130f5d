package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.settings.Setting;
import org.gliomaradiomics.testutil.ReadmeTable;
import org.junit.jupiter.api.Test;

/** The README's table of pipeline keys and the declared schema say the same thing, and the reader accepts exactly those keys. */
class PipelineSchemaTest {
    @Test
    void readmeTableListsEveryDeclaredKeyWithItsDefault() throws Exception {
        Map<String, String> inReadme = new LinkedHashMap<>();
        for (String[] row : ReadmeTable.rows("| pipeline key | default | meaning |")) inReadme.put(row[0].replace("`", ""), row[1].replace("`", ""));
        Map<String, String> declared = new LinkedHashMap<>();
        for (Setting s : PipelineSchema.SETTINGS) declared.put(s.key(), s.defaultValue());
        assertEquals(declared, inReadme);
    }

    @Test
    void everyDeclaredKeyIsAcceptedAndOthersAreRefused() {
        for (Setting s : PipelineSchema.SETTINGS) {
            if (s.key().equals("grid") || s.key().startsWith("robust.")) continue; // grid: a mapping; robust: reads its table
            String[] parts = s.key().split("\\.");
            String yaml = parts.length == 1 ? parts[0] + ": " + example(s) : parts[0] + ": {" + parts[1] + ": " + example(s) + "}";
            PipelineSpec.fromYaml(yaml);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PipelineSpec.fromYaml("selection: {kk: 3}"));
        assertEquals("unknown key 'kk' in 'selection' (allowed: [k, method, reliefSamples])", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PipelineSpec.fromYaml("scaling: zscore"));
        assertTrue(e.getMessage().startsWith("unknown key 'scaling' in pipeline"), e.getMessage());
    }

    /** A valid value of the key: its default, or one of the right type. */
    private static String example(Setting s) {
        if (!s.defaultValue().isEmpty()) return s.defaultValue();
        return switch (s.type()) {
            case NUMBER, POSITIVE -> "0.9";
            case TEXTS -> "[Age]";
            default -> "\"\"";
        };
    }
}
