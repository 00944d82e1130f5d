package org.gliomaradiomics.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.gliomaradiomics.cli.Main;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.segment.SyntheticCase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput on one machine: cases per second of batch-extract with 1 and 2 threads and of the Spark job on
 * {@code local[2]}, on a synthetic cohort ({@code -Dbench.cases=200}, grid {@code -Dbench.size=64,64,48} at 3 mm, the
 * default IBSI feature set, regions WT, TC, ET), and Spark's overhead per case. Each run is timed once, after a warm-up
 * run of batch-extract on 10 cases (JIT) and, for Spark, after a first job on those 10 cases (Spark SQL's class loading
 * and code generation, a fixed cost per application, reported apart). The Spark table is checked against batch-extract's. Prints a table and the
 * load average; {@code mvn -B -f spark/pom.xml test -Pbenchmark -Dtest=SparkBenchmark}.
 */
@Tag("benchmark")
class SparkBenchmark {
    @TempDir
    Path dir;

    @Test
    void casesPerSecond() throws Exception {
        int n = Integer.getInteger("bench.cases", 200);
        String[] size = System.getProperty("bench.size", "64,64,48").split(",");
        int[] grid = {Integer.parseInt(size[0]), Integer.parseInt(size[1]), Integer.parseInt(size[2])};
        StringBuilder m = new StringBuilder("ID,Image,Mask\n"), warm = new StringBuilder("ID,Image,Mask\n");
        for (int k = 0; k < n; k++) {
            SyntheticCase c = SyntheticCase.generate(1000 + k, grid, new double[] {3, 3, 3}, new SyntheticCase.Options());
            String id = String.format("b%04d", k);
            ImageIO.write(c.sequences().get(SyntheticCase.T1C), dir.resolve(id + "_t1ce.nii.gz"));
            ImageIO.write(c.labels(), dir.resolve(id + "_seg.nii.gz"));
            String row = id + "," + id + "_t1ce.nii.gz," + id + "_seg.nii.gz\n";
            m.append(row);
            if (k < 10) warm.append(row);
        }
        Path manifest = dir.resolve("cohort.csv"), warmManifest = dir.resolve("warm.csv");
        Files.writeString(manifest, m.toString());
        Files.writeString(warmManifest, warm.toString());
        batch(warmManifest, 2, dir.resolve("warm-out.csv"));

        double t1 = batch(manifest, 1, dir.resolve("t1.csv"));
        double t2 = batch(manifest, 2, dir.resolve("t2.csv"));
        long s0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkBenchmark").config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
        double startup = (System.nanoTime() - s0) / 1e9;
        double ts, first;
        try {
            // the first job of an application loads and generates Spark SQL's classes: a fixed cost, timed apart
            long w0 = System.nanoTime();
            SparkExtract.run(spark, SparkExtract.Options.parse("--manifest", warmManifest.toString(), "--label", "WT,TC,ET",
                "--out", dir.resolve("warm.parquet").toString(), "--csv", dir.resolve("warm-spark.csv").toString()));
            first = (System.nanoTime() - w0) / 1e9;
            long j0 = System.nanoTime();
            SparkExtract.run(spark, SparkExtract.Options.parse("--manifest", manifest.toString(), "--label", "WT,TC,ET",
                "--out", dir.resolve("spark.parquet").toString(), "--csv", dir.resolve("spark.csv").toString()));
            ts = (System.nanoTime() - j0) / 1e9;
        } finally {
            spark.stop();
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("t2.csv")), Files.readAllBytes(dir.resolve("spark.csv")), "Spark's table is batch-extract's");
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String report = String.format(Locale.ROOT, """
            %d synthetic cases, %dx%dx%d at 3 mm, default IBSI features, regions WT,TC,ET; %d cores; load average before/after: %s
            batch-extract --threads 1 : %7.1f s  %6.2f cases/s
            batch-extract --threads 2 : %7.1f s  %6.2f cases/s
            Spark local[2]            : %7.1f s  %6.2f cases/s (job incl. Parquet and CSV, after a first job on 10 cases)
            Spark fixed costs         : session start-up %.1f s; first job of the application (10 cases) %.1f s
            Spark overhead per case   : %7.0f ms wall (vs --threads 2), %.0f ms per task slot
            """, n, grid[0], grid[1], grid[2], Runtime.getRuntime().availableProcessors(), LOAD_BEFORE + " / " + load,
            t1, n / t1, t2, n / t2, ts, n / ts, startup, first, (ts - t2) * 1000 / n, (ts - t2) * 2000 / n);
        System.out.print(report);
        Files.writeString(Path.of("target/spark-benchmark.txt"), report);
    }

    static final String LOAD_BEFORE = loadNow();

    static String loadNow() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    /** Seconds of one batch-extract run through the command line's entry point. */
    static double batch(Path manifest, int threads, Path out) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code = Main.run(new String[] {"batch-extract", "--manifest", manifest.toString(), "--label", "WT,TC,ET", "--threads", Integer.toString(threads),
            "--out", out.toString()}, new PrintStream(o), new PrintStream(e));
        double s = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        return s;
    }
}
