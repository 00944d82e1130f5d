package org.gliomaradiomics.spark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.gliomaradiomics.commands.BatchCaseWork;
import org.gliomaradiomics.extraction.BatchExtraction;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.parallel.Threads;

/**
 * A Spark task: extracts its cases one after the other, each whole, with batch-extract's per-case work; a failing
 * case becomes its error rows. The core's parallel loops run inside a pool of {@code taskThreads} workers of the
 * task's own (default: the task's cores, {@code spark.task.cpus}, 1 unless set), so an executor with C cores uses C
 * cores, not C times the node's cores. Rows are
 * produced case by case as the writer asks for them.
 *
 * <p>Fault injection for tests and drills: with the system property {@value #FAIL_CASE} set to a case ID, the first
 * attempt of the task holding that case throws when it reaches it (after writing its earlier cases); with the ID
 * followed by {@code !}, every attempt does.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<CaseTask>, Row> {
    static final String FAIL_CASE = "glioma.spark.failCase";
    /** Faults injected in this JVM (local mode: the test sees its executors' count). */
    static final AtomicInteger INJECTED = new AtomicInteger();

    private final String paramsText, paramsName, conventions, label;
    private final int taskThreads;
    private final long run;
    private final HadoopFiles files;

    PartitionExtractor(String paramsText, String paramsName, String conventions, String label, int taskThreads, long run, HadoopFiles files) {
        this.paramsText = paramsText;
        this.paramsName = paramsName;
        this.conventions = conventions;
        this.label = label;
        this.taskThreads = taskThreads;
        this.run = run;
        this.files = files;
    }

    @Override
    public Iterator<Row> call(Iterator<CaseTask> cases) throws Exception {
        TaskContext task = TaskContext.get();
        long attempt = task == null ? 0 : task.taskAttemptId();
        boolean firstAttempt = task == null || task.attemptNumber() == 0;
        Path tmp = Files.createTempDirectory("glioma-radiomics-task");
        BatchCaseWork work = BatchCaseWork.of(params(tmp), conventions, label);
        if (task != null) task.addTaskCompletionListener(t -> {
            delete(tmp);
        });
        String fail = System.getProperty(FAIL_CASE, "");
        return new Iterator<>() {
            private Iterator<Row> rows = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!rows.hasNext() && cases.hasNext()) rows = extract(cases.next()).iterator();
                return rows.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return rows.next();
            }

            private List<Row> extract(CaseTask t) {
                if (!fail.isEmpty() && (fail.equals(t.id() + "!") || (fail.equals(t.id()) && firstAttempt))) {
                    INJECTED.incrementAndGet();
                    throw new IllegalStateException("fault injected at case " + t.id() + " (" + FAIL_CASE + ")");
                }
                BatchManifest.Case c = new BatchManifest.Case(t.id(), null, null, t.label(), Map.of());
                Path dir = tmp.resolve("case-" + t.index());
                List<CaseResult> results = BatchExtraction.extractSafely(x -> {
                    try {
                        Path image = files.local(t.image(), dir.resolve("image")), mask = files.local(t.mask(), dir.resolve("mask"));
                        return Threads.of(taskThreads).call(() -> work.extract(x, image, mask)); // the case's loops on the task's cores
                    } finally {
                        delete(dir);
                    }
                }, c);
                return FeatureRows.rows(t, results, run, attempt);
            }
        };
    }

    private File params(Path tmp) throws IOException {
        if (paramsText == null) return null;
        Path p = tmp.resolve(paramsName);
        Files.writeString(p, paramsText, StandardCharsets.ISO_8859_1);
        return p.toFile();
    }

    /** Removes a temporary folder and what is in it. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a case for
        }
    }
}
