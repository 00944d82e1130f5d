package org.gliomaradiomics.filters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.settings.SettingValues;

/**
 * Builds filters from named parameters: the one filter syntax of the {@code filter} command's file and of the
 * {@code imageType} entries of an extraction parameter file. Keys (snake_case):
 * {@code type} (mean, log, laws, gabor, wavelet, simoncelli or riesz, any case) and the type's keys as declared in
 * {@link FilterSchema} (its defaults, types and meanings). {@code riesz_order} on log or simoncelli turns the filter
 * into its Riesz transform, computed in the Fourier domain (the response is the real part).
 * In {@link #expand} a list makes one filter per entry: {@code sigma}, {@code support}, {@code kernel}, {@code map},
 * simoncelli's {@code level} and a list of {@code riesz_order}s. The keys of each type are declared in
 * {@link FilterSchema}: any other key is an error naming the allowed ones; every problem of a specification is
 * reported in one message.
 */
public final class FilterFactory {
    private FilterFactory() {}

    /** One filter of an expanded specification: its image-type name (e.g. {@code log-sigma-2-0-mm-3D}), the filter
     * and its single-valued specification (with {@code type}). */
    public record Named(String name, ImageFilter filter, Map<String, Object> spec) {}

    private static final List<String> ALL_3D_MAPS = List.of("LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH", "LLL");
    private static final List<String> ALL_2D_MAPS = List.of("LH", "HL", "HH", "LL");
    private static final Map<String, String> ALIASES = FilterSchema.ALIASES;

