package org.gliomaradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the packaged jar, as a user or a cluster script runs it. */
class JarIT {
    /** brain1 (PyRadiomics test case): label 1 has 4137 voxels (counted independently with a Python script). */
    static final int BRAIN1_VOXELS = 4137;
    static final double BRAIN1_VOXEL_VOLUME = 0.78124999999999989 * 0.78124999999999989 * 6.4999999999999982;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    /** A temporary folder of this build's own (the demo macros write under getDirectory("temp"), which two builds
     * running at once on one machine would otherwise share). */
    private static String privateTemp() throws IOException {
        return Files.createDirectories(TestPaths.project().resolve("target/it-tmp")).toString();
    }

    static Result jar(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx2g", "-Djava.io.tmpdir=" + privateTemp(), "-jar", System.getProperty("cli.jar", "target/glioma-radiomics.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(TestPaths.project().toFile()).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(file)).getRecords();
    }

    @Test
    void labelStatsOnBrain1() throws Exception {
        Path out = tmp.resolve("stats.csv");
        Result r = jar("label-stats", "--image", "test-images/brain1/brain1_image.nrrd", "--mask", "test-images/brain1/brain1_label.nrrd", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = csv(out);
        assertEquals(1, rows.size());
        assertEquals("1", rows.get(0).get("label"));
        assertEquals(BRAIN1_VOXELS, Integer.parseInt(rows.get(0).get("voxel_count")));
        assertEquals(BRAIN1_VOXELS * BRAIN1_VOXEL_VOLUME, Double.parseDouble(rows.get(0).get("volume_mm3")), 1e-9);
        // mean, sample sd, min, max and centroid from the same independent script
        assertEquals(825.2354363065023, Double.parseDouble(rows.get(0).get("mean")), 1e-9);
        assertEquals(156.63016744308518, Double.parseDouble(rows.get(0).get("std")), 1e-9);
        assertEquals(468, Double.parseDouble(rows.get(0).get("min")));
        assertEquals(1266, Double.parseDouble(rows.get(0).get("max")));
        assertEquals(-99.609374999999986 + 0.78124999999999989 * 186.98549673676578, Double.parseDouble(rows.get(0).get("centroid_x_mm")), 1e-6);
        assertEquals(99.609374999999986 - 0.78124999999999989 * 106.3562968334542, Double.parseDouble(rows.get(0).get("centroid_y_mm")), 1e-6);
        assertEquals(-77.999999999999957 + 6.4999999999999982 * 14.38917089678511, Double.parseDouble(rows.get(0).get("centroid_z_mm")), 1e-6);
    }

    @Test
    void labelStatsWithoutOutPrintsCsv() throws Exception {
        Result r = jar("label-stats", "--image", "test-images/ibsi1/phantom.nii.gz", "--mask", "test-images/ibsi1/mask.nii.gz");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("label,voxel_count,volume_mm3"), r.out());
        assertTrue(r.out().contains("\n1,74,592,"), r.out()); // IBSI phantom: 74 ROI voxels of 8 mm3
    }

    @Test
    void maskOnAnotherGridIsAOneLineError() throws Exception {
        Result r = jar("label-stats", "--image", "test-images/ibsi1/phantom.nii.gz", "--mask", "test-images/brain1/brain1_label.nrrd");
        assertEquals(1, r.code());
        String error = r.err().lines().filter(l -> l.startsWith("error:")).findFirst().orElse("");
        assertTrue(error.contains("brain1_label.nrrd") && error.contains("grid"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void convertKeepsVoxelsAndGeometry() throws Exception {
        Path nii = tmp.resolve("brain1.nii.gz");
        assertEquals(0, jar("convert", "--input", "test-images/brain1/brain1_image.nrrd", "--out", nii.toString()).code());
        Result back = jar("label-stats", "--image", nii.toString(), "--mask", "test-images/brain1/brain1_label.nrrd");
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("825.2354363065"), back.out());
    }

    @Test
    void headlessMacroCallsACommandThroughTheBridge() throws Exception {
        Result r = jar("macro", "macros/label_stats_demo.ijm");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("label 1: 4137 voxels"), r.out());
    }

    @Test
    void headlessExtractMacroReadsTheResultsTable() throws Exception {
        Result r = jar("macro", "macros/extract_demo.ijm");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("GLCM joint maximum (3D:avg): 0.50"), r.out());
        assertTrue(r.out().contains("485 values"), r.out()); // 482 IBSI values and 3 diagnostics
    }

    @Test
    void headlessLongitudinalDemoMacroFindsPseudoprogression() throws Exception {
        Result r = jar("macro", "macros/longitudinal_demo.ijm");
        assertEquals(0, r.code(), r.out() + r.err());
        // The generator's scenario: enhancement rises within 12 weeks of radiotherapy (day 140, rt_end day 70), then
        // falls back near baseline: the preliminary PD is revised to pseudoprogression, the next scan is SD on its own.
        assertTrue(r.out().contains("2024-05-27: preliminary PD, revised: pseudoprogression"), r.out());
        assertTrue(r.out().contains("2024-07-22: SD"), r.out());
        Path out = Path.of(r.out().lines().filter(l -> l.startsWith("report: ")).findFirst().orElseThrow().substring(8));
        assertTrue(Files.exists(out.resolve("assessment.csv")));
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".png")) && names.stream().anyMatch(n -> n.endsWith(".html")), names.toString());
        }
    }

    @Test
    void failingMacroGivesNonZeroExit() throws Exception {
        Path macro = tmp.resolve("bad.ijm");
        Files.writeString(macro, "run(\"Label Statistics\", \"image=/nonexistent.nii mask=/nonexistent2.nii\");\nprint(\"not reached\");\n");
        Result r = jar("macro", macro.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(!r.out().contains("not reached"));
        assertTrue((r.out() + r.err()).contains("/nonexistent.nii"), r.out() + r.err());
    }

    /** Standard error carries only our progress, warnings, notes and errors: no library's chatter. */
    static void onlyOurLinesOnStderr(String command, Result r) {
        for (String line : r.err().lines().toList())
            assertTrue(line.startsWith("[" + command + "] ") || line.matches("(warning|note|error|see): .*|wrote .*"),
                "not ours on stderr: '" + line + "'\n" + r.err());
    }

    @Test
    void labelsToRoisAndWekaRunsPrintNothingButOurs() throws Exception {
        Result r = jar("labels-to-rois", "--labels", "test-images/brain1/brain1_label.nrrd", "--out", tmp.resolve("rois.zip").toString());
        assertEquals(0, r.code(), r.err());
        onlyOurLinesOnStderr("labels-to-rois", r); // was one "LUT not found" per ROI
        assertTrue(r.out().matches("\\d+ ROI\\(s\\) written to .*\\s*"), r.out());

        StringBuilder features = new StringBuilder("ID,f1,f2\n"), clinical = new StringBuilder("ID,IDH\n");
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            features.append("P").append(i).append(',').append(i % 2 + rnd.nextGaussian()).append(',').append(rnd.nextGaussian()).append('\n');
            clinical.append("P").append(i).append(',').append(i % 2 == 0 ? "wildtype" : "mutant").append('\n');
        }
        Files.writeString(tmp.resolve("f.csv"), features);
        Files.writeString(tmp.resolve("c.csv"), clinical);
        r = jar("evaluate", "--features", tmp.resolve("f.csv").toString(), "--clinical", tmp.resolve("c.csv").toString(), "--target", "IDH",
            "--positive-regex", "mutant", "--folds", "2", "--repeats", "1", "--out", tmp.resolve("eval").toString());
        assertEquals(0, r.code(), r.err());
        onlyOurLinesOnStderr("evaluate", r);
        assertTrue(!r.out().contains("mtj") && !r.out().contains("WARNING"), r.out()); // Weka's MTJ warning went to stdout
    }
}
