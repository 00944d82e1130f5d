package org.gliomaradiomics.commands;

import java.io.File;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.extraction.FeatureTableWriter;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Radiomic features of one image: a file, or in Fiji the open image with a label image, the ROI Manager or the selection. */
@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Extract Radiomics Features",
    description = "IBSI radiomic features of one image per label or BraTS sub-region, as a long or wide table")
public class ExtractCommand extends RadiomicsCommand {
    @Section("Image and region")
    @Parameter(label = "Image", persist = false, description = "Image file, or an open image (a hyperstack channel as title::t1ce)")
    private ImageInput image;

    @Parameter(label = "Mask", persist = false,
        description = "Label map (file; DICOM SEG or RTSTRUCT, ROIs by name as RS.dcm::GTV,Edema, or a study folder holding one; open image), or in ImageJ <roi-manager>, <selection> (the current slice) or <selection:all-slices>")
    private MaskInput mask;

    @Parameter(label = "Regions", persist = false, required = false, description = "A label number, several (1,2,4), all, or BraTS WT,TC,ET (empty = the parameter file's label, default 1)")
    private String label = "";

    @Parameter(label = "Case ID", persist = false, required = false, description = "Identifier in the table's case column (empty = the image's name)")
    private String id = "";

    @Section("Settings")
    @Parameter(label = "Parameter file (YAML)", style = "open", persist = false, required = false,
        description = "PyRadiomics layout plus IBSI keys; imageType: Original, LoG, Wavelet, ... filtered images")
    private File params;

    @Parameter(label = "Conventions", choices = {"auto", "ibsi", "pyradiomics"}, persist = false,
        description = "ibsi: IBSI definitions; pyradiomics: PyRadiomics' definitions and names (auto: the file's setting.conventions, else pyradiomics for a file with PyRadiomics-only settings, else ibsi)")
    private String conventions = "auto";

    @Section("Output")
    @Parameter(label = "Table layout", choices = {"long", "wide"}, persist = false, description = "long: one row per feature; wide: one row per case and region")
    private String format = "long";

    @Parameter(label = "Save table as (CSV)", style = "save", persist = false, required = false, description = "CSV to write (written completely or not at all)")
    private File out;

    @Override
    protected void execute() throws Exception {
        ExtractionSetup setup = ExtractionSetup.of(params, conventions, label, outputs());
        FeatureTableWriter.Format f = format.equals("wide") ? FeatureTableWriter.Format.WIDE : FeatureTableWriter.Format.LONG;
        progress().report("reading", 0);
        Inputs.ImageAndMask in = Inputs.imageAndMask(image, mask, context(), setup.extractor().placesMaskOnImageGrid());
        progress().report("extracting", 0.3);
        String caseId = id.isBlank() ? image.name() : id.trim();
        List<CaseResult> results = Inputs.about(in.maskFile(),
            () -> CaseExtraction.extract(caseId, in.image(), in.mask(), setup.regions(), setup.extractor(), Map.of()));
        Object maskName = in.maskFile() != null ? in.maskFile() : in.maskInput();
        for (CaseResult r : results) if (r.failed()) throw new CommandException(maskName + ": " + r.error());
        for (CaseResult r : results) if (r.empty()) outputs().warning(maskName + ": " + r.warning() + " (its feature values are empty)");
        List<ExtractedFeature> template = results.stream().filter(r -> !r.empty()).findFirst().map(CaseResult::features).orElse(null);
        progress().report("writing", 0.9);
        if (out != null) {
            CsvWriter.writeAtomically(out.toPath(), w -> writeAll(results, f, w));
            outputs().message("wrote " + (template == null ? 0 : template.size()) + " values per region to " + out);
        } else if (commandLine()) {
            StringWriter w = new StringWriter();
            writeAll(results, f, w);
            context().out().print(w);
        }
        if (!commandLine()) outputs().table(longTable(results, template), null, "Radiomics Features");
        progress().report("done", 1);
    }

    private static void writeAll(List<CaseResult> results, FeatureTableWriter.Format f, java.io.Writer w) throws java.io.IOException {
        try (FeatureTableWriter writer = FeatureTableWriter.create(f, w, List.of())) {
            for (CaseResult r : results) writer.write(r);
        }
    }

    /** The long table as an ImageJ Results table (one row per value). */
    private static Table longTable(List<CaseResult> results, List<ExtractedFeature> template) {
        Table t = new Table(new ArrayList<>(FeatureTableWriter.LONG_COLUMNS));
        for (CaseResult r : results)
            for (ExtractedFeature v : r.rowsLike(template))
                t.addRow(r.caseId(), r.label(), v.imageType(), v.family(), v.feature(), v.ibsiCode(), v.aggregation(),
                    v.text() != null ? v.text() : (Object) v.value());
        return t;
    }
}