    /**
     * The filters of one specification whose list values each make one filter (see the class comment), named as
     * image types. {@code type} is the filter type (LoG, log, Mean, ...); {@code params} its parameters without it.
     *
     * @throws FilterSpecException naming every problem
     */
    public static List<Named> expand(String type, Map<String, ?> params) {
        String t = canonicalType(type);
        Map<String, Object> spec = new LinkedHashMap<>();
        Set<String> problems = new LinkedHashSet<>();
        for (Map.Entry<String, ?> e : params.entrySet()) {
            String key = ALIASES.getOrDefault(e.getKey(), e.getKey());
            if (spec.containsKey(key)) problems.add("'" + e.getKey() + "' and '" + key + "' are the same parameter; give one");
            spec.put(key, e.getValue());
        }
        String dim = String.valueOf(spec.getOrDefault("dimensionality", "3D")).toUpperCase(Locale.ROOT);
        String listKey = switch (t) {
            case "log", "gabor" -> "sigma_mm";
            case "mean" -> "support";
            case "laws" -> "kernel";
            case "wavelet" -> "map";
            case "simoncelli" -> "level";
            case "riesz" -> "riesz_order";
            default -> null;
        };
        if (t.equals("wavelet") && !spec.containsKey("map")) spec.put("map", dim.equals("2D") ? ALL_2D_MAPS : ALL_3D_MAPS);
        if (t.equals("wavelet")) spec.putIfAbsent("wavelet", "coif1");
        if (t.equals("simoncelli")) spec.putIfAbsent("level", 1);
        List<?> values = listKey == null || !spec.containsKey(listKey) ? java.util.Collections.singletonList(null) : entries(t, spec.get(listKey));
        if (t.equals("gabor") && values.size() > 1) {
            problems.add("gabor takes one sigma_mm, got " + spec.get(listKey));
            values = values.subList(0, 1);
        }
        List<Named> out = new ArrayList<>();
        for (Object v : values) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("type", t);
            one.putAll(spec);
            if (v != null) one.put(listKey, v);
            try {
                out.add(new Named(name(t, one, dim), create(one), one));
            } catch (FilterSpecException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new FilterSpecException(problems);
        return out;
    }

    /** A filter type in the canonical lower case; unknown types are kept (create names them). */
    private static String canonicalType(String type) {
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    /** The entries of a list value (one value is a list of one); riesz_order's list is one order unless it holds lists. */
    private static List<?> entries(String type, Object v) {
        if (!(v instanceof List<?> l)) return List.of(v);
        if (type.equals("riesz")) return l.isEmpty() || !(l.get(0) instanceof List) ? List.of(v) : l;
        return l.isEmpty() ? List.of(v) : l;
    }

    private static String name(String type, Map<String, Object> one, String dim) {
        return switch (type) {
            case "log" -> "log-sigma-" + label(one.get("sigma_mm")) + "-mm" + rieszSuffix(one) + "-" + dim;
            case "simoncelli" -> "simoncelli-level-" + one.get("level") + rieszSuffix(one) + "-" + dim;
            case "riesz" -> rieszSuffix(one).replaceFirst("^-", "") + "-" + dim; // riesz-1-0-0-3D
            case "wavelet" -> {
                int level = one.get("level") instanceof Number n ? n.intValue() : 1;
                yield (level == 1 ? "wavelet-" : "wavelet" + level + "-") + String.valueOf(one.get("map")).toUpperCase(Locale.ROOT)
                    + (Boolean.TRUE.equals(one.get("rotation_invariance")) ? "-ri" : "");
            }
            case "mean" -> "mean-" + one.get("support") + "-" + dim;
            case "laws" -> "laws-" + one.get("kernel") + (one.containsKey("energy_delta") ? "-energy-" + one.get("energy_delta") : "")
                + (Boolean.TRUE.equals(one.get("rotation_invariance")) ? "-ri" : "") + "-" + dim;
            case "gabor" -> "gabor-sigma-" + label(one.get("sigma_mm")) + "-lambda-" + label(one.get("lambda_mm")) + "-gamma-" + label(one.get("gamma"));
            default -> type;
        };
    }

    /** {@code -riesz-1-0-0} when the spec has a Riesz order (a list or "1,0,0"), else empty. */
    private static String rieszSuffix(Map<String, Object> spec) {
        Object order = spec.get("riesz_order");
        if (order == null) return "";
        String text = order instanceof List ? String.join("-", ((List<?>) order).stream().map(String::valueOf).toList())
            : String.valueOf(order).replaceAll("[\\s\\[\\]]", "").replace(',', '-');
        return "-riesz-" + text;
    }

    /** A number as in PyRadiomics' image names: Python's str() with '.' replaced by '-' (2.0 → 2-0, 2 → 2). */
    private static String label(Object number) {
        String s = number instanceof Double || number instanceof Float ? Double.toString(((Number) number).doubleValue()) : String.valueOf(number);
        return s.replace('.', '-');
    }

    /**
     * One filter from a single-valued specification with its {@code type}: its keys are read as {@link FilterSchema}
     * declares them (type, default), every problem found in one pass.
     *
     * @throws FilterSpecException naming every problem
     */
    public static ImageFilter create(Map<String, ?> spec) {
        Object typeValue = spec.get("type");
        String type = canonicalType(typeValue == null ? null : String.valueOf(typeValue));
        if (FilterSchema.keys(type).isEmpty())
            throw new FilterSpecException(List.of(typeValue == null ? "filter parameter 'type' is missing"
                : "unknown filter type '" + type + "' (expected " + String.join(", ", FilterSchema.FILTERS.keySet()) + ")"));
        SettingValues p = new SettingValues(FilterSchema.keys(type).get(), key -> "parameter '" + key + "'" + alias(type, key) + " for filter type " + type);
        p.putAll(spec);
        ImageFilter f = null;
        try {
            f = build(type, p);
        } catch (RuntimeException e) {
            // a constructor's complaint about a placeholder value of a parameter already reported adds nothing
            if (p.problems().isEmpty()) {
                if (!(e instanceof IllegalArgumentException)) throw e;
                p.problems().add(e.getMessage());
            }
        }
        if (!p.problems().isEmpty()) throw new FilterSpecException(p.problems());
        return f;
    }

    /** {@code  (or 'sigma')} for a key of the type that has an accepted alias. */
    private static String alias(String type, String key) {
        if (FilterSchema.key(type, key).isEmpty()) return "";
        return ALIASES.entrySet().stream().filter(a -> a.getValue().equals(key)).map(a -> " (or '" + a.getKey() + "')").findFirst().orElse("");
    }

    private static ImageFilter build(String type, SettingValues p) {
        Padding padding = p.parsed("padding", Padding::parse);
        Dimensionality dimensionality = p.parsed("dimensionality", Dimensionality::parse);
        switch (type) {
            case "mean":
                return new MeanFilter(p.integer("support"), dimensionality, padding);
            case "log":
                return withRiesz(p, new LaplacianOfGaussianFilter(p.number("sigma_mm"), p.number("truncation"), dimensionality, padding));
            case "laws":
                return new LawsFilter(p.text("kernel"), dimensionality, padding, p.flag("rotation_invariance"),
                    p.parsed("pooling", Pooling::parse), p.has("energy_delta") ? p.integer("energy_delta") : -1);
            case "gabor":
                if (p.has("dimensionality") && dimensionality != Dimensionality.TWO_D)
                    p.problems().add("Gabor kernels are 2D: use orthogonal_planes: true for a 3D response");
                return new GaborFilter(p.number("sigma_mm"), p.number("lambda_mm"), p.number("gamma"),
                    Math.toRadians(p.number("theta_deg")), p.has("theta_step_deg") ? Math.toRadians(p.number("theta_step_deg")) : 0,
                    p.parsed("pooling", Pooling::parse), p.flag("orthogonal_planes"), padding);
            case "wavelet":
                return new WaveletFilter(p.text("wavelet"), p.text("map"), p.integer("level"), dimensionality, padding,
                    p.flag("rotation_invariance"), p.parsed("pooling", Pooling::parse));
            case "simoncelli":
                return withRiesz(p, new SimoncelliFilter(p.integer("level"), dimensionality, padding));
            default: // riesz, the last type of the schema
                return new RieszFilter(p.integers("riesz_order"), dimensionality, padding);
        }
    }

    /** The Riesz transform of {@code base} if the spec has riesz_order, else {@code base}. */
    private static <F extends ImageFilter & FrequencyResponse> ImageFilter withRiesz(SettingValues p, F base) {
        return p.has("riesz_order") ? new RieszFilter(p.integers("riesz_order"), base) : base;
    }
}
