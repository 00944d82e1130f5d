package org.gliomaradiomics.features.pyradiomics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.features.FeatureRegistry;

/** Collects a class's computed features and keeps the requested ones, sorted by name as PyRadiomics does. */
final class FeatureMap {
    private final String featureClass;
    private final TreeMap<String, Double> values = new TreeMap<>();
    private final List<String> deprecated;

    FeatureMap(String featureClass, List<String> deprecated) {
        this.featureClass = featureClass;
        this.deprecated = deprecated;
    }

    /** A texture class's values, as {@link org.gliomaradiomics.features.PyRadiomicsTextures} returns them. */
    static FeatureMap of(FeatureRegistry.PyRadiomicsClass c, double[] values) {
        FeatureMap f = new FeatureMap(c.name(), List.copyOf(c.deprecated().keySet()));
        for (int k = 0; k < c.names().size(); k++) f.put(c.names().get(k), values[c.valueIndex()[k]]);
        for (Map.Entry<String, Integer> d : c.deprecated().entrySet()) f.put(d.getKey(), values[d.getValue()]);
        return f;
    }

    void put(String name, double value) {
        values.put(name, value);
    }

    /** Requested features (empty: every non-deprecated one) into {@code out}, sorted by name. */
    void emit(List<String> requested, String imageType, List<ExtractedFeature> out) {
        Map<String, Double> chosen = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            for (Map.Entry<String, Double> e : values.entrySet()) if (!deprecated.contains(e.getKey())) chosen.put(e.getKey(), e.getValue());
        } else {
            for (String r : new TreeSet<>(requested)) {
                Double v = values.get(r);
                if (v == null) throw new IllegalArgumentException("feature '" + r + "' does not exist in class " + featureClass + " (known: " + values.keySet() + ")");
                chosen.put(r, v);
            }
        }
        for (Map.Entry<String, Double> e : chosen.entrySet()) out.add(ExtractedFeature.number(imageType, featureClass, e.getKey(), "", "", e.getValue()));
    }
}
