package org.gliomaradiomics.commands;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gliomaradiomics.features.BatchExtraction;
import org.gliomaradiomics.features.BatchManifest;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.FeatureTableWriter;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Radiomic features of every case of a manifest, cases in parallel, results in manifest order. */
@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Batch Extract Radiomics Features",
    description = "IBSI radiomic features of every case of a manifest (ID, Image, Mask, optional Label) into one CSV; a failing case becomes an error row")
public class BatchExtractCommand extends RadiomicsCommand {
    @Section("Cases")
    @Parameter(label = "Manifest (CSV)", style = "open", persist = false, description = "CSV with columns ID, Image, Mask, optional Label; other columns are carried over")
    private File manifest;

    @Parameter(label = "Regions", persist = false, required = false, description = "A label number, several (1,2,4), all, or BraTS WT,TC,ET, for rows without a Label (empty = the parameter file's label, default 1)")
    private String label = "";

    @Section("Settings")
    @Parameter(label = "Parameter file (YAML)", style = "open", persist = false, required = false,
        description = "PyRadiomics layout plus IBSI keys; imageType: Original, LoG, Wavelet, ... filtered images")
    private File params;

    @Parameter(label = "Conventions", choices = {"auto", "ibsi", "pyradiomics"}, persist = false,
        description = "ibsi: IBSI definitions; pyradiomics: PyRadiomics' definitions and names (auto: the file's setting.conventions, else pyradiomics for a file with PyRadiomics-only settings, else ibsi)")
    private String conventions = "auto";

    @Parameter(label = "Threads", persist = false, required = false, description = "Threads shared by the cases (0 = ImageJ's thread setting, all cores by default)")
    private int threads;

    @Section("Output")
    @Parameter(label = "Save table as (CSV)", style = "save", persist = false, description = "CSV to write (written completely or not at all)")
    private File out;

    @Parameter(label = "Table layout", choices = {"long", "wide"}, persist = false, description = "long: one row per feature; wide: one row per case and region")
    private String format = "long";

    @Parameter(label = "Resume an interrupted run", persist = false, required = false, description = "Keep the cases an interrupted run completed (its OUT.partial) when their manifest row and the settings are unchanged")
    private boolean resume;

    @Override
    protected void execute() throws Exception {
        ExtractionSetup setup = ExtractionSetup.of(params, conventions, label, outputs());
        FeatureTableWriter.Format f = format.equals("wide") ? FeatureTableWriter.Format.WIDE : FeatureTableWriter.Format.LONG;
        BatchManifest bm = BatchManifest.read(manifest.toPath());
        CaseExtraction.RegionExtractor ep = setup.extractor();
        Map<BatchManifest.Case, List<String>> empty = new ConcurrentHashMap<>();
        BatchExtraction.Summary s = BatchExtraction.run(bm, c -> {
            Volume img = ImageIO.read(c.image());
            Volume m = ImageIO.readMask(c.mask(), img.geometry());
            List<CaseResult> results = CaseExtraction.extract(c.id(), img, m, c.regions(setup.regions()), ep, c.carried());
            List<String> warnings = results.stream().filter(CaseResult::empty).map(CaseResult::warning).toList();
            if (!warnings.isEmpty()) empty.put(c, warnings);
            return results;
        }, out.toPath(), f, resume, settings(), (done, total) -> progress().report("cases " + done + "/" + total, total == 0 ? 1 : (double) done / total));
        int emptyRegions = 0;
        for (BatchManifest.Case c : bm.cases()) // in manifest order, whatever the threads did
            for (String w : empty.getOrDefault(c, List.of())) {
                outputs().warning("case " + c.id() + ": " + w + " (its feature values are empty)");
                emptyRegions++;
            }
        outputs().message(s.cases() + " case(s): " + s.skipped() + " kept from the earlier run, " + s.failed() + " region(s) failed, "
            + emptyRegions + " empty; wrote " + out);
    }

    /** What the results depend on besides a case's manifest row: a resumed case must have been computed under the same. */
    private String settings() throws java.io.IOException {
        String paramsText = params == null ? "(defaults)" : java.nio.file.Files.readString(params.toPath(), java.nio.charset.StandardCharsets.ISO_8859_1);
        String version = BatchExtractCommand.class.getPackage().getImplementationVersion();
        return "conventions=" + conventions + "\nlabel=" + label.trim() + "\nversion=" + version + "\nparams=" + paramsText;
    }
}
