package org.gliomaradiomics.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gliomaradiomics.commands.BatchCaseWork;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.extraction.FeatureTableWriter;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.parallel.Threads;

/**
 * {@code spark-submit --class org.gliomaradiomics.spark.SparkExtract JOB.jar --manifest M --out OUT.parquet [--csv T.csv]}:
 * batch-extract on a Spark cluster. The driver reads the manifest and the parameter file and checks them before any
 * task starts; each task extracts whole cases with batch-extract's per-case work and reads the images itself, from any
 * Hadoop file system. Results are appended to a Parquet dataset in commits of {@code --commit-every} cases (Spark's
 * output committer discards the rows of failed task attempts, and readers keep one run and attempt per case, so
 * retries never duplicate a case); with {@code --resume} the cases already complete there, under the same settings and
 * files, are skipped. {@code --csv} renders the table batch-extract writes, byte for byte, in manifest order.
 */
public final class SparkExtract {
    /** The job's options; see {@link #usage()}. */
    public record Options(String manifest, String out, String csv, String format, String params, String conventions, String label,
                          int partitions, int commitEvery, int taskThreads, boolean resume) {
        public static Options parse(String... args) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--resume")) m.put("resume", "true");
                else if (a.startsWith("--") && i + 1 < args.length) m.put(a.substring(2), args[++i]);
                else throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            for (String k : m.keySet())
                if (!List.of("manifest", "out", "csv", "format", "params", "conventions", "label", "partitions", "commit-every", "task-threads", "resume").contains(k))
                    throw new IllegalArgumentException("unknown option --" + k);
            if (!m.containsKey("manifest") || !m.containsKey("out")) throw new IllegalArgumentException("--manifest and --out are required");
            String format = m.getOrDefault("format", "long"), conventions = m.getOrDefault("conventions", "auto");
            if (!List.of("long", "wide").contains(format)) throw new IllegalArgumentException("--format: '" + format + "' is not long or wide");
            if (!List.of("auto", "ibsi", "pyradiomics").contains(conventions))
                throw new IllegalArgumentException("--conventions: '" + conventions + "' is not auto, ibsi or pyradiomics");
            return new Options(m.get("manifest"), m.get("out"), m.get("csv"), format, m.get("params"), conventions, m.getOrDefault("label", ""),
                number(m, "partitions", 0, 0), number(m, "commit-every", 1000, 1), number(m, "task-threads", 0, 1), m.containsKey("resume"));
        }

        private static int number(Map<String, String> m, String key, int fallback, int min) {
            if (!m.containsKey(key)) return fallback;
            try {
                int v = Integer.parseInt(m.get(key));
                if (v >= min) return v;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--" + key + ": '" + m.get(key) + "' is not a whole number >= " + min);
        }
    }

    /** Cases of the manifest, kept from an earlier run, computed now, and regions that failed. */
    public record Summary(int cases, int kept, int computed, int failedRegions) {
    }

    private SparkExtract() {}

    static String usage() {
        return "usage: spark-submit --class " + SparkExtract.class.getName() + " glioma_radiomics_spark-VERSION-job.jar\n"
            + "  --manifest M.csv --out OUT.parquet [--csv TABLE.csv] [--format long|wide] [--params P.yaml]\n"
            + "  [--conventions auto|ibsi|pyradiomics] [--label 1|1,2,4|all|WT,TC,ET] [--partitions N] [--commit-every 1000]\n"
            + "  [--task-threads N (default: spark.task.cpus)] [--resume]\n"
            + "Paths may be local (a shared mount on a cluster) or any Hadoop file system (hdfs://, s3a://).\n";
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(usage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("glioma-radiomics extract " + o.manifest()).getOrCreate();
        int code = 0;
        try {
            Summary s = run(spark, o);
            System.out.println(s.cases() + " case(s): " + s.kept() + " kept from the earlier run, " + s.computed() + " computed, "
                + s.failedRegions() + " region(s) failed; wrote " + o.out() + (o.csv() == null ? "" : " and " + o.csv()));
        } catch (Exception e) {
            System.err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' ')));
            code = e instanceof IllegalArgumentException ? 2 : 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    public static Summary run(SparkSession spark, Options o) throws Exception {
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        Path tmp = Files.createTempDirectory("glioma-radiomics-driver");
        try {
            return run(spark, o, files, tmp);
        } finally {
            PartitionExtractor.delete(tmp);
        }
    }

