package org.gliomaradiomics.longitudinal;

import org.gliomaradiomics.image.ModelFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.learn.ClassificationMetrics;
import org.gliomaradiomics.learn.CvResult;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;

/**
 * The recurrence-classifier step of the analysis: cross-validation on the labelled scans
 * ({@code recurrence_metrics.csv}, {@code recurrence_predictions.csv}), optional training and saving, and scoring
 * with a saved model ({@code recurrence_scores.csv}).
 */
public final class RecurrenceOutputs {
    private RecurrenceOutputs() {}

    public static final List<String> METRIC_COLUMNS = List.of("n", "positives", "negatives", "folds", "repeats", "auc_mean", "auc_sd", "auc_pooled",
        "auc_low", "auc_high", "balanced_accuracy", "sensitivity", "specificity", "brier", "note");

    /** Runs what the settings ask; writes nothing when no scan carries a TP/PsP label and no model is given. */
    public static void write(Path outDir, Map<String, List<ScanFeatures>> byPatient, Map<String, Integer> references, LongitudinalSettings settings)
        throws IOException {
        List<RecurrenceClassifier.Sample> samples = RecurrenceClassifier.samples(byPatient, references);
        TargetDefinition target = RecurrenceClassifier.target(settings.recurrencePositive(), settings.recurrenceNegative());
        List<RecurrenceClassifier.Sample> labelled = RecurrenceClassifier.labelled(samples, target);
        if (!labelled.isEmpty()) {
            PipelineSpec spec = settings.recurrencePipeline() == null ? PipelineSpec.defaults() : PipelineSpec.fromYaml(settings.recurrencePipeline());
            CsvWriter.write(evaluate(labelled, target, spec, settings, outDir), outDir.resolve("recurrence_metrics.csv"));
            if (settings.recurrenceSaveModel() != null)
                ModelFiles.save(settings.recurrenceSaveModel(), SavedModel.KIND, RecurrenceClassifier.train(labelled, target, spec, settings.recurrenceSeed()));
        }
        if (settings.recurrenceModel() != null) {
            double[] p;
            try {
                p = RecurrenceClassifier.score(ModelFiles.load(settings.recurrenceModel(), SavedModel.KIND, SavedModel.class), samples);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(settings.recurrenceModel() + ": " + e.getMessage(), e);
            }
            Table t = new Table("patient", "date", "label", "probability_positive");
            for (int i = 0; i < p.length; i++) t.addRow(samples.get(i).patient(), samples.get(i).date().toString(), samples.get(i).label(), p[i]);
            CsvWriter.write(t, outDir.resolve("recurrence_scores.csv"));
        }
    }

    /** Metrics table; too few labelled scans give one row of NaN with the reason as note (the rest of the analysis stands). */
    private static Table evaluate(List<RecurrenceClassifier.Sample> labelled, TargetDefinition target, PipelineSpec spec, LongitudinalSettings s,
                                  Path outDir) throws IOException {
        Table t = new Table(METRIC_COLUMNS);
        int positives = 0;
        for (RecurrenceClassifier.Sample x : labelled) positives += target.binaryClass(x.label());
        int negatives = labelled.size() - positives;
        CvResult cv;
        try {
            cv = RecurrenceClassifier.evaluate(labelled, target, spec, s.recurrenceFolds(), s.recurrenceRepeats(), s.recurrenceSeed(), null);
        } catch (IllegalArgumentException e) {
            double nan = Double.NaN;
            t.addRow(labelled.size(), positives, negatives, s.recurrenceFolds(), s.recurrenceRepeats(), nan, nan, nan, nan, nan, nan, nan, nan, nan, e.getMessage());
            return t;
        }
        ClassificationMetrics m = cv.pooled;
        t.addRow(labelled.size(), positives, negatives, s.recurrenceFolds(), s.recurrenceRepeats(), cv.meanAuc(), cv.sdAuc(), m.auc(), m.aucLow(), m.aucHigh(),
            m.balancedAccuracy(), m.sensitivity(), m.specificity(), m.brier(), "folds drawn per patient (grouped)");
        Table predictions = new Table("patient", "date", "label", "class", "probability_positive");
        double[][] p = cv.meanProbabilities();
        for (int i = 0; i < labelled.size(); i++) {
            RecurrenceClassifier.Sample x = labelled.get(i);
            predictions.addRow(x.patient(), x.date().toString(), x.label(), cv.y[i] == 1 ? "positive" : "negative", p[i][1]);
        }
        CsvWriter.write(predictions, outDir.resolve("recurrence_predictions.csv"));
        return t;
    }
}
