package org.gliomaradiomics.settings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The values of one settings mapping (a file's section, a filter specification, values set one by one) read against
 * its declared keys: each value is checked by its key's {@link Setting.Type}, an absent key reads as its declared
 * default, and an undeclared key is refused with the allowed ones. {@link #putAll} and the typed getters record their
 * problems rather than throw them, so that every problem of a file is reported in one message ({@link Problems}); a
 * value with a problem reads as its default, or a placeholder (NaN, 0, false, empty) when it has none.
 */
public final class SettingValues {
    private final Map<String, Setting> declared = new LinkedHashMap<>();
    private final UnaryOperator<String> name;
    /** The values given, checked; null = given as None. */
    private final Map<String, Object> given = new LinkedHashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();
    /** Keys whose value {@link #putAll} refused: their problem is said, they are not also missing. */
    private final Set<String> refused = new LinkedHashSet<>();

    /**
     * @param schema the declared keys
     * @param name how messages name a key, e.g. {@code setting 'binWidth'} or {@code parameter 'sigma_mm' for filter type log}
     */
    public SettingValues(Collection<Setting> schema, UnaryOperator<String> name) {
        for (Setting s : schema) declared.put(s.key(), s);
        this.name = name;
    }

    /**
     * Sets a declared key to a value its type accepts (null: None).
     *
     * @throws IllegalArgumentException naming the key, for an undeclared key (with the allowed ones) or a bad value
     */
    public SettingValues put(String key, Object value) {
        Setting s = declared.get(key);
        if (s == null) throw new IllegalArgumentException("unknown " + name.apply(key) + " (allowed: " + String.join(", ", declared.keySet()) + ")");
        given.put(key, s.type().check(name.apply(key), value));
        return this;
    }

    /** Sets every entry as {@link #put} does, recording a problem for each that it refuses. */
    public SettingValues putAll(Map<String, ?> values) {
        for (Map.Entry<String, ?> e : values.entrySet()) {
            try {
                put(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                problems.add(ex.getMessage());
                refused.add(e.getKey());
            }
        }
        return this;
    }

    /** The problems found so far, in the order found; a reader may add its own. */
    public Set<String> problems() {
        return problems;
    }

    /** Whether the key was given a value (not None). */
    public boolean has(String key) {
        setting(key);
        return given.get(key) != null;
    }

    /** The checked value given (null for None), else the declared default (null when there is none). */
    public Object value(String key) {
        Setting s = setting(key);
        return given.containsKey(key) ? given.get(key) : s.parsedDefault();
    }

    public double number(String key) {
        Object v = required(key);
        return v == null ? Double.NaN : (Double) v;
    }

    public int integer(String key) {
        Object v = required(key);
        return v == null ? 0 : (Integer) v;
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(required(key));
    }

    public String text(String key) {
        Object v = required(key);
        return v == null ? "" : (String) v;
    }

    @SuppressWarnings("unchecked")
    public double[] numbers(String key) {
        Object v = required(key);
        return v == null ? new double[0] : ((List<Double>) v).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A NUMBERS key whose numbers must be integers. */
    public int[] integers(String key) {
        double[] numbers = numbers(key);
        int[] out = new int[numbers.length];
        for (int i = 0; i < out.length; i++) {
            if (numbers[i] != Math.rint(numbers[i])) {
                problems.add(name.apply(key) + ": expected integers, got '" + value(key) + "'");
                return new int[0];
            }
            out[i] = (int) numbers[i];
        }
        return out;
    }

    /**
     * A TEXT key read by {@code parser}, whose complaint (it names the key: "unknown padding 'x' (expected ...)") is
     * recorded, and the default read instead.
     */
    public <T> T parsed(String key, Function<String, T> parser) {
        String text = text(key);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            Object dflt = setting(key).parsedDefault();
            return dflt == null ? null : parser.apply((String) dflt);
        }
    }

    /** The value of a key the reader needs; a missing one is a problem. */
    private Object required(String key) {
        Object v = value(key);
        if (v == null && !refused.contains(key)) problems.add(name.apply(key) + " is missing");
        return v;
    }

    /** A reader asking for a key the schema does not declare is a programming error: the schema must list it. */
    private Setting setting(String key) {
        Setting s = declared.get(key);
        if (s == null) throw new IllegalStateException("'" + key + "' is read but not declared (declared: " + String.join(", ", declared.keySet()) + ")");
        return s;
    }
}
