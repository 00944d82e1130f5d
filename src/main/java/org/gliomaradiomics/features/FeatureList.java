package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered feature definitions of one family, in the order its formula class returns the values, and the bridge
 * from value arrays to a {@link FeatureSink}.
 */
final class FeatureList {
    private final String family;
    private final List<FeatureDefinition> definitions;

    /**
     * {@code namesCodesPyNames}: PascalCase name, IBSI code, PyRadiomics name ("" when PyRadiomics has none), name,
     * code, ... in the order the family computes them; {@code pyClass}: the PyRadiomics class of the same formulas.
     */
    FeatureList(String family, String pyClass, String... namesCodesPyNames) {
        if (namesCodesPyNames.length % 3 != 0) throw new IllegalArgumentException("names, codes and PyRadiomics names must come in triples for " + family);
        List<FeatureDefinition> defs = new ArrayList<>();
        for (int i = 0; i < namesCodesPyNames.length; i += 3)
            defs.add(new FeatureDefinition(family, namesCodesPyNames[i], namesCodesPyNames[i + 1], pyClass, namesCodesPyNames[i + 2]));
        this.family = family;
        definitions = List.copyOf(defs);
    }

    private FeatureList(String family, List<FeatureDefinition> definitions) {
        this.family = family;
        this.definitions = definitions;
    }

    /** Families without PyRadiomics names: {@code nameCodePairs} is name, IBSI code, name, code, ... */
    static FeatureList of(String family, String... nameCodePairs) {
        if (nameCodePairs.length % 2 != 0) throw new IllegalArgumentException("name/code pairs expected for family " + family);
        List<FeatureDefinition> list = new ArrayList<>(nameCodePairs.length / 2);
        for (int i = 0; i < nameCodePairs.length; i += 2) list.add(new FeatureDefinition(family, nameCodePairs[i], nameCodePairs[i + 1]));
        return new FeatureList(family, List.copyOf(list));
    }

    String family() {
        return family;
    }

    List<FeatureDefinition> definitions() {
        return definitions;
    }

    int size() {
        return definitions.size();
    }

    /** Emits the first {@link #size()} values of each array under the given aggregation label. */
    TextureAggregation.Emitter emitter(FeatureSink sink) {
        return (aggregation, values) -> {
            for (int i = 0; i < definitions.size(); i++) sink.accept(definitions.get(i), aggregation, values[i]);
        };
    }
}
