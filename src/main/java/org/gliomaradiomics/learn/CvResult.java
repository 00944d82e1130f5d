package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of a {@link CrossValidation}: out-of-fold probabilities per repeat and patient, metrics per repeat, a
 * pooled summary on the repeat-averaged out-of-fold probabilities (AUC with DeLong CI for binary targets,
 * bootstrap over patients for multi-class) and how often each feature reached the classifier.
 */
public final class CvResult {
    public final String[] ids;
    public final int[] y;
    public final String[] classNames;
    /** [repeat][patient][class] out-of-fold probabilities. */
    public final double[][][] oofProbabilities;
    public final List<ClassificationMetrics> perRepeat;
    /** Metrics of the per-patient mean out-of-fold probability over repeats, with CI. */
    public final ClassificationMetrics pooled;
    /** Feature → fraction of the fitted models (repeats × folds) in which it reached the classifier, descending. */
    public final Map<String, Double> selectionFrequency;
    /** Per fitted model, the parameters nested tuning chose (empty without a grid). */
    public final List<Map<String, Object>> chosenParameters;
    /** The group (e.g. site) of each patient when folds were dealt by group, else null. */
    public final String[] groups;
    private final long bootstrapSeed;

    CvResult(Dataset data, double[][][] oof, String[][][] selected, List<Map<String, Object>> chosen, long bootstrapSeed,
             String[] groups) {
        this.groups = groups;
        this.bootstrapSeed = bootstrapSeed;
        this.ids = data.ids;
        this.y = data.y;
        this.classNames = data.classNames;
        this.oofProbabilities = oof;
        int k = data.numClasses();
        List<ClassificationMetrics> rep = new ArrayList<>();
        for (int r = 0; r < oof.length; r++) rep.add(ClassificationMetrics.compute(oof[r], y, k, Seeds.mix(bootstrapSeed, r)));
        this.perRepeat = List.copyOf(rep);
        this.pooled = ClassificationMetrics.compute(meanProbabilities(), y, k, bootstrapSeed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : data.featureNames) counts.put(name, 0);
        int fits = 0;
        for (String[][] rs : selected) for (String[] fs : rs) {
            fits++;
            for (String f : fs) counts.merge(f, 1, Integer::sum);
        }
        final int total = fits;
        Map<String, Double> freq = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> freq.put(e.getKey(), e.getValue() / (double) total));
        this.selectionFrequency = freq;
        this.chosenParameters = List.copyOf(chosen);
    }

    /**
     * Metrics of each group's patients alone (sorted by group name), on their repeat-averaged out-of-fold
     * probabilities: with groups held out whole (leave-one-site-out, grouped folds), each group's performance as an
     * external test set. Empty without groups. A group with one class has no AUC (NaN).
     */
    public Map<String, ClassificationMetrics> perGroup() {
        Map<String, ClassificationMetrics> out = new LinkedHashMap<>();
        if (groups == null) return out;
        double[][] mean = meanProbabilities();
        int g = 0;
        for (String level : new java.util.TreeSet<>(java.util.Arrays.asList(groups))) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < groups.length; i++) if (groups[i].equals(level)) rows.add(i);
            double[][] p = new double[rows.size()][];
            int[] yy = new int[rows.size()];
            for (int r = 0; r < p.length; r++) {
                p[r] = mean[rows.get(r)];
                yy[r] = y[rows.get(r)];
            }
            out.put(level, ClassificationMetrics.compute(p, yy, classNames.length, Seeds.mix(bootstrapSeed, 1_000 + g++)));
        }
        return out;
    }

    /** Per-patient mean out-of-fold probability over repeats. */
    public double[][] meanProbabilities() {
        int n = y.length, k = classNames.length;
        double[][] m = new double[n][k];
        for (double[][] rep : oofProbabilities)
            for (int i = 0; i < n; i++) for (int c = 0; c < k; c++) m[i][c] += rep[i][c] / oofProbabilities.length;
        return m;
    }

    public double meanAuc() {
        return perRepeat.stream().mapToDouble(ClassificationMetrics::auc).average().orElse(Double.NaN);
    }

    public double sdAuc() {
        double m = meanAuc();
        if (perRepeat.size() < 2) return 0;
        double s = 0;
        for (ClassificationMetrics c : perRepeat) s += (c.auc() - m) * (c.auc() - m);
        return Math.sqrt(s / (perRepeat.size() - 1));
    }

    /** Mean of a metric over repeats. */
    public double mean(java.util.function.ToDoubleFunction<ClassificationMetrics> metric) {
        return perRepeat.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "AUC %.3f ± %.3f over %d repeats (mean ± SD); pooled: %s",
                meanAuc(), sdAuc(), perRepeat.size(), pooled);
    }
}
