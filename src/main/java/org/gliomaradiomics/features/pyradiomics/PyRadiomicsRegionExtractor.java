package org.gliomaradiomics.features.pyradiomics;

import java.util.Map;
import org.gliomaradiomics.features.CaseExtraction;

/** PyRadiomics conventions behind the extractor's region interface: a PyRadiomics parameter file as it is
 * (our own bookkeeping keys removed by the caller), feature names as PyRadiomics writes them. */
public final class PyRadiomicsRegionExtractor {
    private PyRadiomicsRegionExtractor() {}

    /** @param yaml a PyRadiomics parameter file's tree, without our bookkeeping keys (extraction.ParamsFile#pyRadiomicsTree) */
    public static CaseExtraction.RegionExtractor from(Map<String, Object> yaml) {
        PyRadiomicsParams.fromYaml(yaml); // fail early on a bad file
        return (image, mask, label) -> {
            PyRadiomicsSettings s = PyRadiomicsParams.fromYaml(yaml).label(label);
            return new PyRadiomicsExtractor().features(image, mask, s);
        };
    }

    /** The PyRadiomics settings of a parameter file's tree (without our bookkeeping keys). */
    public static PyRadiomicsSettings settings(Map<String, Object> yaml) {
        return PyRadiomicsParams.fromYaml(yaml);
    }
}
