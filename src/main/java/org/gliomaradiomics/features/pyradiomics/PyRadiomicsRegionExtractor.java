package org.gliomaradiomics.features.pyradiomics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.features.CaseExtraction;

/** PyRadiomics conventions behind the extractor's region interface: a PyRadiomics parameter file as it is
 * (our own {@code setting.conventions} key removed), feature names as PyRadiomics writes them. */
public final class PyRadiomicsRegionExtractor {
    private PyRadiomicsRegionExtractor() {}

    public static CaseExtraction.RegionExtractor from(Map<String, Object> yaml) {
        PyRadiomicsParams.fromYaml(withoutOwnKeys(yaml, null)); // fail early on a bad file
        return (image, mask, label) -> new PyRadiomicsExtractor().features(image, mask, settings(yaml, label));
    }

    /** The PyRadiomics settings of a parameter file in our layout (our own bookkeeping keys removed) for a region. */
    public static PyRadiomicsSettings settings(Map<String, Object> yaml, int label) {
        return PyRadiomicsParams.fromYaml(withoutOwnKeys(yaml, label));
    }

    /** The file without our own keys, and with {@code label} (unless null) as the general setting's region. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutOwnKeys(Map<String, Object> yaml, Integer label) {
        Map<String, Object> copy = new LinkedHashMap<>(yaml);
        Object setting = copy.get("setting");
        if (setting instanceof Map || setting == null && label != null) {
            Map<String, Object> s = setting == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) setting);
            s.remove("conventions");
            s.remove("labels");
            s.remove("threads");
            if (label != null) s.put("label", label);
            copy.put("setting", s);
        }
        return copy;
    }
}
