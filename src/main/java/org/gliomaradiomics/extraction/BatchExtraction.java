package org.gliomaradiomics.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Runs a feature extraction over every case of a manifest: cases in parallel, results written in manifest order
 * (so the output does not depend on the thread count), a failed case becomes an error row and the batch goes on.
 *
 * <p>Each finished case is appended whole to a journal, {@code OUT.partial} ({@link BatchJournal}), with a
 * fingerprint of its manifest row and the settings. When every case is done the table is rendered from the journal
 * in manifest order, moved onto {@code OUT} in one step, and the journal removed. With resume, a case is taken from
 * the journal of an interrupted run only when its record is complete, it did not fail and its fingerprint matches
 * (same settings, same ID, label, image and mask files); every other case is computed, so a resumed run writes
 * exactly the table an uninterrupted run would have written. A lock on {@code OUT} keeps a second run off the
 * same output.
 */
public final class BatchExtraction {
    /** Extracts every region of one case; an exception marks the case failed. */
    @FunctionalInterface
    public interface CaseExtractor {
        List<CaseResult> extract(BatchManifest.Case c) throws Exception;
    }

    /** Cases in the manifest, cases kept from an interrupted run, regions that failed. */
    public record Summary(int cases, int skipped, int failed) {
    }

    private BatchExtraction() {}

    /**
     * @param settings everything besides the manifest row that the results depend on (parameter file, regions,
     *                 conventions, version), as text; a case is resumed only under the same settings
     */
    public static Summary run(BatchManifest manifest, CaseExtractor extractor, Path out, FeatureTableWriter.Format format,
                              boolean resume, String settings, BiConsumer<Integer, Integer> progress) throws IOException {
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path partial = abs.resolveSibling(abs.getFileName() + ".partial");
        try (AtomicFiles.OutputLock lock = AtomicFiles.lock(out); BatchJournal journal = BatchJournal.open(partial, resume)) {
            Map<BatchManifest.Case, String> fingerprints = new LinkedHashMap<>();
            List<BatchManifest.Case> todo = new ArrayList<>();
            for (BatchManifest.Case c : manifest.cases()) {
                String fp = BatchJournal.fingerprint(settings, c);
                fingerprints.put(c, fp);
                BatchJournal.Entry e = journal.entry(fp);
                if (e == null || e.failed()) todo.add(c);
            }
            compute(todo, extractor, journal, fingerprints, partial, progress);
            int[] failed = {0};
            try {
                lock.replaceText(w -> {
                    try (FeatureTableWriter writer = FeatureTableWriter.create(format, w, manifest.carriedColumns())) {
                        for (BatchManifest.Case c : manifest.cases()) {
                            for (CaseResult r : journal.results(journal.entry(fingerprints.get(c)), c)) {
                                writer.write(r);
                                if (r.failed()) failed[0]++;
                            }
                        }
                    }
                });
            } catch (IOException e) {
                throw new IOException(e.getMessage() + "; the computed cases are in " + partial + " (use resume)", e);
            }
            journal.close();
            Files.delete(partial); // still under the lock: a run waiting for it starts with no journal
            return new Summary(manifest.cases().size(), manifest.cases().size() - todo.size(), failed[0]);
        }
    }

    /** Cases run on the current thread budget; results are journalled in manifest order as they complete. */
    private static void compute(List<BatchManifest.Case> todo, CaseExtractor extractor, BatchJournal journal,
                                Map<BatchManifest.Case, String> fingerprints, Path partial, BiConsumer<Integer, Integer> progress) throws IOException {
        List<Future<List<CaseResult>>> futures = Parallel.submit(todo.size(), k -> extractSafely(extractor, todo.get(k)));
        try {
            progress.accept(0, todo.size());
            for (int i = 0; i < futures.size(); i++) {
                journal.append(fingerprints.get(todo.get(i)), futures.get(i).get());
                futures.set(i, null); // its results are in the journal: a long batch keeps no case's results in the heap
                progress.accept(i + 1, todo.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted; completed cases are in " + partial + " (use resume)", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new IOException("batch failed: " + why + "; completed cases are in " + partial + " (use resume)", cause);
        } finally {
            for (Future<?> f : futures) if (f != null) f.cancel(true);
        }
    }

    /** The results of one case, or its error row when the extractor throws (other runners of a batch: the Spark job). */
    public static List<CaseResult> extractSafely(CaseExtractor extractor, BatchManifest.Case c) {
        String label = c.label() == null ? "" : c.label();
        try {
            return extractor.extract(c);
        } catch (Exception | OutOfMemoryError e) {
            String m = e instanceof OutOfMemoryError ? org.gliomaradiomics.image.Limits.outOfMemory() : e.getMessage();
            String message = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
            return List.of(CaseResult.failed(c.id(), label, c.carried(), message));
        }
    }
}
