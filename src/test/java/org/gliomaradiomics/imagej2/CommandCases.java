package org.gliomaradiomics.imagej2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.testutil.TestPaths;

/**
 * Commands run inside ImageJ2 (through CommandService and through a macro's {@code run(...)}), one line per case:
 * the inputs (keys = the snake_case parameter names, {@code ${out}} = a fresh output folder of the run), the
 * optional outputs (left out in the "without" variant) and what must appear. To cover another command, add a line.
 */
final class CommandCases {
    private CommandCases() {}

    static final Path IMAGES = TestPaths.testImages();
    static final String PHANTOM = IMAGES.resolve("ibsi1/phantom.nii.gz").toString();
    static final String PHANTOM_MASK = IMAGES.resolve("ibsi1/mask.nii.gz").toString();
    static final String BRAIN1 = IMAGES.resolve("brain1/brain1_image.nrrd").toString();
    static final String BRAIN1_LABEL = IMAGES.resolve("brain1/brain1_label.nrrd").toString();
    static final String SEG = IMAGES.resolve("longitudinal/pseudoprogression/2024-01-29/pseudoprogression_20240129_seg.nii.gz").toString();
    static final String CASE = IMAGES.resolve("longitudinal/pseudoprogression/2024-01-29").toString();
    static final String ROSSI = TestPaths.project().resolve("src/test/resources/survival/rossi.csv").toString();
    static final String MERGE_PARTS = TestPaths.project().resolve("src/test/resources/merge/part-1.csv") + ","
        + TestPaths.project().resolve("src/test/resources/merge/part-2.csv");
    static final String ROSSI_COX_MODEL = TestPaths.project().resolve("src/test/resources/survival/rossi-age-prio-cox.model").toString();

    static final List<Case> ALL = List.of(
        //   command        data       inputs                                                        optional outputs       expected
        of("label-stats", "phantom", in("image", PHANTOM, "mask", PHANTOM_MASK), in("out", "${out}/stats.csv"),
            table(1).value("voxel_count", "74").value("volume_mm3", "592").file("stats.csv")),
        of("label-stats", "brain1", in("image", BRAIN1, "mask", BRAIN1_LABEL), in("out", "${out}/stats.csv"),
            table(1).value("voxel_count", "4137").file("stats.csv")),
        of("extract", "phantom", in("image", PHANTOM, "mask", PHANTOM_MASK), in("out", "${out}/features.csv"),
            table(485).value("case", "phantom").value("label", "1").file("features.csv")),
        of("robustness", "phantom", in("image", PHANTOM, "mask", PHANTOM_MASK, "label", "1", "rotations", "0", "translations", "0,1", "volumes", "0",
                "noise", "none", "contours", "false"), in("out_dir", "${out}/robustness"),
            table(482).value("feature", "original_morphology_VolumeMesh").file("robustness/robustness.csv").file("robustness/robustness.png")),
        of("convert", "phantom", in("input", PHANTOM, "out", "${out}/phantom.nrrd"), in(),
            noTable().file("phantom.nrrd")),
        of("threshold", "brain1", in("image", BRAIN1, "method", "Otsu"), in("out", "${out}/mask.nii.gz"),
            noTable().images(1).file("mask.nii.gz")),
        of("km", "rossi", in("data", ROSSI, "time", "week", "event", "arrest", "group", "fin", "out", "${out}/km"), in(),
            table(2).value("group", "0").file("km/km.csv").file("km/medians.csv").file("km/logrank.csv")),
        of("features", "all", in(), in("out", "${out}/features.csv"),
            table(172).file("features.csv")),
        of("seg-metrics", "brain1", in("reference", BRAIN1_LABEL, "test", BRAIN1_LABEL), in("out", "${out}/metrics.csv"),
            table(1).value("Dice", "1").file("metrics.csv")),
        of("components", "brain1", in("mask", BRAIN1_LABEL), in("out", "${out}/components.nii.gz"),
            noTable().images(1).file("components.nii.gz")),
        of("brats-regions", "seg", in("labels", SEG, "region", "WT"), in("out", "${out}/wt.nii.gz"),
            noTable().images(1).file("wt.nii.gz")),
        of("morphology", "brain1", in("mask", BRAIN1_LABEL, "operation", "dilate", "radius_mm", "2"), in("out", "${out}/dilated.nii.gz"),
            noTable().images(1).file("dilated.nii.gz")),
        of("brain-mask", "brain1", in("image", BRAIN1), in("out", "${out}/head.nii.gz"),
            noTable().images(1).file("head.nii.gz")),
        of("resample", "brain1", in("image", BRAIN1, "spacing_mm", "2"), in("out", "${out}/iso.nii.gz"),
            noTable().images(1).file("iso.nii.gz")),
        of("feature-maps", "phantom", in("image", PHANTOM, "mask", PHANTOM_MASK, "out_dir", "${out}/maps"), in(),
            noTable().images(1).file("maps/original_glcm_JointMaximum.nii.gz")),
        of("labels-to-rois", "brain1", in("labels", BRAIN1_LABEL, "out", "${out}/rois.zip"), in(),
            noTable().file("rois.zip")),
        of("cox", "rossi", in("data", ROSSI, "time", "week", "event", "arrest", "out", "${out}/cox"), in(),
            table(7).value("covariate", "fin").file("cox/coefficients.csv").file("cox/model.csv").file("cox/cox.model")),
        // a saved Cox model of week ~ age + prio (written by `cox` on rossi.csv) validated on its own cohort: 28 statistics
        of("validate", "rossi", in("model", ROSSI_COX_MODEL, "clinical", ROSSI, "time", "week", "event", "arrest", "times", "20,40",
                "out", "${out}/validation"), in(),
            table(28).value("statistic", "model").file("validation/metrics.csv").file("validation/calibration.png")),
        // two hand-written one-case parts of a sharded batch (src/test/resources/merge) joined into one table
        of("merge-tables", "parts", in("tables", MERGE_PARTS, "out", "${out}/merged.csv"), in(),
            noTable().file("merged.csv")));

