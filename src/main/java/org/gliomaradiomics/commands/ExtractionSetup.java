package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.ExtractionParams;
import org.gliomaradiomics.features.ParamsFile;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsRegionExtractor;

/**
 * What the three extraction commands (one image, a manifest, feature maps) share: the parameter file read under
 * the chosen conventions, the region extractor, and the regions to extract.
 *
 * @param params the parameter file (defaults without one)
 * @param ibsi IBSI settings and image types; null under PyRadiomics conventions
 */
record ExtractionSetup(ParamsFile params, ExtractionParams ibsi, CaseExtraction.RegionExtractor extractor, List<String> regions) {

    static ExtractionSetup of(File paramsFile, String conventions, String label) throws Exception {
        ParamsFile p;
        Object imageTypes = null;
        String convention = conventions;
        if (paramsFile == null) p = ParamsFile.defaults();
        else {
            p = ParamsFile.readLenient(paramsFile.toPath());
            if (convention.equals("auto")) convention = p.text("conventions", "ibsi");
            if (!convention.equals("pyradiomics")) { // PyRadiomics checks its own keys
                imageTypes = p.raw().get("imageType");
                p = readIbsi(paramsFile.toPath(), p.raw());
            }
        }
        ExtractionParams ibsi = null;
        CaseExtraction.RegionExtractor extractor;
        if (convention.equals("pyradiomics")) {
            Map<String, Object> raw = p.raw();
            extractor = Inputs.about(paramsFile, () -> PyRadiomicsRegionExtractor.from(raw));
        } else {
            ibsi = imageTypes == null ? ExtractionParams.from(p) : ExtractionParams.from(p, imageTypes, paramsFile.toString());
            extractor = CaseExtraction.ibsi(ibsi);
        }
        List<String> regions = label == null || label.isBlank() ? ExtractionParams.regions(p) : List.of(label.trim().split("\\s*,\\s*"));
        return new ExtractionSetup(p, ibsi, extractor, regions);
    }

    /**
     * IBSI mode: every section but {@code imageType} checked by {@link ParamsFile}; the image types (filters, whose
     * parameters are not settings) are checked by {@link ExtractionParams#from(ParamsFile, Object, String)}.
     */
    private static ParamsFile readIbsi(Path file, Map<String, Object> raw) throws java.io.IOException {
        Map<String, Object> rest = new java.util.LinkedHashMap<>(raw);
        rest.remove("imageType");
        try {
            return ParamsFile.parseText(new org.yaml.snakeyaml.Yaml().dump(rest));
        } catch (java.io.IOException e) {
            throw new java.io.IOException(e.getMessage().replaceFirst("^parameters", file.toString()), e);
        }
    }
}
