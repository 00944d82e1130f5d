package org.gliomaradiomics.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One declared key of a settings file: its name, the type of its value, its default (as users write it; empty when
 * the default depends on other settings or there is none), the conventions it belongs to, and what it means.
 * Schemas are lists of these; readers check values with {@link Type#check} and documentation is checked against
 * them.
 */
public record Setting(String key, Type type, String defaultValue, Scope scope, String doc) {
    /**
     * The default as a reader's value ({@link Type#check}): YAML scalars, or a list in brackets ({@code [1, 0]},
     * {@code [ET, TC, WT]}); null when the default is empty.
     */
    public Object parsedDefault() {
        if (defaultValue.isEmpty()) return null;
        Object parsed = switch (type) {
            case BOOLEAN -> Boolean.valueOf(defaultValue);
            case INTEGER -> Integer.valueOf(defaultValue);
            case NUMBER, POSITIVE -> Double.valueOf(defaultValue);
            case TEXTS -> texts(defaultValue.replaceAll("^\\s*\\[|]\\s*$", "").trim());
            default -> defaultValue; // NUMBERS: read from text by check
        };
        return type.check(key, parsed);
    }

    /** The comma-separated items of a list written without brackets; none for empty text ({@code []}). */
    private static List<String> texts(String items) {
        return items.isEmpty() ? List.of() : List.of(items.split("\\s*,\\s*"));
    }

    /** Which conventions read the key: both, PyRadiomics only (its own documented settings) or IBSI only (ours). */
    public enum Scope { BOTH, PYRADIOMICS, IBSI }

    /** Value types; {@link #check} returns the value as the reader uses it or throws a message naming the key. */
    public enum Type {
        NUMBER, POSITIVE, INTEGER, BOOLEAN, TEXT, NUMBERS, TEXTS;

        /**
         * The value, as Double, Integer, Boolean, String, List of Double or List of String; null stays null. NUMBERS
         * take a list, one number, or numbers written as text ({@code "1,0,0"}, {@code "[1, 0, 0]"}).
         */
        public Object check(String path, Object v) {
            if (v == null) return null;
            String bad = path + ": ";
            switch (this) {
                case NUMBER, POSITIVE -> {
                    if (!(v instanceof Number)) throw new IllegalArgumentException(bad + "expected a number, got '" + v + "'");
                    double d = ((Number) v).doubleValue();
                    if (this == POSITIVE && !(d > 0)) throw new IllegalArgumentException(bad + "must be positive, got " + v);
                    return d;
                }
                case INTEGER -> {
                    if (!(v instanceof Integer || v instanceof Long)) throw new IllegalArgumentException(bad + "expected an integer, got '" + v + "'");
                    return ((Number) v).intValue();
                }
                case BOOLEAN -> {
                    if (!(v instanceof Boolean)) throw new IllegalArgumentException(bad + "expected true or false, got '" + v + "'");
                    return v;
                }
                case TEXT -> {
                    if (v instanceof Map || v instanceof List) throw new IllegalArgumentException(bad + "expected a single value, got '" + v + "'");
                    return String.valueOf(v);
                }
                case TEXTS -> {
                    List<String> out = new ArrayList<>();
                    if (v instanceof List) for (Object o : (List<?>) v) out.add(String.valueOf(o));
                    else out.add(String.valueOf(v));
                    return out;
                }
                default -> {
                    List<Double> out = new ArrayList<>();
                    if (v instanceof List) {
                        for (Object o : (List<?>) v) {
                            if (!(o instanceof Number)) throw new IllegalArgumentException(bad + "expected numbers, got '" + o + "'");
                            out.add(((Number) o).doubleValue());
                        }
                    } else if (v instanceof Number) out.add(((Number) v).doubleValue());
                    else if (v instanceof String text) return numbers(bad, text);
                    else throw new IllegalArgumentException(bad + "expected a list of numbers, got '" + v + "'");
                    return out;
                }
            }
        }

        /** Numbers written as text: {@code 1,0,0}, {@code [1, 0, 0]} or {@code (1, 0, 0)}; empty brackets are none. */
        private static List<Double> numbers(String bad, String text) {
            String items = text.replaceAll("[\\[\\]()\\s]", "");
            List<Double> out = new ArrayList<>();
            if (items.isEmpty()) return out;
            for (String item : items.split(",", -1)) {
                try {
                    out.add(Double.valueOf(item));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(bad + "expected a list of numbers, got '" + text + "'");
                }
            }
            return out;
        }
    }
}
