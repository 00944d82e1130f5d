package org.gliomaradiomics.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Feature values of n targets (a case's region, or a patient) under k conditions (perturbations, or sessions):
 * {@code values[f][t][c]}, NaN where the feature is not defined (or the extraction failed for that copy). Built by
 * running one extraction per (target, condition) on the run's thread budget; each task writes its own slot and the features
 * are collected in (target, condition) order afterwards, so the result does not depend on the thread count.
 */
public record FeatureValues(List<String> features, List<String> targets, List<String> conditions, double[][][] values, int failures) {

    /** One extraction; null or an IllegalArgumentException when the copy cannot be computed (counted as a failure). */
    @FunctionalInterface
    public interface Extraction {
        List<ExtractedFeature> run(int target, int condition) throws Exception;
    }

    /** Called after each extraction with (done, total); from the worker threads. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);
    }

    /** Runs the n × k extractions on the run's thread budget (parallel.Threads), each copy in its own slot. */
    public static FeatureValues compute(List<String> targets, List<String> conditions, Extraction extraction, Progress progress)
            throws Exception {
        int n = targets.size(), k = conditions.size(), total = n * k;
        @SuppressWarnings("unchecked") List<ExtractedFeature>[] results = new List[total];
        AtomicInteger done = new AtomicInteger();
        Parallel.forEachChecked(total, slot -> {
            try {
                results[slot] = extraction.run(slot / k, slot % k);
            } catch (IllegalArgumentException e) {
                results[slot] = null; // e.g. the region vanished after shrinking
            }
            progress.done(done.incrementAndGet(), total);
        });
        Map<String, Integer> index = new LinkedHashMap<>();
        int failures = 0;
        for (List<ExtractedFeature> r : results) {
            if (r == null) failures++;
            else for (ExtractedFeature f : r) if (f.text() == null) index.putIfAbsent(f.wideColumn(), index.size());
        }
        double[][][] values = new double[index.size()][n][k];
        for (double[][] perFeature : values) for (double[] row : perFeature) java.util.Arrays.fill(row, Double.NaN);
        for (int slot = 0; slot < total; slot++)
            if (results[slot] != null)
                for (ExtractedFeature f : results[slot])
                    if (f.text() == null) values[index.get(f.wideColumn())][slot / k][slot % k] = f.value();
        return new FeatureValues(List.copyOf(index.keySet()), List.copyOf(targets), List.copyOf(conditions), values, failures);
    }
}
