package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.report.ChartFiles;
import org.gliomaradiomics.report.ChartSvg;
import org.gliomaradiomics.report.RobustnessChart;
import org.gliomaradiomics.robustness.FeatureValues;
import org.gliomaradiomics.robustness.ImagePerturber;
import org.gliomaradiomics.robustness.NoiseLevel;
import org.gliomaradiomics.robustness.Perturbation;
import org.gliomaradiomics.robustness.PerturbationPlan;
import org.gliomaradiomics.robustness.PerturbationStudy;
import org.gliomaradiomics.robustness.RobustnessTable;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Feature robustness: ICCs of every feature under image perturbations (Zwanenburg 2019), or between test-retest scans. */
@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Feature Robustness",
    description = "Perturb each case (rotation, sub-voxel shift, resampling, noise, volume, contour), extract the same features from every copy, and rank the features by ICC(1,1) and ICC(2,1) with 95% CIs, CV and the fraction of cases where defined; or the same table from test-retest scans")
public class RobustnessCommand extends RadiomicsCommand {
    @Section("Case (or a manifest below)")
    @Parameter(label = "Image", required = false, persist = false, description = "Image file, or an open image (a hyperstack channel as title::t1ce)")
    private ImageInput image;

    @Parameter(label = "Mask", required = false, persist = false, description = "Label map (file; DICOM SEG or RTSTRUCT, ROIs by name as RS.dcm::GTV,Edema, or a study folder holding one; open image), or in ImageJ <roi-manager>, <selection> or <selection:all-slices>")
    private MaskInput mask;

    @Parameter(label = "Regions", persist = false, description = "A label number, several (1,2,4), all, or BraTS WT,TC,ET; each region of each case is one target of the ICC (a manifest's Label cell takes precedence)")
    private String label;

    @Parameter(label = "Case ID", persist = false, required = false, description = "Name of the case (empty = the image's name)")
    private String id = "";

    @Parameter(label = "Manifest (CSV)", style = "open", persist = false, required = false,
        description = "Instead of one case: CSV with columns ID, Image, Mask, optional Label (as batch-extract); with a session column for test-retest")
    private File manifest;

    @Parameter(label = "Test-retest (manifest with a session column)", persist = false, required = false,
        description = "No perturbations: the scans of the same ID in different sessions are the conditions of the ICC")
    private boolean test_retest;

    @Section("Perturbations")
    @Parameter(label = "Rotations (degrees)", persist = false, required = false, description = "Angles about the region's centre in the axial plane, comma-separated")
    private String rotations = "-10,0,10";

    @Parameter(label = "Translations (voxel fractions)", persist = false, required = false, description = "Shifts along every grid axis, in voxels (0.5 = half a voxel), comma-separated")
    private String translations = "0";

    @Parameter(label = "Volume changes (relative)", persist = false, required = false, description = "Grow (+) or shrink (-) the region by this fraction of its voxels, comma-separated (-0.2 = 20% fewer)")
    private String volumes = "-0.15,0,0.15";

    @Parameter(label = "Spacings (mm)", persist = false, required = false, description = "Resample each copy to these spacings: 1 (isotropic) or 1x1x2; several separated by commas (empty = keep the grid)")
    private String spacings = "";

    @Parameter(label = "Noise SD", persist = false, required = false, description = "Gaussian noise added to every copy: auto (each image's own noise level, estimated), a number (intensity units), or none")
    private String noise = "auto";

    @Parameter(label = "Randomise contours", persist = false, required = false, description = "Move each copy's boundary by a smooth random field (SD 1 voxel)")
    private boolean contours = true;

    @Parameter(label = "Copies (0 = every combination)", persist = false, required = false, description = "Number of perturbed copies drawn at random from the combinations (repeated with new noise and contours if more)")
    private int count;

    @Parameter(label = "Seed", persist = false, description = "Seed of the drawn combinations, the noise and the contours")
    private long seed = 1;

    @Section("Settings")
    @Parameter(label = "Parameter file (YAML)", style = "open", persist = false, required = false, description = "The extraction settings, as for extract")
    private File params;

