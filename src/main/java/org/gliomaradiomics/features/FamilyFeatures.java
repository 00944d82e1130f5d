package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;

/** Builds a family's feature list from (name, IBSI code) pairs, so that families declare them in one place. */
final class FamilyFeatures {
    private FamilyFeatures() {}

    static List<FeatureDefinition> of(String family, String... nameCodePairs) {
        if (nameCodePairs.length % 2 != 0) throw new IllegalArgumentException("name/code pairs expected for family " + family);
        List<FeatureDefinition> list = new ArrayList<>(nameCodePairs.length / 2);
        for (int i = 0; i < nameCodePairs.length; i += 2) list.add(new FeatureDefinition(family, nameCodePairs[i], nameCodePairs[i + 1]));
        return List.copyOf(list);
    }
}
