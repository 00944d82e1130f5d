package org.gliomaradiomics.longitudinal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;

import org.gliomaradiomics.learn.CrossValidation;
import org.gliomaradiomics.learn.CvResult;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;

/**
 * True progression versus pseudoprogression (or any binary scan label) from delta-radiomics: each scan is described
 * by the relative change of every feature from the patient's reference scan and from the previous scan, plus the
 * days since the end of radiotherapy; the manifest {@code label} is the target. Built on {@link CrossValidation}
 * and {@link SavedModel}.
 *
 * <p>Cross-validation keeps all scans of a patient in one fold (grouped, stratified folds), so scans that share a
 * reference scan never sit on both sides of a split.
 */
public final class RecurrenceClassifier {
    private RecurrenceClassifier() {}

    public static final String DAYS_FEATURE = "days_since_rt_end";
    /** The target column name recorded in a saved model. */
    public static final String TARGET_COLUMN = "label";

    /** One scan described by its delta features; {@code label} from the manifest (may be empty). */
    public record Sample(String patient, LocalDate date, String label, Map<String, Double> features) {
        public String id() {
            return patient + "_" + date;
        }
    }

    /** The delta features of every scan of every patient (reference scans included: their reference deltas are 0). */
    public static List<Sample> samples(Map<String, List<ScanFeatures>> byPatient, Map<String, Integer> referenceIndex) {
        List<Sample> out = new ArrayList<>();
        for (Map.Entry<String, List<ScanFeatures>> e : byPatient.entrySet()) {
            List<ScanFeatures> scans = e.getValue();
            int ref = referenceIndex.getOrDefault(e.getKey(), 0);
            Map<DeltaRadiomics.Key, Double> reference = scans.get(ref).values();
            for (int i = 0; i < scans.size(); i++) {
                ScanFeatures s = scans.get(i);
                Map<DeltaRadiomics.Key, Double> previous = i == 0 ? Map.of() : scans.get(i - 1).values();
                Map<String, Double> f = new LinkedHashMap<>();
                f.put(DAYS_FEATURE, s.daysSinceRtEnd() == null ? Double.NaN : s.daysSinceRtEnd().doubleValue());
                s.values().forEach((k, v) -> {
                    String name = k.sequence() + "_" + k.region() + "_" + k.feature();
                    f.put("relref_" + name, relative(v, reference.get(k)));
                    f.put("relprev_" + name, relative(v, previous.get(k)));
                });
                out.add(new Sample(e.getKey(), s.date(), s.label(), f));
            }
        }
        return out;
    }

    /** The samples whose label is known under {@code target} (positive or negative). */
    public static List<Sample> labelled(List<Sample> samples, TargetDefinition target) {
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) if (target.binaryClass(s.label()) >= 0) out.add(s);
        return out;
    }

    /** The target from positive and negative label patterns; labels matching neither are left out. */
    public static TargetDefinition target(String positiveRegex, String negativeRegex) {
        return new TargetDefinition(TARGET_COLUMN, positiveRegex, negativeRegex, null);
    }

    /** A dataset of the labelled samples; feature columns: the union of their features, sorted (missing: NaN). */
    public static Dataset dataset(List<Sample> labelled, TargetDefinition target) {
        TreeSet<String> names = new TreeSet<>();
        for (Sample s : labelled) names.addAll(s.features().keySet());
        return dataset(labelled, names.toArray(String[]::new), target);
    }

    static Dataset dataset(List<Sample> samples, String[] columns, TargetDefinition target) {
        double[][] x = new double[samples.size()][columns.length];
        String[] ids = new String[samples.size()];
        int[] y = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            for (int j = 0; j < columns.length; j++) {
                Double v = s.features().get(columns[j]);
                x[i][j] = v == null ? Double.NaN : v;
            }
            ids[i] = s.id();
            y[i] = target == null ? 0 : Math.max(0, target.binaryClass(s.label()));
        }
        return new Dataset(x, columns, ids, y, new String[] {"negative", "positive"}, null);
    }

    /** Fits the pipeline on all labelled samples. */
    public static SavedModel train(List<Sample> labelled, TargetDefinition target, PipelineSpec spec, long seed) {
        Dataset d = checked(labelled, target);
        return SavedModel.train(spec, d, target, new org.gliomaradiomics.learn.CovariateEncoding(new java.util.LinkedHashMap<>()), seed);
    }

    /** Repeated stratified cross-validation of the pipeline on the labelled samples. */
    public static CvResult evaluate(List<Sample> labelled, TargetDefinition target, PipelineSpec spec, int folds, int repeats, long seed,
                                    DoubleConsumer progress) {
        Dataset d = checked(labelled, target);
        int[] counts = d.classCounts();
        if (Math.min(counts[0], counts[1]) < folds)
            throw new IllegalArgumentException("recurrence classifier: " + counts[1] + " positive and " + counts[0] + " negative labelled scans; need at least "
                + folds + " of each for " + folds + "-fold cross-validation");
        String[] patients = labelled.stream().map(Sample::patient).toArray(String[]::new); // dataset rows follow `labelled`
        // Scans of one patient stay in one fold: their deltas share the reference scan, so splitting them would leak.
        return new CrossValidation(folds, repeats, seed, 1).run(spec, d, patients, progress);
    }

    /**
     * Probability of the positive class for each sample under a saved model (columns matched by name). Refuses a model
     * that is not a recurrence classifier or whose features the scans do not have (they would all be imputed).
     */
    public static double[] score(SavedModel model, List<Sample> samples) {
        if (model.target == null || !TARGET_COLUMN.equals(model.target.column))
            throw new IllegalArgumentException("not a recurrence model: it predicts '" + (model.target == null ? "?" : model.target.column)
                + "' (a recurrence model is saved by longitudinal --save-recurrence-model)");
        TreeSet<String> have = new TreeSet<>();
        for (Sample s : samples) have.addAll(s.features().keySet());
        List<String> missing = new ArrayList<>();
        for (String f : model.featureNames()) if (!have.contains(f)) missing.add(f);
        if (!missing.isEmpty())
            throw new IllegalArgumentException("the recurrence model needs " + missing.size() + " feature(s) these scans do not have "
                + (missing.size() > 10 ? missing.subList(0, 10) + " ..." : missing) + " (other sequences, regions or feature settings than it was trained on)");
        double[][] p = model.predict(dataset(samples, model.featureNames(), null));
        int positive = model.classNames().length - 1;
        for (int c = 0; c < model.classNames().length; c++) if (model.classNames()[c].equals("positive")) positive = c;
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) out[i] = p[i][positive];
        return out;
    }

    private static Dataset checked(List<Sample> labelled, TargetDefinition target) {
        for (Sample s : labelled)
            if (target.binaryClass(s.label()) < 0) throw new IllegalArgumentException("scan " + s.id() + " has label '" + s.label() + "', neither " + target);
        Dataset d = dataset(labelled, target);
        int[] counts = d.classCounts();
        if (counts[0] == 0 || counts[1] == 0)
            throw new IllegalArgumentException("recurrence classifier needs both classes among the labelled scans: " + counts[1] + " positive, " + counts[0] + " negative");
        return d;
    }

    private static double relative(double v, Double reference) {
        return reference == null || reference == 0 || Double.isNaN(reference) ? Double.NaN : (v - reference) / Math.abs(reference);
    }
}
