package org.gliomaradiomics.commands;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.features.BatchExtraction;
import org.gliomaradiomics.features.BatchManifest;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.features.ExtractionParams;
import org.gliomaradiomics.features.FeatureTableWriter;
import org.gliomaradiomics.features.ParamsFile;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsRegionExtractor;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.report.CsvWriter;
import org.gliomaradiomics.report.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Extract Radiomics Features",
    description = "IBSI radiomic features of one case or a batch manifest, per label or BraTS sub-region, as a long or wide CSV table")
public class ExtractCommand extends RadiomicsCommand {
    @Parameter(label = "image", style = "open", required = false, description = "Image (one case)")
    private File image;

    @Parameter(label = "mask", style = "open", required = false, description = "Label map on the image's grid (one case)")
    private File mask;

    @Parameter(label = "label", required = false, description = "Region(s): a label number, several (1,2,4), all, or BraTS WT,TC,ET (empty = the parameter file's label, default 1)")
    private String label = "";

    @Parameter(label = "params", style = "open", required = false, description = "Parameter YAML (PyRadiomics layout plus IBSI keys; imageType: Original, LoG, Wavelet, ... filtered images)")
    private File params;

    @Parameter(label = "conventions", choices = {"auto", "ibsi", "pyradiomics"},
        description = "ibsi: IBSI definitions; pyradiomics: PyRadiomics' definitions and names (auto: the file's setting.conventions, else ibsi)")
    private String conventions = "auto";

    @Parameter(label = "format", choices = {"long", "wide"}, description = "long: one row per feature; wide: one row per case and region")
    private String format = "long";

    @Parameter(label = "manifest", style = "open", required = false, description = "Batch: CSV with columns ID, Image, Mask, optional Label, others carried over")
    private File manifest;

    @Parameter(label = "threads", required = false, description = "Batch: cases in parallel (0 = all cores)")
    private int threads;

    @Parameter(label = "resume", required = false, description = "Batch: keep cases already complete in the output and skip them")
    private boolean resume;

    @Parameter(label = "out", style = "save", required = false, description = "CSV to write (written completely or not at all)")
    private File out;

    @Parameter(label = "voxel_based", required = false, description = "Feature maps: every enabled feature (glcm by default) in a neighbourhood of each ROI voxel")
    private boolean voxel_based;

    @Parameter(label = "kernel_radius", required = false, description = "Feature maps: neighbourhood radius in voxels ((2R+1)^3 kernel)")
    private int kernel_radius = 1;

    @Parameter(label = "out_dir", style = "directory", required = false, description = "Feature maps: folder for <image_type>_<family>_<feature>.nii.gz")
    private File out_dir;

    @Override
    protected void execute() throws Exception {
        ParamsFile p;
        Object imageTypes = null;
        String convention = conventions;
        if (params == null) p = ParamsFile.defaults();
        else {
            p = ParamsFile.readLenient(params.toPath());
            if (convention.equals("auto")) convention = p.text("conventions", "ibsi");
            if (!convention.equals("pyradiomics")) { // PyRadiomics checks its own keys
                imageTypes = p.raw().get("imageType");
                p = readIbsi(params.toPath(), p.raw());
            }
        }
        if (convention.equals("auto")) convention = "ibsi";
        CaseExtraction.RegionExtractor ep;
        if (convention.equals("pyradiomics")) {
            Map<String, Object> raw = p.raw();
            ep = Inputs.about(params, () -> PyRadiomicsRegionExtractor.from(raw));
        } else {
            ExtractionParams ibsi = imageTypes == null ? ExtractionParams.from(p) : ExtractionParams.from(p, imageTypes, params.toString());
            ep = CaseExtraction.ibsi(ibsi);
            this.ibsiSettings = ibsi.settings();
            this.ibsiParams = ibsi;
        }
        List<String> regions = label.isBlank() ? ExtractionParams.regions(p) : List.of(label.split("\\s*,\\s*"));
        if (voxel_based) {
            voxelMaps(p, regions);
            return;
        }
        FeatureTableWriter.Format f = format.equals("wide") ? FeatureTableWriter.Format.WIDE : FeatureTableWriter.Format.LONG;
        if (manifest != null) batch(ep, regions, f);
        else single(ep, regions, f);
    }

    private org.gliomaradiomics.features.ExtractionSettings ibsiSettings;
    /** IBSI-mode settings and image types (null under PyRadiomics conventions). */
    private ExtractionParams ibsiParams;

