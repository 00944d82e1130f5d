package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a PyRadiomics parameter file (already parsed YAML: imageType, featureClass, setting) into settings.
 * Keys, types and defaults are those of {@link PyRadiomicsSettings#KEYS}; an unknown key is an error. Image types:
 * Original, LoG, Wavelet, Square, SquareRoot, Logarithm, Exponential, Gradient, LBP2D, LBP3D, each with optional
 * settings of its own over the general ones. */
public final class PyRadiomicsParams {
    private PyRadiomicsParams() {}

    /**
     * @throws IllegalArgumentException naming every problem of the file, separated by "; "
     */
    public static PyRadiomicsSettings fromYaml(Map<String, ?> yaml) {
        Set<String> problems = new LinkedHashSet<>();
        for (String key : yaml.keySet())
            if (!List.of("imageType", "featureClass", "setting").contains(key))
                problems.add("unknown top-level key '" + key + "' (known: imageType, featureClass, setting)");
        Map<String, ?> general = yaml.get("setting") == null ? Map.of() : map(yaml.get("setting"), "setting", problems);
        PyRadiomicsSettings.Builder s = builder(general, yaml.get("featureClass"), "", problems);
        build(s, "", problems); // the general settings' range problems, before the image types'
        Object types = yaml.get("imageType");
        if (types != null) {
            s.noImageTypes();
            for (Map.Entry<String, ?> t : map(types, "imageType", problems).entrySet()) {
                // PyRadiomics: the general settings, then the image type's own on top (filter and feature settings alike)
                String where = "imageType " + t.getKey() + ": ";
                Map<String, Object> merged = new LinkedHashMap<>(general);
                if (t.getValue() != null) merged.putAll(map(t.getValue(), "imageType." + t.getKey(), problems));
                Set<String> typeProblems = new LinkedHashSet<>();
                PyRadiomicsSettings typed = build(builder(merged, yaml.get("featureClass"), where, typeProblems), where, typeProblems);
                // the general settings' problems are reported once, under setting
                for (String problem : typeProblems) if (!problems.contains(problem.substring(where.length()))) problems.add(problem);
                try {
                    if (typed != null) s.imageType(t.getKey(), typed);
                } catch (IllegalArgumentException e) {
                    problems.add(where + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return s.build();
    }

    private static PyRadiomicsSettings build(PyRadiomicsSettings.Builder b, String where, Set<String> problems) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
            return null;
        }
    }

    private static PyRadiomicsSettings.Builder builder(Map<String, ?> settings, Object classes, String where, Set<String> problems) {
        PyRadiomicsSettings.Builder s = PyRadiomicsSettings.builder();
        for (Map.Entry<String, ?> e : settings.entrySet()) {
            try {
                s.set(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                problems.add(where + ex.getMessage());
            }
        }
        if (classes == null) return s;
        s.disableAllClasses();
        for (Map.Entry<String, ?> c : map(classes, "featureClass", problems).entrySet()) {
            List<String> names = new ArrayList<>();
            if (c.getValue() instanceof List) for (Object o : (List<?>) c.getValue()) names.add(String.valueOf(o));
            else if (c.getValue() != null) {
                problems.add("featureClass " + c.getKey() + " must map to a list of feature names or nothing");
                continue;
            }
            try {
                s.enableClass(c.getKey(), names.toArray(new String[0]));
            } catch (IllegalArgumentException ex) {
                problems.add(ex.getMessage());
            }
        }
        return s;
    }

    private static Map<String, ?> map(Object v, String key, Set<String> problems) {
        if (!(v instanceof Map)) {
            problems.add("'" + key + "' must be a mapping, got " + v);
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>(); // YAML keys may be numbers or lists: names here
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) out.put(String.valueOf(e.getKey()), e.getValue());
        return out;
    }
}
