package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every feature family the suite computes, each feature with its IBSI code and, where PyRadiomics has the same
 * formula, its PyRadiomics class and name ({@link FeatureDefinition}). Adding a family is one class and one line
 * here.
 */
public final class FeatureRegistry {
    private static final List<FeatureFamily> FAMILIES = List.of(
        new MorphologyFamily(),
        new LocalIntensityFamily(),
        new IntensityStatisticsFamily(),
        new IntensityHistogramFamily(),
        new IntensityVolumeHistogramFamily(),
        new GlcmFamily(),
        new GlrlmFamily(),
        new GlszmFamily(),
        new GldzmFamily(),
        new NgtdmFamily(),
        new NgldmFamily());

    private FeatureRegistry() {}

    public static List<FeatureFamily> families() {
        return FAMILIES;
    }

    public static Optional<FeatureFamily> family(String name) {
        return FAMILIES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static List<FeatureDefinition> allFeatures() {
        List<FeatureDefinition> all = new ArrayList<>();
        for (FeatureFamily f : FAMILIES) all.addAll(f.features());
        return all;
    }

    /** PyRadiomics' classes computed by the IBSI families' formula classes: firstorder
     * ({@link IntensityStatisticsFamily#pyradiomics}) and the texture classes ({@link PyRadiomicsTextures}). */
    public static final List<String> PYRADIOMICS_CLASSES = List.of("firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm");

    /** PyRadiomics' deprecated texture features: computed when asked for by name, never by default; some are
     * another feature's value under an old name. */
    private static final Map<String, String> DEPRECATED = Map.of("glcm_Dissimilarity", "Dissimilarity",
        "glcm_Homogeneity1", "Id", "glcm_Homogeneity2", "Idm", "glcm_SumVariance", "ClusterTendency",
        "gldm_DependencePercentage", "DependencePercentage",
        "gldm_GrayLevelNonUniformityNormalized", "GrayLevelNonUniformityNormalized");

    /**
     * A PyRadiomics class: its current feature names in PyRadiomics' sorted output order, each with its position in
     * the value array of the formula class ({@link PyRadiomicsTextures#compute}, {@link IntensityStatisticsFamily#pyradiomics}).
     */
    public record PyRadiomicsClass(String name, List<String> names, int[] valueIndex, Map<String, Integer> deprecated) {
        /** Position of a current or deprecated feature in the value array, or -1. */
        public int indexOf(String feature) {
            int k = names.indexOf(feature);
            return k >= 0 ? valueIndex[k] : deprecated.getOrDefault(feature, -1);
        }
    }

    /** @throws IllegalArgumentException for a class that is not one of {@link #PYRADIOMICS_CLASSES} */
    public static PyRadiomicsClass pyradiomicsClass(String name) {
        PyRadiomicsClass c = PyRadiomicsClasses.BY_NAME.get(name);
        if (c == null) throw new IllegalArgumentException("unknown PyRadiomics class " + name);
        return c;
    }

    /** Built once, when first asked for (every case of a PyRadiomics batch asks for each class); shared, so their
     * arrays are not to be modified. */
    private static final class PyRadiomicsClasses {
        static final Map<String, PyRadiomicsClass> BY_NAME = PYRADIOMICS_CLASSES.stream()
            .collect(Collectors.toUnmodifiableMap(n -> n, FeatureRegistry::build));
    }

    private static PyRadiomicsClass build(String name) {
        Map<String, Integer> all = new TreeMap<>(), deprecated = new TreeMap<>();
        for (FeatureFamily f : FAMILIES) {
            List<FeatureDefinition> defs = f.features();
            for (int k = 0; k < defs.size(); k++)
                if (defs.get(k).pyradiomicsClass().equals(name) && !defs.get(k).pyradiomicsName().isEmpty())
                    all.put(defs.get(k).pyradiomicsName(), k);
        }
        if (name.equals("glcm")) all.put("MCC", CooccurrenceFeatures.MCC); // PyRadiomics only, no IBSI code
        // firstorder: intensity_histogram's Entropy and Uniformity replaced, their values follow the statistics'
        if (name.equals("firstorder")) all.putAll(IntensityStatisticsFamily.PYRADIOMICS_ONLY);
        for (Map.Entry<String, String> d : DEPRECATED.entrySet())
            if (d.getKey().startsWith(name + "_")) deprecated.put(d.getKey().substring(name.length() + 1), all.get(d.getValue()));
        if (name.equals("firstorder")) deprecated.putAll(IntensityStatisticsFamily.PYRADIOMICS_DEPRECATED);
        all.keySet().removeAll(deprecated.keySet());
        return new PyRadiomicsClass(name, List.copyOf(all.keySet()), all.values().stream().mapToInt(Integer::intValue).toArray(),
            Map.copyOf(deprecated));
    }
}
