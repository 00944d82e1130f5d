package org.gliomaradiomics.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gliomaradiomics.cli.Main;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.segment.SyntheticCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (2 worker threads, a task may be attempted twice: {@code local[2,2]}) on a synthetic
 * cohort of 20 cases with an empty region and a failing case: its CSV equals batch-extract's byte for byte; a task
 * killed mid-run is retried and the output is still complete and has each case once; a run that dies between commits
 * resumes without computing the committed cases again.
 */
class SparkExtractTest {
    static final int CASES = 20;
    @TempDir
    static Path dir;
    static Path manifest, params;
    static SparkSession spark;

    @BeforeAll
    static void cohort() throws Exception {
        StringBuilder m = new StringBuilder("ID,Image,Mask,Label,Site\n");
        for (int k = 0; k < CASES; k++) {
            String id = String.format("c%02d", k);
            if (k == 4) { // a case whose image is missing: an error row
                m.append(id).append(",missing_flair.nii.gz,c00_seg.nii.gz,,A\n");
                continue;
            }
            SyntheticCase c = SyntheticCase.generate(100 + k, new int[] {32, 32, 24}, new double[] {7, 7, 6}, new SyntheticCase.Options());
            ImageIO.write(c.sequences().get(SyntheticCase.FLAIR), dir.resolve(id + "_flair.nii.gz"));
            ImageIO.write(c.labels(), dir.resolve(id + "_seg.nii.gz"));
            String label = k == 3 ? "3" : ""; // no label 3 in BraTS 2017-2021 label maps: an empty region
            m.append(id).append(',').append(id).append("_flair.nii.gz,").append(id).append("_seg.nii.gz,").append(label).append(",\"site ").append(k % 3).append("\"\n");
        }
        manifest = dir.resolve("cohort.csv");
        Files.writeString(manifest, m.toString());
        params = dir.resolve("params.yaml");
        Files.writeString(params, "featureClass:\n  intensity_statistics:\n  glcm:\n  glszm:\nsetting:\n  binWidth: 40\n");
        spark = SparkSession.builder().master("local[2,2]").appName("SparkExtractTest").config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @AfterEach
    void noFault() {
        System.clearProperty(PartitionExtractor.FAIL_CASE);
    }

    /** batch-extract's table of the cohort (the command line, 2 threads). */
    static byte[] batchExtract(String format) throws Exception {
        Path out = dir.resolve("batch-" + format + ".csv");
        if (!Files.exists(out)) {
            ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"batch-extract", "--manifest", manifest.toString(), "--params", params.toString(), "--label", "WT,ET",
                "--format", format, "--threads", "2", "--out", out.toString()}, new PrintStream(o), new PrintStream(e));
            assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        }
        return Files.readAllBytes(out);
    }

    static SparkExtract.Summary spark(String name, String format, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--manifest", manifest.toString(), "--params", params.toString(), "--label", "WT,ET",
            "--out", dir.resolve(name + ".parquet").toString(), "--csv", dir.resolve(name + ".csv").toString(), "--format", format));
        args.addAll(List.of(more));
        return SparkExtract.run(spark, SparkExtract.Options.parse(args.toArray(new String[0])));
    }

    /** Byte for byte; a failure shows the first line that differs. */
    static void assertSameTable(byte[] expected, Path actual) throws Exception {
        byte[] got = Files.readAllBytes(actual);
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1), a = new String(got, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) assertEquals(e[i], a[i], actual + ": line " + (i + 1));
        assertArrayEquals(expected, got, actual.toString());
    }

    /** Each case's rows come from one task attempt, and no (case, region, feature) is there twice. */
    static void assertEachCaseOnce(Dataset<Row> raw) {
        assertEquals(CASES, raw.select("fingerprint").distinct().count());
        assertEquals(CASES, raw.select("fingerprint", "run", "attempt").distinct().count(), "one run and attempt per case");
        assertEquals(raw.count(), raw.select("fingerprint", "region_index", "feature_index").distinct().count(), "no row twice");
    }

    @Test
    void theCsvEqualsBatchExtractBitForBit() throws Exception {
        SparkExtract.Summary s = spark("plain", "long", "--partitions", "4");
        assertEquals(new SparkExtract.Summary(CASES, 0, CASES, 1), s);
        byte[] expected = batchExtract("long");
        String text = new String(expected, StandardCharsets.UTF_8);
        assertTrue(text.contains("c04,,,diagnostics,Error,") && text.contains("c03,3,,diagnostics,Warning,"), "an error row and an empty region");
        assertSameTable(expected, dir.resolve("plain.csv"));
        assertEachCaseOnce(spark.read().parquet(dir.resolve("plain.parquet").toString()));
    }

    @Test
    void aTaskKilledMidRunIsRetriedWithoutDuplicates() throws Exception {
        int before = PartitionExtractor.INJECTED.get();
        System.setProperty(PartitionExtractor.FAIL_CASE, "c07"); // 4 partitions of 5: c05 and c06 are written, then the task dies
        spark("killed", "long", "--partitions", "4");
        assertEquals(before + 1, PartitionExtractor.INJECTED.get(), "the fault fired once, on the first attempt");
        assertSameTable(batchExtract("long"), dir.resolve("killed.csv"));
        assertEachCaseOnce(spark.read().parquet(dir.resolve("killed.parquet").toString()));
    }

    @Test
    void aRunThatDiesBetweenCommitsResumes() throws Exception {
        System.setProperty(PartitionExtractor.FAIL_CASE, "c12!"); // every attempt: the second commit of 10 cases fails
        assertThrows(Exception.class, () -> spark("resumed", "wide", "--commit-every", "10", "--partitions", "2"));
        System.clearProperty(PartitionExtractor.FAIL_CASE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spark("resumed", "wide"));
        assertTrue(e.getMessage().contains("--resume"), e.getMessage());
        SparkExtract.Summary s = spark("resumed", "wide", "--commit-every", "10", "--resume");
        assertEquals(9, s.kept(), "the first 10 cases but the failing c04 are kept");
        assertSameTable(batchExtract("wide"), dir.resolve("resumed.csv"));
        // a case computed again (the failing c04) is there twice; readers take its latest run
        assertEachCaseOnce(SparkExtract.chosen(spark, dir.resolve("resumed.parquet").toString()));
        assertEquals(2, spark.read().parquet(dir.resolve("resumed.parquet").toString()).where("case = 'c04'").select("run").distinct().count());
    }
}
