package org.gliomaradiomics.learn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.table.CsvTable;

/**
 * The pipeline's {@code robust} step: drops the features whose reproducibility in a robustness table (the
 * {@code robustness} command's {@code robustness.csv}) is below a threshold, before any other step. The table is
 * computed outside the folds from images only (perturbed copies or test-retest scans, never the labels), so using
 * it in every fold leaks nothing: the step is fitted from the column names alone. Features the table does not list
 * (clinical covariates, diagnostics) are kept; a feature listed without a value (never defined) is dropped.
 */
public final class RobustFeatures {
    /** Columns of the table that can be the measure. */
    public static final List<String> MEASURES = List.of("icc1", "icc2", "icc1_lower", "icc2_lower");

    private final Map<String, Double> measure;
    private final double threshold;
    private final String source;

    private RobustFeatures(Map<String, Double> measure, double threshold, String source) {
        this.measure = measure;
        this.threshold = threshold;
        this.source = source;
    }

    /** From a robustness table's {@code feature} column and {@code measureColumn} (one of {@link #MEASURES}). */
    static RobustFeatures of(CsvTable csv, String measureColumn, double threshold) throws IOException {
        if (!MEASURES.contains(measureColumn)) throw new IllegalArgumentException("robust.measure '" + measureColumn + "' is not one of " + MEASURES);
        for (String column : List.of("feature", measureColumn))
            if (!csv.hasColumn(column)) throw new IOException(csv.source() + ": no column '" + column + "' (is it a robustness.csv?)");
        Map<String, Double> m = new LinkedHashMap<>();
        for (int r = 0; r < csv.rowCount(); r++) m.put(csv.text(r, "feature"), csv.number(r, measureColumn));
        return new RobustFeatures(m, threshold, csv.source());
    }

    /**
     * Keeps the columns of {@code train} the table does not list or rates at or above the threshold. A column of a
     * table with several labels ({@code label2_original_glcm_...}) is rated by its feature without the label prefix.
     */
    ColumnSubset fit(Dataset train) {
        List<String> kept = new ArrayList<>();
        int listed = 0;
        for (String f : train.featureNames) {
            Double v = measure.containsKey(f) ? measure.get(f) : measure.get(f.replaceFirst("^label[^_]+_", ""));
            if (v != null) listed++;
            if (v == null || v >= threshold) kept.add(f);
        }
        if (listed == 0 && !measure.isEmpty())
            throw new IllegalArgumentException(source + ": none of its " + measure.size() + " features is a column of the feature table"
                + " (its names are like " + measure.keySet().iterator().next() + ")");
        return new ColumnSubset("robust", kept.toArray(new String[0]));
    }
}
