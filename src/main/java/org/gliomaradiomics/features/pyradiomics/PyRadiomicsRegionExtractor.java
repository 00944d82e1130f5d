package org.gliomaradiomics.features.pyradiomics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.features.CaseExtraction;

/** PyRadiomics conventions behind the extractor's region interface: a PyRadiomics parameter file as it is
 * (our own bookkeeping keys removed by the caller), feature names as PyRadiomics writes them. */
public final class PyRadiomicsRegionExtractor {
    private PyRadiomicsRegionExtractor() {}

    /** @param yaml a PyRadiomics parameter file's tree, without our bookkeeping keys (extraction.ParamsFile#pyRadiomicsTree) */
    public static CaseExtraction.RegionExtractor from(Map<String, Object> yaml) {
        PyRadiomicsParams.fromYaml(yaml); // fail early on a bad file
        return (image, mask, label) -> new PyRadiomicsExtractor().features(image, mask, settings(yaml, label));
    }

    /** The PyRadiomics settings of a parameter file's tree (without our bookkeeping keys) for a region. */
    public static PyRadiomicsSettings settings(Map<String, Object> yaml, int label) {
        return PyRadiomicsParams.fromYaml(withLabel(yaml, label));
    }

    /** The file with {@code label} as the general setting's region (the settings are immutable once parsed). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withLabel(Map<String, Object> yaml, int label) {
        Map<String, Object> copy = new LinkedHashMap<>(yaml);
        Object setting = copy.get("setting");
        if (setting == null || setting instanceof Map) {
            Map<String, Object> s = setting == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) setting);
            s.put("label", label);
            copy.put("setting", s);
        }
        return copy;
    }
}
