package org.gliomaradiomics.commands;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.extraction.ExtractionParams;
import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsRegionExtractor;

/**
 * What the three extraction commands (one image, a manifest, feature maps) share: the parameter file read under
 * the chosen conventions, the region extractor, and the regions to extract.
 *
 * @param params the parameter file (defaults without one)
 * @param ibsi IBSI settings and image types; null under PyRadiomics conventions
 */
record ExtractionSetup(ParamsFile params, ExtractionParams ibsi, CaseExtraction.RegionExtractor extractor, List<String> regions) {

    /**
     * The setup of one run. With {@code conventions} auto, the file's {@code setting.conventions} decides; else a file
     * with something only PyRadiomics has (and nothing only IBSI has) is read in PyRadiomics' conventions, a file with
     * both is refused with what to choose, and any other file is read in IBSI's; {@code outputs} says which when a
     * file was recognised or nothing in it decided.
     */
    static ExtractionSetup of(File paramsFile, String conventions, String label, Outputs outputs) throws Exception {
        ParamsFile p = paramsFile == null ? ParamsFile.defaults() : ParamsFile.load(paramsFile.toPath());
        String convention = conventions.equals("auto") && paramsFile != null ? recognise(p, outputs) : conventions;
        ExtractionParams ibsi = null;
        CaseExtraction.RegionExtractor extractor;
        if (convention.equals("pyradiomics")) {
            Map<String, Object> raw = p.pyRadiomicsTree();
            extractor = Inputs.about(paramsFile, () -> PyRadiomicsRegionExtractor.from(raw)); // PyRadiomics checks its own keys
        } else {
            ibsi = ExtractionParams.from(p, p.raw().get("imageType"), p.source());
            extractor = ibsi.regionExtractor();
        }
        List<String> regions = label == null || label.isBlank() ? ExtractionParams.regions(p) : List.of(label.trim().split("\\s*,\\s*"));
        for (String r : regions)
            if (label != null && !label.isBlank() && !r.matches("[0-9]+|(?i)all|WT|TC|ET"))
                throw new UsageException("--label: '" + r + "' is not a label number, a list such as 1,2,4, all, or WT, TC, ET");
        return new ExtractionSetup(p, ibsi, extractor, regions);
    }

    private static String recognise(ParamsFile p, Outputs outputs) throws CommandException {
        Object declared = p.settings().get("conventions");
        if (declared != null) {
            if (!List.of("ibsi", "pyradiomics").contains(declared))
                throw new CommandException(p.source() + ": setting.conventions: '" + declared + "' is not ibsi or pyradiomics");
            return (String) declared;
        }
        ParamsFile.Recognition r = p.recognise();
        if (!r.ibsi().isEmpty() && !r.pyradiomics().isEmpty())
            throw new CommandException(p.source() + " has settings only PyRadiomics knows (" + String.join(", ", r.pyradiomics())
                + ") and settings only IBSI mode knows (" + String.join(", ", r.ibsi()) + "): choose with --conventions pyradiomics"
                + " (PyRadiomics' definitions and names) or --conventions ibsi (IBSI's), or setting conventions: in the file");
        if (!r.ibsi().isEmpty()) return "ibsi";
        List<String> py = new java.util.ArrayList<>(r.pyradiomics());
        py.addAll(r.pyradiomicsClasses());
        if (!py.isEmpty()) {
            outputs.note(p.source() + " is a PyRadiomics parameter file (" + String.join(", ", py)
                + "): PyRadiomics' definitions and names (--conventions ibsi for IBSI's)");
            return "pyradiomics";
        }
        outputs.note(p.source() + ": nothing in it is specific to PyRadiomics or IBSI: IBSI definitions and names"
            + " (--conventions pyradiomics for PyRadiomics', or setting conventions: in the file)");
        return "ibsi";
    }
}