    /** Which case is run with the Macro Recorder open (dialog filled in and OK pressed), then replayed. */
    static final List<String> RECORDED = List.of("label-stats/brain1", "km/rossi");

    static Case byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ the table's vocabulary

    record Case(String command, String data, Map<String, String> inputs, Map<String, String> optionalOutputs, Expect expect) {
        CommandSpec spec() {
            return CommandCatalog.byName(command).orElseThrow(() -> new IllegalArgumentException("no command " + command));
        }

        String id() {
            return command + "/" + data;
        }

        /** "without" (inputs only) and "with" (inputs and optional outputs), or "only" when there are none. */
        List<String> variants() {
            return optionalOutputs.isEmpty() ? List.of("only") : List.of("without", "with");
        }

        /** The values of a variant, {@code ${out}} replaced by {@code outDir}. */
        Map<String, String> values(String variant, Path outDir) {
            Map<String, String> m = new LinkedHashMap<>(inputs);
            if (variant.equals("with")) m.putAll(optionalOutputs);
            m.replaceAll((k, v) -> v.replace("${out}", outDir.toString()));
            return m;
        }
    }

    /** rows < 0: no Results table is expected (image and file outputs). */
    record Expect(int rows, Map<String, String> values, List<String> files, int images) {
        Expect value(String column, String v) {
            Map<String, String> m = new LinkedHashMap<>(values);
            m.put(column, v);
            return new Expect(rows, m, files, images);
        }

        Expect file(String relative) {
            List<String> l = new ArrayList<>(files);
            l.add(relative);
            return new Expect(rows, values, l, images);
        }

        Expect images(int n) {
            return new Expect(rows, values, files, n);
        }
    }

    private static Case of(String command, String data, Map<String, String> inputs, Map<String, String> optional, Expect e) {
        return new Case(command, data, inputs, optional, e);
    }

    private static Map<String, String> in(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static Expect table(int rows) {
        return new Expect(rows, Map.of(), List.of(), 0);
    }

    private static Expect noTable() {
        return new Expect(-1, Map.of(), List.of(), 0);
    }
}
