package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gliomaradiomics.table.CsvTable;

/**
 * Joins a feature table with a clinical table on patient ID and turns the target column into classes.
 * <pre>
 * Dataset d = new DatasetBuilder(features, clinical)
 *         .target(TargetDefinition.binary("IDH", "(?i)mut|IDH[12]"))
 *         .covariates(List.of("Age at MRI", "Sex"))
 *         .build(report);
 * </pre>
 * Without a target (prediction) every label is -1. Rows with a missing/unknown target are left out and listed in
 * the {@link DatasetReport}.
 */
public final class DatasetBuilder {
    private final FeatureTable features;
    private final ClinicalTable clinical;
    private TargetDefinition target;
    private List<String> covariates = List.of();
    private CovariateEncoding encoding;
    private String batchColumn;
    private String[] classNames;

    /** {@code clinical} may be null when there is neither a target nor covariates nor batch (prediction). */
    public DatasetBuilder(FeatureTable features, ClinicalTable clinical) {
        this.features = features;
        this.clinical = clinical;
    }

    public DatasetBuilder target(TargetDefinition target) {
        this.target = target;
        return this;
    }

    public DatasetBuilder covariates(List<String> columns) {
        this.covariates = List.copyOf(columns);
        return this;
    }

    /** Reuse an encoding (from a saved model) instead of learning one. */
    public DatasetBuilder covariateEncoding(CovariateEncoding fixed) {
        this.encoding = fixed;
        return this;
    }

    public DatasetBuilder batchColumn(String column) {
        this.batchColumn = column;
        return this;
    }

    /** Fixed class names (for multi-class targets, to keep a saved model's class order). */
    public DatasetBuilder classNames(String[] names) {
        this.classNames = names;
        return this;
    }

    public CovariateEncoding covariateEncoding() {
        return encoding;
    }

    public Dataset build(DatasetReport report) {
        TargetDefinition missingRule = target != null ? target : TargetDefinition.multiClass("-");
        boolean needClinical = target != null || !covariates.isEmpty() || batchColumn != null
                || (encoding != null && !encoding.levels.isEmpty());
        if (needClinical && clinical == null) throw new IllegalArgumentException("a clinical table is needed for target, covariates or batch");
        if (clinical != null) {
            if (target != null) clinical.requireColumn(target.column);
            for (String c : covariates) clinical.requireColumn(c);
            if (batchColumn != null) clinical.requireColumn(batchColumn);
        }
        List<Integer> rows = new ArrayList<>();
        List<String> rawTarget = new ArrayList<>();
        for (int i = 0; i < features.ids.length; i++) {
            String id = features.ids[i];
            Map<String, String> c = clinical == null ? null : clinical.rows.get(id);
            if (needClinical && c == null) {
                report.featuresWithoutClinical.add(id);
                continue;
            }
            String t = target == null ? null : c.get(target.column);
            if (target != null && (target.isBinary() ? target.binaryClass(t) < 0 : target.isMissing(t))) {
                report.missingTarget.add(id);
                continue;
            }
            rows.add(i);
            rawTarget.add(t);
        }
        if (clinical != null && needClinical) {
            java.util.Set<String> featureIds = new java.util.HashSet<>(Arrays.asList(features.ids));
            for (String id : clinical.rows.keySet()) if (!featureIds.contains(id)) report.clinicalWithoutFeatures.add(id);
        }
        int n = rows.size();
        String[] names = classNames;
        int[] y = new int[n];
        if (target == null) {
            Arrays.fill(y, -1);
            if (names == null) names = new String[0];
        } else if (target.isBinary()) {
            names = target.binaryClassNames();
            for (int i = 0; i < n; i++) y[i] = target.binaryClass(rawTarget.get(i));
        } else {
            if (names == null) names = sortedLevels(rawTarget);
            List<String> nl = Arrays.asList(names);
            for (int i = 0; i < n; i++) {
                y[i] = nl.indexOf(rawTarget.get(i));
                if (y[i] < 0) throw new IllegalArgumentException("target value '" + rawTarget.get(i) + "' of "
                        + features.ids[rows.get(i)] + " is not one of the classes " + nl);
            }
        }
        if (encoding == null) {
            List<Map<String, String>> kept = new ArrayList<>();
            for (int r : rows) kept.add(clinical == null ? Map.of() : clinical.rows.get(features.ids[r]));
            encoding = CovariateEncoding.learn(covariates, kept, missingRule);
        }
        List<String> covNames = encoding.featureNames();
        int p = features.names.length;
        String[] allNames = Arrays.copyOf(features.names, p + covNames.size());
        for (int j = 0; j < covNames.size(); j++) allNames[p + j] = covNames.get(j);
        double[][] x = new double[n][];
        String[] ids = new String[n];
        String[] batch = batchColumn == null ? null : new String[n];
        for (int i = 0; i < n; i++) {
            int r = rows.get(i);
            ids[i] = features.ids[r];
            x[i] = Arrays.copyOf(features.values[r], allNames.length);
            if (!covNames.isEmpty()) {
                double[] cov = encoding.encode(clinical.rows.get(ids[i]), missingRule);
                System.arraycopy(cov, 0, x[i], p, cov.length);
            }
            if (batch != null) batch[i] = clinical.rows.get(ids[i]).get(batchColumn);
        }
        report.rowsKept = n;
        return new Dataset(x, allNames, ids, y, names, batch);
    }

    private static String[] sortedLevels(List<String> values) {
        boolean numeric = values.stream().allMatch(v -> !Double.isNaN(CsvTable.parseNumber(v)));
        TreeSet<String> set = numeric
                ? new TreeSet<>((a, b) -> Double.compare(Double.parseDouble(a.trim()), Double.parseDouble(b.trim())))
                : new TreeSet<>();
        set.addAll(values);
        return set.toArray(new String[0]);
    }
}
