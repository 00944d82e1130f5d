package org.gliomaradiomics.commands;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gliomaradiomics.extraction.BatchExtraction;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.extraction.FeatureTableWriter;
import org.gliomaradiomics.features.CaseResult;
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

    @Parameter(label = "Shard (I/N)", persist = false, required = false,
        description = "Only shard I of N (0 <= I < N): every N-th case from the I-th on, for job arrays; join the parts with merge-tables (empty = every case)")
    private String shard = "";

    @Section("Output")
    @Parameter(label = "Save table as (CSV)", style = "save", persist = false, description = "CSV to write (written completely or not at all)")
    private File out;

    @Parameter(label = "Table layout", choices = {"long", "wide"}, persist = false, description = "long: one row per feature; wide: one row per case and region")
    private String format = "long";

    @Parameter(label = "Resume an interrupted run", persist = false, required = false, description = "Keep the cases an interrupted run completed (its OUT.partial) when their manifest row and the settings are unchanged")
    private boolean resume;

    @Override
    protected void execute() throws Exception {
        int[] part = shard(shard);
        FeatureTableWriter.Format f = format.equals("wide") ? FeatureTableWriter.Format.WIDE : FeatureTableWriter.Format.LONG;
        BatchCaseWork work = BatchCaseWork.of(params, conventions, label, outputs());
        BatchManifest bm = BatchManifest.read(manifest.toPath());
        if (part != null) bm = bm.shard(part[0], part[1]);
        Map<BatchManifest.Case, List<String>> empty = new ConcurrentHashMap<>();
        BatchExtraction.Summary s = BatchExtraction.run(bm, c -> {
            List<CaseResult> results = work.extract(c, c.image(), c.mask());
            List<String> warnings = results.stream().filter(CaseResult::empty).map(CaseResult::warning).toList();
            if (!warnings.isEmpty()) empty.put(c, warnings);
            return results;
        }, out.toPath(), f, resume, work.settings(), (done, total) -> progress().report("cases " + done + "/" + total, total == 0 ? 1 : (double) done / total));
        int emptyRegions = 0;
        for (BatchManifest.Case c : bm.cases()) // in manifest order, whatever the threads did
            for (String w : empty.getOrDefault(c, List.of())) {
                outputs().warning("case " + c.id() + ": " + w + " (its feature values are empty)");
                emptyRegions++;
            }
        outputs().message(s.cases() + " case(s)" + (part == null ? "" : " in shard " + part[0] + "/" + part[1]) + ": " + s.skipped()
            + " kept from the earlier run, " + s.failed() + " region(s) failed, " + emptyRegions + " empty; wrote " + out);
    }

    /** {@code I/N} as {I, N}; null for an empty option. */
    static int[] shard(String text) {
        if (text == null || text.isBlank()) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*").matcher(text);
        if (!m.matches()) throw new UsageException("--shard: '" + text + "' is not I/N (for example 0/10)");
        int i, n;
        try {
            i = Integer.parseInt(m.group(1));
            n = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            throw new UsageException("--shard: '" + text + "' has a number too large");
        }
        if (n < 1 || i >= n) throw new UsageException("--shard: '" + text + "': need N >= 1 and 0 <= I < N (shards are numbered from 0)");
        return new int[] {i, n};
    }
}
