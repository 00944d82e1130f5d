package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;

/** The ordered feature definitions of one texture family, and the bridge from value arrays to a {@link FeatureSink}. */
final class TextureFeatureList {
    private final List<FeatureDefinition> definitions;

    /** {@code namesAndCodes}: PascalCase name, IBSI code, name, code, ... in the order the family computes them. */
    TextureFeatureList(String family, String... namesAndCodes) {
        if (namesAndCodes.length % 2 != 0) throw new IllegalArgumentException("names and codes must come in pairs for " + family);
        List<FeatureDefinition> defs = new ArrayList<>();
        for (int i = 0; i < namesAndCodes.length; i += 2) defs.add(new FeatureDefinition(family, namesAndCodes[i], namesAndCodes[i + 1]));
        definitions = List.copyOf(defs);
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
