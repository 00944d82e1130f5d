package org.gliomaradiomics.features.pyradiomics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.image.Volume;

/** PyRadiomics conventions behind the extractor's region interface: a PyRadiomics parameter file as it is
 * (our own bookkeeping keys removed by the caller), feature names as PyRadiomics writes them. */
public final class PyRadiomicsRegionExtractor {
    private PyRadiomicsRegionExtractor() {}

    /** @param yaml a PyRadiomics parameter file's tree, without our bookkeeping keys (extraction.ParamsFile#pyRadiomicsTree) */
    public static CaseExtraction.RegionExtractor from(Map<String, Object> yaml) {
        PyRadiomicsParams.fromYaml(yaml); // fail early on a bad file
        return new CaseExtraction.RegionExtractor() {
            @Override
            public List<ExtractedFeature> extract(Volume image, Volume mask, int label) {
                return new PyRadiomicsExtractor().features(image, mask, settings(yaml, label));
            }

            /** As PyRadiomics: a mask within geometryTolerance is taken as it is, one beyond is resampled with
             * correctMask and refused without, with the setting named ({@link PyRadiomicsExtractor}). */
            @Override
            public boolean placesMaskOnImageGrid() {
                return true;
            }
        };
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
