package org.gliomaradiomics.features.pyradiomics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.features.CaseExtraction;

/** PyRadiomics conventions behind the extractor's region interface: a PyRadiomics parameter file as it is
 * (our own {@code setting.conventions} key removed), feature names as PyRadiomics writes them. */
public final class PyRadiomicsRegionExtractor {
    private PyRadiomicsRegionExtractor() {}

    public static CaseExtraction.RegionExtractor from(Map<String, Object> yaml) {
        Map<String, Object> clean = withoutOwnKeys(yaml);
        PyRadiomicsParams.fromYaml(clean); // fail early on a bad file
        return (image, mask, label) -> {
            PyRadiomicsSettings s = PyRadiomicsParams.fromYaml(clean).label(label);
            return new PyRadiomicsExtractor().features(image, mask, s);
        };
    }

    /** The PyRadiomics settings of a parameter file in our layout (our own bookkeeping keys removed). */
    public static PyRadiomicsSettings settings(Map<String, Object> yaml) {
        return PyRadiomicsParams.fromYaml(withoutOwnKeys(yaml));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutOwnKeys(Map<String, Object> yaml) {
        Map<String, Object> copy = new LinkedHashMap<>(yaml);
        Object setting = copy.get("setting");
        if (setting instanceof Map) {
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) setting);
            s.remove("conventions");
            s.remove("labels");
            s.remove("threads");
            copy.put("setting", s);
        }
        return copy;
    }
}
