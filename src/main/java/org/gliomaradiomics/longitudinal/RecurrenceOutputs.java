package org.gliomaradiomics.longitudinal;

import java.util.List;
import java.util.Map;
import org.gliomaradiomics.learn.ClassificationMetrics;
import org.gliomaradiomics.learn.CvResult;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.table.Table;

/**
 * The recurrence-classifier step of the analysis, as tables: cross-validation on the labelled scans
 * ({@code recurrence_metrics.csv}, {@code recurrence_predictions.csv}), optional training of the model to save, and
 * scoring with a saved model ({@code recurrence_scores.csv}). {@link LongitudinalAnalysis} reads the pipeline and
 * model files and writes the results.
 */
public final class RecurrenceOutputs {
    private RecurrenceOutputs() {}

    public static final List<String> METRIC_COLUMNS = List.of("n", "positives", "negatives", "folds", "repeats", "auc_mean", "auc_sd", "auc_pooled",
        "auc_low", "auc_high", "balanced_accuracy", "sensitivity", "specificity", "brier", "note");

    /**
     * What the step produced; each part is null when not asked for or when no scan carries a TP/PsP label
     * (metrics, predictions and the trained model need labelled scans; scores need a model).
     */
    public record Result(Table metrics, Table predictions, SavedModel trained, Table scores) {}

    /**
     * @param spec the classifier's pipeline
     * @param scoringModel the saved model that scores every scan, or null
     */
    public static Result compute(Map<String, List<ScanFeatures>> byPatient, Map<String, Integer> references, LongitudinalSettings settings,
                                 PipelineSpec spec, SavedModel scoringModel) {
        List<RecurrenceClassifier.Sample> samples = RecurrenceClassifier.samples(byPatient, references);
        TargetDefinition target = RecurrenceClassifier.target(settings.recurrencePositive(), settings.recurrenceNegative());
        List<RecurrenceClassifier.Sample> labelled = RecurrenceClassifier.labelled(samples, target);
        Table metrics = null, predictions = null, scores = null;
        SavedModel trained = null;
        if (!labelled.isEmpty()) {
            Table[] evaluated = evaluate(labelled, target, spec, settings);
            metrics = evaluated[0];
            predictions = evaluated[1];
            if (settings.recurrenceSaveModel() != null) trained = RecurrenceClassifier.train(labelled, target, spec, settings.recurrenceSeed());
        }
        if (scoringModel != null) {
            double[] p;
            try {
                p = RecurrenceClassifier.score(scoringModel, samples);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(settings.recurrenceModel() + ": " + e.getMessage(), e);
            }
            scores = new Table("patient", "date", "label", "probability_positive");
            for (int i = 0; i < p.length; i++) scores.addRow(samples.get(i).patient(), samples.get(i).date().toString(), samples.get(i).label(), p[i]);
        }
        return new Result(metrics, predictions, trained, scores);
    }

    /**
     * The metrics table and the predictions table (null when cross-validation is impossible: then the metrics are
     * one row of NaN with the reason as note, and the rest of the analysis stands).
     */
    private static Table[] evaluate(List<RecurrenceClassifier.Sample> labelled, TargetDefinition target, PipelineSpec spec, LongitudinalSettings s) {
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
            return new Table[] {t, null};
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
        return new Table[] {t, predictions};
    }
}
