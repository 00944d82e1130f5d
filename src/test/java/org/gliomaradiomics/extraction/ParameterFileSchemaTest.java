package org.gliomaradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gliomaradiomics.settings.Setting;
import org.gliomaradiomics.testutil.ReadmeTable;
import org.junit.jupiter.api.Test;

/** The README's table of {@code setting} keys and the declared schema say the same thing. */
class ParameterFileSchemaTest {
    @Test
    void readmeTableListsExactlyTheDeclaredKeysOfOurs() throws Exception {
        Set<String> inReadme = new TreeSet<>();
        for (String[] row : ReadmeTable.rows("| key (under `setting`) | meaning |")) {
            Matcher m = Pattern.compile("`([A-Za-z_0-9]+)`").matcher(row[0]);
            while (m.find()) inReadme.add(m.group(1));
        }
        for (String key : inReadme)
            assertTrue(ParameterFileSchema.setting(key).isPresent(), "README names setting '" + key + "', which the schema does not declare");
        Set<String> ours = new TreeSet<>();
        for (Setting s : ParameterFileSchema.SETTINGS) if (s.scope() == Setting.Scope.IBSI) ours.add(s.key());
        ours.removeAll(inReadme);
        assertEquals(Set.of(), ours, "IBSI-only settings missing from the README's table");
    }

    @Test
    void everyDeclaredKeyHasADocAndAValidDefault() {
        for (Setting s : ParameterFileSchema.SETTINGS) {
            assertTrue(!s.doc().isBlank(), s.key());
            if (!s.defaultValue().isEmpty() && !s.defaultValue().startsWith("[")) s.type().check(s.key(), parse(s)); // a valid value
        }
    }

    @Test
    void typesCheckValuesAndNameTheKey() {
        assertEquals(2.5, Setting.Type.POSITIVE.check("setting.binWidth", 2.5));
        assertEquals(List.of(1.0, 2.0), Setting.Type.NUMBERS.check("setting.distances", List.of(1, 2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Setting.Type.POSITIVE.check("setting.binWidth", -1));
        assertEquals("setting.binWidth: must be positive, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Setting.Type.INTEGER.check("setting.binCount", "many"));
        assertEquals("setting.binCount: expected an integer, got 'many'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Setting.Type.TEXT.check("setting.surface", Map.of("a", 1)));
    }

    /** A default as YAML would give it: number, boolean or text. */
    private static Object parse(Setting s) {
        String d = s.defaultValue();
        if (d.equals("true") || d.equals("false")) return Boolean.valueOf(d);
        if (s.type() == Setting.Type.INTEGER) return Integer.valueOf(d);
        if (s.type() == Setting.Type.NUMBER || s.type() == Setting.Type.POSITIVE) return Double.valueOf(d);
        return d;
    }
}