    private static Summary run(SparkSession spark, Options o, HadoopFiles files, Path tmp) throws Exception {
        Path localManifest = files.local(o.manifest(), tmp.resolve("manifest"));
        if (!Files.isRegularFile(localManifest)) throw new IllegalArgumentException(o.manifest() + ": no such file");
        BatchManifest manifest = BatchManifest.read(localManifest);
        String paramsText = o.params() == null ? null : files.readText(o.params());
        String paramsName = o.params() == null ? null : HadoopFiles.hadoopPath(o.params()).getName();
        File localParams = null;
        if (paramsText != null) {
            localParams = tmp.resolve(paramsName).toFile();
            Files.writeString(localParams.toPath(), paramsText, StandardCharsets.ISO_8859_1);
        }
        // the settings are checked here, before any task starts, and say what the results depend on
        String settings = BatchCaseWork.of(localParams, o.conventions(), o.label()).settings();
        List<CaseTask> tasks = new ArrayList<>();
        for (BatchManifest.Case c : manifest.cases()) {
            BatchManifest.Cells cells = manifest.cells(c);
            String image = HadoopFiles.resolve(o.manifest(), cells.image()), mask = HadoopFiles.resolve(o.manifest(), cells.mask());
            String fp = fingerprint(settings, c, image, files.stat(image), mask, files.stat(mask));
            tasks.add(new CaseTask(tasks.size(), c.id(), c.label(), image, mask, fp));
        }

        // Reading the output back (one run and attempt per case, manifest order) shuffles about 1,000 rows per case and
        // region: a partition per 200 cases instead of Spark's default 200 (tiny tasks, and one job each for the CSV).
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(Math.max(1, Math.min(200, tasks.size() / 200))));
        boolean exists = files.exists(o.out());
        if (exists && !o.resume()) throw new IllegalArgumentException(o.out() + " exists: add --resume to keep its complete cases, or remove it");
        Set<String> complete = exists ? complete(chosen(spark, o.out())) : Set.of();
        List<CaseTask> todo = new ArrayList<>();
        for (CaseTask t : tasks) if (!complete.contains(t.fingerprint())) todo.add(t);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long run = System.currentTimeMillis(), started = System.nanoTime();
        // the thread policy of every front end (parallel.Threads.decide): --task-threads, else the cores Spark gives a task
        int taskThreads = Threads.decide(() -> spark.sparkContext().getConf().getInt("spark.task.cpus", 1), o.taskThreads()).count();
        PartitionExtractor extractor = new PartitionExtractor(paramsText, paramsName, o.conventions(), o.label(), taskThreads, run, files);
        for (int from = 0; from < todo.size(); from += o.commitEvery()) {
            List<CaseTask> chunk = new ArrayList<>(todo.subList(from, Math.min(todo.size(), from + o.commitEvery())));
            int parts = Math.min(chunk.size(), o.partitions() > 0 ? o.partitions() : 2 * jsc.defaultParallelism());
            jsc.setJobGroup("extract", "cases " + (from + 1) + "-" + (from + chunk.size()) + " of " + todo.size() + " to compute", false);
            JavaRDD<Row> rows = jsc.parallelize(chunk, parts).mapPartitions(extractor);
            spark.createDataFrame(rows, FeatureRows.SCHEMA).write().mode(SaveMode.Append).parquet(o.out());
        }

