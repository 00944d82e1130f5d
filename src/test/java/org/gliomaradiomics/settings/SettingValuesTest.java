package org.gliomaradiomics.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one typed reader of a settings mapping: declared types, declared defaults, undeclared keys, every problem. */
class SettingValuesTest {
    /** count has no default: a reader needing it reports it missing. */
    private static final List<Setting> SCHEMA = List.of(key("width", Setting.Type.POSITIVE, "25"), key("count", Setting.Type.INTEGER, ""),
        key("smooth", Setting.Type.BOOLEAN, "false"), key("order", Setting.Type.NUMBERS, "[1, 0]"), key("mode", Setting.Type.TEXT, "zero"));

    private static Setting key(String key, Setting.Type type, String dflt) {
        return new Setting(key, type, dflt, Setting.Scope.BOTH, "the test's " + key);
    }

    private static SettingValues read(Map<String, ?> values) {
        return new SettingValues(SCHEMA, key -> "parameter '" + key + "'").putAll(values);
    }

    @Test
    void givenValuesAreCheckedAndAbsentOnesReadAsTheirDeclaredDefaults() {
        SettingValues v = read(Map.of("count", 3, "smooth", true));
        assertEquals(25.0, v.number("width"));
        assertEquals(3, v.integer("count"));
        assertTrue(v.flag("smooth"));
        assertArrayEquals(new int[] {1, 0}, v.integers("order"));
        assertEquals("zero", v.text("mode"));
        assertTrue(v.has("count"));
        assertFalse(v.has("width"), "a default is not a given value");
        assertTrue(v.problems().isEmpty(), v.problems().toString());
    }

    @Test
    void aListDefaultIsAListOfItsItems() {
        assertEquals(List.of("2D", "2.5D", "3D"), key("aggregation", Setting.Type.TEXTS, "[2D, 2.5D, 3D]").parsedDefault());
        assertEquals(List.of("ET"), key("regions", Setting.Type.TEXTS, "ET").parsedDefault());
        assertEquals(List.of(), key("regions", Setting.Type.TEXTS, "[]").parsedDefault());
        assertEquals(List.of(1.0, 0.0), key("order", Setting.Type.NUMBERS, "[1, 0]").parsedDefault());
    }

    @Test
    void numbersAreReadFromListsOneNumberOrText() {
        assertArrayEquals(new int[] {0, 2, 1}, read(Map.of("order", List.of(0, 2, 1))).integers("order"));
        assertArrayEquals(new int[] {3}, read(Map.of("order", 3)).integers("order"));
        assertArrayEquals(new int[] {1, 0, 0}, read(Map.of("order", "1,0,0")).integers("order"));
        assertArrayEquals(new int[] {0, 2, 1}, read(Map.of("order", "[0, 2, 1]")).integers("order"));
        assertArrayEquals(new double[0], read(Map.of("order", "[]")).numbers("order"));
        SettingValues bad = read(Map.of("order", "1,x,0"));
        assertEquals(List.of("parameter 'order': expected a list of numbers, got '1,x,0'"), List.copyOf(bad.problems()));
        SettingValues fraction = read(Map.of("order", List.of(1.5, 0)));
        assertArrayEquals(new int[0], fraction.integers("order"));
        assertEquals(List.of("parameter 'order': expected integers, got '[1.5, 0.0]'"), List.copyOf(fraction.problems()));
    }

    @Test
    void everyProblemIsCollectedNamingTheKeyAndABadValueIsNotAlsoMissing() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("width", -2);
        given.put("count", "many");
        given.put("colour", "red");
        given.put("mode", "two");
        SettingValues v = read(given);
        assertEquals(25.0, v.number("width"), "a refused value reads as the default");
        assertEquals(0, v.integer("count"), "placeholder of a refused value without default");
        assertEquals(0, (int) v.parsed("mode", SettingValuesTest::mode));
        assertEquals(List.of("parameter 'width': must be positive, got -2", "parameter 'count': expected an integer, got 'many'",
            "unknown parameter 'colour' (allowed: width, count, smooth, order, mode)", "mode 'two' is not zero or one"), List.copyOf(v.problems()));
    }

    @Test
    void aRequiredKeyWithoutDefaultIsMissing() {
        SettingValues v = read(Map.of());
        assertEquals(0, v.integer("count"));
        assertEquals(List.of("parameter 'count' is missing"), List.copyOf(v.problems()));
        assertNull(v.value("count"));
    }

    @Test
    void putThrowsAndNoneOverridesTheDefault() {
        SettingValues v = read(Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.put("smooth", "yes please"));
        assertEquals("parameter 'smooth': expected true or false, got 'yes please'", e.getMessage());
        v.put("mode", null);
        assertNull(v.value("mode"));
        assertEquals(1, v.put("mode", "one").parsed("mode", SettingValuesTest::mode));
    }

    @Test
    void readingAnUndeclaredKeyIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> read(Map.of()).number("height"));
    }

    private static int mode(String text) {
        return switch (text) {
            case "zero" -> 0;
            case "one" -> 1;
            default -> throw new IllegalArgumentException("mode '" + text + "' is not zero or one");
        };
    }
}
