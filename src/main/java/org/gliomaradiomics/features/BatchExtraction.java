package org.gliomaradiomics.features;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs a feature extraction over every case of a manifest: cases in parallel, results written in manifest order
 * (so the output does not depend on the thread count), a failed case becomes an error row and the batch goes on.
 * Rows stream into {@code OUT.partial}, which becomes {@code OUT} only when the batch is complete; with resume,
 * cases already complete in {@code OUT} or a leftover {@code OUT.partial} are kept and skipped.
 */
public final class BatchExtraction {
    /** Extracts every region of one case; an exception marks the case failed. */
    @FunctionalInterface
    public interface CaseExtractor {
        List<CaseResult> extract(BatchManifest.Case c) throws Exception;
    }

    public record Summary(int cases, int skipped, int failed) {
    }

    private BatchExtraction() {}

    public static Summary run(BatchManifest manifest, CaseExtractor extractor, Path out, FeatureTableWriter.Format format,
                              int threads, boolean resume, BiConsumer<Integer, Integer> progress) throws IOException {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Previous previous = resume ? Previous.read(Files.exists(partial) ? partial : out, format) : Previous.NONE;
        List<BatchManifest.Case> todo = new ArrayList<>();
        for (BatchManifest.Case c : manifest.cases()) if (!previous.completed.contains(c.id())) todo.add(c);
        int skipped = manifest.cases().size() - todo.size();

        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "radiomics-batch");
            t.setDaemon(true);
            return t;
        });
        // The earlier rows are in memory now, so the partial file can be rewritten from the start.
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             FeatureTableWriter writer = FeatureTableWriter.create(format, w, manifest.carriedColumns())) {
            for (List<String> row : previous.rows) writer.writeRaw(previous.header, row);
            List<Future<List<CaseResult>>> futures = new ArrayList<>();
            for (BatchManifest.Case c : todo) futures.add(pool.submit(() -> extractSafely(extractor, c)));
            progress.accept(0, todo.size());
            for (int i = 0; i < futures.size(); i++) {
                List<CaseResult> results = futures.get(i).get();
                for (CaseResult r : results) {
                    writer.write(r);
                    if (r.failed()) failed++;
                }
                progress.accept(i + 1, todo.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted; completed cases are in " + partial + " (use resume)", e);
        } catch (ExecutionException e) {
            throw new IOException("batch failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(manifest.cases().size(), skipped, failed);
    }

    private static List<CaseResult> extractSafely(CaseExtractor extractor, BatchManifest.Case c) {
        String label = c.label() == null ? "" : c.label();
        try {
            return extractor.extract(c);
        } catch (Exception | OutOfMemoryError e) {
            String m = e.getMessage();
            String message = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
            return List.of(CaseResult.failed(c.id(), label, c.carried(), message));
        }
    }

    /** Rows of an earlier run whose cases completed without error. */
    private static final class Previous {
        static final Previous NONE = new Previous(List.of(), List.of(), Set.of());
        final List<String> header;
        final List<List<String>> rows;
        final Set<String> completed;

        Previous(List<String> header, List<List<String>> rows, Set<String> completed) {
            this.header = header;
            this.rows = rows;
            this.completed = completed;
        }

        static Previous read(Path file, FeatureTableWriter.Format format) throws IOException {
            if (!Files.exists(file)) return NONE;
            List<CSVRecord> records;
            List<String> header;
            try (Reader r = Files.newBufferedReader(file);
                 CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                header = p.getHeaderNames();
                records = p.getRecords();
            }
            boolean wide = format == FeatureTableWriter.Format.WIDE;
            if (!header.contains("case") || wide == header.contains("image_type"))
                throw new IOException(file + ": cannot resume: it is not a " + format.name().toLowerCase() + "-format feature table");
            Set<String> failedCases = new HashSet<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord rec : records) {
                String id = rec.get("case");
                seen.add(id);
                boolean error = wide ? !rec.get("diagnostics_Error").isEmpty()
                    : rec.get("family").equals("diagnostics") && rec.get("feature").equals("Error");
                if (error) failedCases.add(id);
            }
            seen.removeAll(failedCases);
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : records) if (seen.contains(rec.get("case"))) rows.add(rec.toList());
            return new Previous(header, rows, seen);
        }
    }
}