    @Parameter(label = "Conventions", choices = {"auto", "ibsi", "pyradiomics"}, persist = false, description = "As for extract")
    private String conventions = "auto";

    @Parameter(label = "Threads", persist = false, required = false, description = "Copies extracted in parallel (0 = all cores); the result is the same for any number")
    private int threads;

    @Section("Output")
    @Parameter(label = "ICC threshold (plot)", persist = false, required = false, description = "The line drawn in the ranked plot, and the count of features at or above it")
    private double icc = 0.75;

    @CommandLineRequired
    @Parameter(label = "Output folder", style = "directory", persist = false, required = false,
        description = "Folder for robustness.csv, robustness.png, robustness.svg and conditions.csv (required on the command line)")
    private File out_dir;

    @Override
    protected void execute() throws Exception {
        if ((manifest == null) == (image == null)) throw new UsageException("give either an image and a mask, or --manifest");
        if (image != null && mask == null) throw new UsageException("--mask is required with --image");
        if (test_retest && manifest == null) throw new UsageException("--test-retest needs a --manifest with a " + BatchManifest.SESSION + " column");
        ExtractionSetup setup = ExtractionSetup.of(params, conventions, label, outputs());
        FeatureValues.Progress copies = (done, total) -> {
            synchronized (this) {
                progress().report("copies " + done + "/" + total, 0.1 + 0.85 * done / total);
            }
        };
        FeatureValues values;
        List<Perturbation> plan = List.of();
        if (test_retest) values = testRetest(setup, copies);
        else {
            try {
                plan = plan().perturbations();
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            values = perturbed(setup, plan, copies);
        }
        progress().report("ICC", 0.95);
        List<RobustnessTable.Row> rows = RobustnessTable.of(values);
        Table table = RobustnessTable.table(rows);
        int n = values.targets().size(), k = values.conditions().size();
        String title = "Feature robustness: " + n + (n == 1 ? " target" : " targets") + " \u00d7 " + k + (test_retest ? " sessions" : " perturbations");
        List<RobustnessChart.Point> points = new ArrayList<>();
        for (RobustnessTable.Row r : rows)
            points.add(new RobustnessChart.Point(r.feature(), r.icc1().icc(), r.icc1().lower(), r.icc1().upper(), r.icc2().icc(), r.icc2().lower(), r.icc2().upper()));
        org.jfree.chart.JFreeChart chart = RobustnessChart.create(title, points, icc);
        if (out_dir != null) {
            Path dir = out_dir.toPath();
            Files.createDirectories(dir);
            org.gliomaradiomics.table.CsvWriter.write(conditions(values, plan), dir.resolve("conditions.csv"));
            ChartFiles.savePng(chart, dir.resolve("robustness.png"), 900, 560);
            ChartSvg.save(chart, dir.resolve("robustness.svg"), 900, 560);
        } else outputs().show(new ij.ImagePlus("Feature robustness", chart.createBufferedImage(900, 560)));
        outputs().table(table, out_dir == null ? null : new File(out_dir, "robustness.csv"), "Feature Robustness");
        if (values.failures() > 0)
            outputs().warning(values.failures() + " of " + values.targets().size() * values.conditions().size()
                + " copies could not be extracted (their values count as undefined)");
        if (values.targets().size() < 2)
            outputs().warning("one target only: no ICC (it needs 2 or more cases or regions); the CV is computed");
        double surviving = RobustnessTable.survivingFraction(rows, icc);
        outputs().message(String.format(Locale.ROOT, "%d features, %d target(s) x %d condition(s); ", rows.size(), values.targets().size(), values.conditions().size())
            + (Double.isNaN(surviving) ? "no feature has an ICC" : String.format(Locale.ROOT, "%.1f%% of the features with an ICC have ICC(1,1) >= %s", 100 * surviving, icc)));
        progress().report("done", 1);
    }

    private PerturbationPlan plan() {
        PerturbationPlan p = new PerturbationPlan();
        p.rotations = numbers(rotations, "--rotations");
        p.translations = numbers(translations, "--translations");
        p.volumeChanges = numbers(volumes, "--volumes");
        p.spacings = new ArrayList<>();
        if (spacings.isBlank()) p.spacings.add(null);
        else for (String s : spacings.trim().split("\\s*,\\s*")) p.spacings.add(spacing(s));
        p.noise = !noise.trim().equalsIgnoreCase("none") && !noise.isBlank();
        if (p.noise && !noise.trim().equalsIgnoreCase("auto") && !(noiseSd() >= 0)) throw new UsageException("--noise: '" + noise + "' is not auto, none or an SD >= 0");
        p.contour = contours;
        if (count < 0) throw new UsageException("--count must be >= 0, not " + count);
        p.count = count;
        p.seed = seed;
        return p;
    }

    private double noiseSd() {
        try {
            return Double.parseDouble(noise.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<Double> numbers(String text, String option) {
        if (text == null || text.isBlank()) return List.of(0.0);
        List<Double> out = new ArrayList<>();
        for (String s : text.trim().split("\\s*,\\s*")) {
            try {
                out.add(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw new UsageException(option + ": '" + s + "' is not a number");
            }
        }
        return out;
    }

    private static double[] spacing(String s) {
        String[] parts = s.split("x");
        try {
            double[] v = new double[3];
            for (int a = 0; a < 3; a++) v[a] = Double.parseDouble(parts[parts.length == 1 ? 0 : a]);
            if (parts.length != 1 && parts.length != 3) throw new NumberFormatException();
            for (double d : v) if (!(d > 0) || Double.isInfinite(d)) throw new NumberFormatException();
            return v;
        } catch (RuntimeException e) {
            throw new UsageException("--spacings: '" + s + "' is not a spacing in mm such as 1 or 1x1x2");
        }
    }

    /** One target per region of each case (manifest rows, or the one case), cropped to what the perturbations need. */
    private FeatureValues perturbed(ExtractionSetup setup, List<Perturbation> plan, FeatureValues.Progress copies) throws Exception {
        List<PerturbationStudy.Target> targets = new ArrayList<>();
        double growth = PerturbationStudy.growth(plan);
        double radius = setup.ibsi() == null ? 0 : setup.ibsi().settings().features().localIntensityRadiusMm();
        if (manifest != null) {
            BatchManifest bm = BatchManifest.read(manifest.toPath());
            for (int i = 0; i < bm.cases().size(); i++) {
                BatchManifest.Case c = bm.cases().get(i);
                progress().report("reading " + c.id(), 0.1 * i / bm.cases().size());
                Volume img = ImageIO.read(c.image());
                Volume m = ImageIO.readMask(c.mask(), img.geometry());
                addTargets(targets, c.id(), img, m, c.regions(setup.regions()), c.mask(), growth, radius);
            }
        } else {
            progress().report("reading", 0);
            Inputs.ImageAndMask in = Inputs.imageAndMask(image, mask, context());
            Object maskName = in.maskFile() != null ? in.maskFile() : in.maskInput();
            addTargets(targets, id.isBlank() ? image.name() : id.trim(), in.image(), in.mask(), setup.regions(), maskName, growth, radius);
        }
        return PerturbationStudy.run(targets, plan, setup.extractor(), interpolation(setup), copies);
    }

    private void addTargets(List<PerturbationStudy.Target> targets, String caseId, Volume img, Volume m, List<String> regions, Object maskName,
                            double growth, double radius) throws Exception {
        double sd = noise.trim().equalsIgnoreCase("auto") ? NoiseLevel.estimate(img) : noiseSd();
        for (String region : CaseExtraction.expand(regions, m)) {
            boolean[] voxels = Inputs.about(maskName, () -> CaseExtraction.regionVoxels(region, m));
            ImagePerturber.Copy roi = Inputs.about(maskName + " (region " + region + ")",
                () -> ImagePerturber.crop(img, voxels, growth, PerturbationStudy.margin(radius, img.geometry().spacing())));
            targets.add(new PerturbationStudy.Target(regions.size() == 1 ? caseId : caseId + ":" + region, roi, sd));
        }
    }

    /** The image interpolation of the extraction settings (trilinear under PyRadiomics conventions). */
    private static ImageWarper.Interpolation interpolation(ExtractionSetup setup) {
        if (setup.ibsi() == null) return ImageWarper.Interpolation.LINEAR;
        ExtractionSettings s = setup.ibsi().settings();
        return switch (s.interpolator()) {
            case NEAREST -> ImageWarper.Interpolation.NEAREST;
            case TRILINEAR -> ImageWarper.Interpolation.LINEAR;
            case TRICUBIC_BSPLINE -> ImageWarper.Interpolation.BSPLINE;
        };
    }

    /** Test-retest: the rows of one ID are its sessions (in the order of the session values); one target per ID and region. */
    private FeatureValues testRetest(ExtractionSetup setup, FeatureValues.Progress copies) throws Exception {
        BatchManifest bm = BatchManifest.read(manifest.toPath());
        if (!bm.carriedColumns().contains(BatchManifest.SESSION))
            throw new UsageException(manifest + ": no '" + BatchManifest.SESSION + "' column (columns besides ID, Image, Mask, Label: " + bm.carriedColumns() + ")");
        Map<String, List<BatchManifest.Case>> byPatient = new LinkedHashMap<>();
        for (BatchManifest.Case c : bm.cases()) byPatient.computeIfAbsent(c.id() + "\u0000" + c.label(), x -> new ArrayList<>()).add(c);
        int sessions = -1;
        List<List<BatchManifest.Case>> patients = new ArrayList<>();
        for (List<BatchManifest.Case> scans : byPatient.values()) {
            scans.sort(java.util.Comparator.comparing(c -> c.carried().get(BatchManifest.SESSION)));
            if (sessions < 0) sessions = scans.size();
            if (scans.size() != sessions || sessions < 2)
                throw new UsageException(manifest + ": ID " + scans.get(0).id() + " has " + scans.size() + " session(s), "
                    + (sessions < 2 ? "a test-retest table needs 2 or more" : "the first ID has " + sessions));
            patients.add(scans);
        }
        List<String> targets = new ArrayList<>(), regionOf = new ArrayList<>(), conditions = new ArrayList<>();
        List<List<BatchManifest.Case>> scansOf = new ArrayList<>();
        for (List<BatchManifest.Case> scans : patients) {
            List<String> regions = scans.get(0).regions(setup.regions());
            if (regions.stream().anyMatch(r -> r.equalsIgnoreCase("all")))
                throw new UsageException("--test-retest: name the regions (label numbers or WT, TC, ET) instead of all");
            for (String region : regions) {
                targets.add(regions.size() == 1 ? scans.get(0).id() : scans.get(0).id() + ":" + region);
                regionOf.add(region);
                scansOf.add(scans);
            }
        }
        for (int s = 1; s <= sessions; s++) conditions.add("session " + s);
        CaseExtraction.RegionExtractor extractor = setup.extractor();
        return FeatureValues.compute(targets, conditions, (t, c) -> {
            BatchManifest.Case scan = scansOf.get(t).get(c);
            Volume img = ImageIO.read(scan.image());
            Volume m = ImageIO.readMask(scan.mask(), img.geometry());
            var results = CaseExtraction.extract(scan.id(), img, m, List.of(regionOf.get(t)), extractor, Map.of());
            return results.get(0).failed() || results.get(0).empty() ? null : results.get(0).features();
        }, copies);
    }

    private static Table conditions(FeatureValues values, List<Perturbation> plan) {
        Table t = new Table("condition", "rotation_deg", "translation_voxels", "spacing_mm", "noise", "volume_change", "contour", "seed");
        for (int i = 0; i < values.conditions().size(); i++) {
            if (plan.isEmpty()) {
                t.addRow(values.conditions().get(i), "", "", "", "", "", "", "");
                continue;
            }
            Perturbation p = plan.get(i);
            t.addRow(values.conditions().get(i), p.rotationDegrees(), p.translation(),
                p.spacing() == null ? "" : p.spacing()[0] + "x" + p.spacing()[1] + "x" + p.spacing()[2], p.noise(), p.volumeChange(), p.contour(), p.seed());
        }
        return t;
    }
}