    private void voxelMaps(ParamsFile p, List<String> regions) throws Exception {
        if (image == null || mask == null || out_dir == null) throw new CommandException("--voxel-based needs --image, --mask and --out-dir");
        if (regions.size() != 1) throw new CommandException("--voxel-based maps one label at a time; give --label N");
        int lab;
        try {
            lab = Integer.parseInt(regions.get(0));
        } catch (NumberFormatException e) {
            throw new CommandException("--voxel-based needs a label number, got '" + regions.get(0) + "'");
        }
        Volume img = ImageIO.read(image.toPath());
        Volume m = ImageIO.readMask(mask.toPath(), img.geometry());
        Inputs.about(mask, () -> {
            VoxelMapsRunner.run(img, m, lab, p, ibsiParams, kernel_radius, out_dir.toPath());
            return null;
        });
    }

    private void single(CaseExtraction.RegionExtractor ep, List<String> regions, FeatureTableWriter.Format f) throws Exception {
        if (!ImageJInputs.available() && (image == null || mask == null)) throw new CommandException("give --image and --mask, or --manifest");
        progress().report("reading", 0);
        // In ImageJ, without files: the current image, and the ROI Manager (or the image's selection) as mask.
        Volume img = image != null ? ImageIO.read(image.toPath()) : ImageJInputs.currentImage("image");
        Volume m = mask != null ? ImageIO.readMask(mask.toPath(), img.geometry()) : ImageJInputs.roiMask(img.geometry());
        progress().report("extracting", 0.3);
        String caseId = image != null ? caseId(image) : ij.WindowManager.getCurrentImage().getTitle();
        List<CaseResult> results = Inputs.about(mask, () -> CaseExtraction.extract(caseId, img, m, regions, ep, Map.of()));
        for (CaseResult r : results) if (r.failed()) throw new CommandException(mask + ": region " + r.label() + ": " + r.error());
        progress().report("writing", 0.9);
        if (out != null) {
            CsvWriter.writeAtomically(out.toPath(), w -> writeAll(results, f, w));
            Outputs.message("wrote " + results.get(0).features().size() + " values per region to " + out);
        } else if (CommandEnvironment.commandLine()) {
            StringWriter w = new StringWriter();
            writeAll(results, f, w);
            Outputs.standardOut().print(w);
        }
        if (!CommandEnvironment.commandLine()) Outputs.table(longTable(results), null, "Radiomics Features");
        progress().report("done", 1);
    }

    private static void writeAll(List<CaseResult> results, FeatureTableWriter.Format f, java.io.Writer w) throws java.io.IOException {
        try (FeatureTableWriter writer = FeatureTableWriter.create(f, w, List.of())) {
            for (CaseResult r : results) writer.write(r);
        }
    }

    private void batch(CaseExtraction.RegionExtractor ep, List<String> regions, FeatureTableWriter.Format f) throws Exception {
        if (out == null) throw new CommandException("--out is required with --manifest");
        BatchManifest bm = BatchManifest.read(manifest.toPath());
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (n > 1 && ibsiSettings != null) ibsiSettings.parallel = false; // cases in parallel already use every core
        BatchExtraction.Summary s = BatchExtraction.run(bm, c -> {
            Volume img = ImageIO.read(c.image());
            Volume m = ImageIO.readMask(c.mask(), img.geometry());
            List<String> caseRegions = c.label() != null ? List.of(c.label().toString()) : regions;
            return CaseExtraction.extract(c.id(), img, m, caseRegions, ep, c.carried());
        }, out.toPath(), f, n, resume, (done, total) -> progress().report("cases " + done + "/" + total, total == 0 ? 1 : (double) done / total));
        Outputs.message(s.cases() + " case(s): " + s.skipped() + " kept from the earlier run, " + s.failed() + " region(s) failed; wrote " + out);
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

    static String caseId(File image) {
        return image.getName().replaceAll("(\\.nii\\.gz|\\.nii|\\.nrrd|\\.nhdr|\\.tiff?)$", "");
    }

    /** The long table as an ImageJ Results table (one row per value). */
    private static Table longTable(List<CaseResult> results) {
        Table t = new Table(new ArrayList<>(FeatureTableWriter.LONG_COLUMNS));
        for (CaseResult r : results)
            for (ExtractedFeature v : r.features())
                t.addRow(r.caseId(), r.label(), v.imageType(), v.family(), v.feature(), v.ibsiCode(), v.aggregation(),
                    v.text() != null ? v.text() : (Object) v.value());
        return t;
    }
}