        long extracted = System.nanoTime();
        System.err.printf(java.util.Locale.ROOT, "[spark-extract] %d case(s) extracted in %.1f s%n", todo.size(), (extracted - started) / 1e9);
        int failed = 0;
        if (o.csv() != null) {
            failed = writeCsv(spark, o, manifest, tasks, files);
            System.err.printf(java.util.Locale.ROOT, "[spark-extract] table of %d case(s) written in %.1f s%n", tasks.size(), (System.nanoTime() - extracted) / 1e9);
        }
        return new Summary(tasks.size(), tasks.size() - todo.size(), todo.size(), failed);
    }

    /** The rows of one run and task attempt per case: the latest run, its first committed attempt. */
    static Dataset<Row> chosen(SparkSession spark, String out) {
        Dataset<Row> all = spark.read().schema(FeatureRows.SCHEMA).parquet(out);
        Dataset<Row> best = all.groupBy("fingerprint")
            .agg(max(struct(col("run").as("r"), col("attempt").multiply(-1).as("a"))).as("best"))
            .select(col("fingerprint").as("fp"), col("best.r").as("best_run"), col("best.a").multiply(-1).as("best_attempt"));
        return all.join(best, all.col("fingerprint").equalTo(best.col("fp")).and(all.col("run").equalTo(best.col("best_run")))
            .and(all.col("attempt").equalTo(best.col("best_attempt")))).drop("fp", "best_run", "best_attempt");
    }

    /** Fingerprints of the cases whose regions all succeeded. */
    private static Set<String> complete(Dataset<Row> chosen) {
        Set<String> out = new HashSet<>();
        for (Row r : chosen.groupBy("fingerprint").agg(max(when(col("error").isNotNull(), lit(1)).otherwise(lit(0))).as("failed"))
            .where(col("failed").equalTo(0)).select("fingerprint").collectAsList()) out.add(r.getString(0));
        return out;
    }

    /** batch-extract's table, in manifest order, rendered by the same writer; returns the failed regions. */
    private static int writeCsv(SparkSession spark, Options o, BatchManifest manifest, List<CaseTask> tasks, HadoopFiles files) throws Exception {
        List<Row> order = new ArrayList<>();
        for (CaseTask t : tasks) order.add(RowFactory.create(t.fingerprint(), t.index()));
        StructType orderSchema = new StructType().add("fp", DataTypes.StringType).add("position", DataTypes.IntegerType);
        Dataset<Row> positions = spark.createDataFrame(order, orderSchema);
        Dataset<Row> chosen = chosen(spark, o.out());
        Dataset<Row> rows = chosen.join(positions, chosen.col("fingerprint").equalTo(positions.col("fp")))
            .orderBy("position", "region_index", "feature_index");
        FeatureTableWriter.Format format = o.format().equals("wide") ? FeatureTableWriter.Format.WIDE : FeatureTableWriter.Format.LONG;
        int[] failed = {0};
        files.writeText(o.csv(), w -> {
            int next = 0;
            try (FeatureTableWriter writer = FeatureTableWriter.create(format, w, manifest.carriedColumns())) {
                Iterator<Row> it = rows.toLocalIterator();
                List<Row> caseRows = new ArrayList<>();
                while (it.hasNext() || !caseRows.isEmpty()) {
                    Row r = it.hasNext() ? it.next() : null;
                    if (r != null && (caseRows.isEmpty() || position(r) == position(caseRows.get(0)))) {
                        caseRows.add(r);
                        continue;
                    }
                    int p = position(caseRows.get(0));
                    if (p != next) throw new java.io.IOException("case " + tasks.get(next).id() + " has no rows in " + o.out());
                    for (CaseResult res : FeatureRows.results(caseRows, manifest.cases().get(p))) {
                        writer.write(res);
                        if (res.failed()) failed[0]++;
                    }
                    next++;
                    caseRows.clear();
                    if (r != null) caseRows.add(r);
                }
            }
            if (next != tasks.size()) throw new java.io.IOException("case " + tasks.get(next).id() + " has no rows in " + o.out());
        });
        return failed[0];
    }

    private static int position(Row r) {
        return r.getInt(r.fieldIndex("position"));
    }

    /** What resume compares: the settings, the case's ID and Label, its files with their sizes and modification times. */
    static String fingerprint(String settings, BatchManifest.Case c, String image, String imageStat, String mask, String maskStat) throws Exception {
        String s = "settings\u0000" + settings + "\u0000id\u0000" + c.id() + "\u0000label\u0000" + c.label()
            + "\u0000" + image + "\u0000" + imageStat + "\u0000" + mask + "\u0000" + maskStat;
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
