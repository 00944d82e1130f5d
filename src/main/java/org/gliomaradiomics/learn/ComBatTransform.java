package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ComBat on a {@link Dataset}: harmonises every feature column except the named covariate columns, which enter the
 * design matrix as biological covariates to preserve (e.g. {@code clinical_Age_at_MRI}). Usable standalone and as
 * a pipeline step; needs the dataset's batch labels.
 */
public final class ComBatTransform implements FittedTransform {
    private static final long serialVersionUID = 1L;
    public final ComBat.Model model;
    public final String[] harmonised;
    public final String[] covariates;

    private ComBatTransform(ComBat.Model model, String[] harmonised, String[] covariates) {
        this.model = model;
        this.harmonised = harmonised;
        this.covariates = covariates;
    }

    public static ComBatTransform fit(Dataset train, List<String> covariateColumns, ComBat.Options options) {
        if (train.batch == null) throw new IllegalArgumentException("ComBat step: the data have no batch labels (set a batch column)");
        List<String> harm = new ArrayList<>();
        for (String n : train.featureNames) if (!covariateColumns.contains(n)) harm.add(n);
        String[] h = harm.toArray(new String[0]), c = covariateColumns.toArray(new String[0]);
        double[][] cov = c.length == 0 ? null : columns(train, c);
        ComBat.Model m = ComBat.fit(columns(train, h), train.batch, cov, options);
        return new ComBatTransform(m, h, c);
    }

    @Override
    public Dataset apply(Dataset data) {
        return apply(data, false);
    }

    /**
     * As {@link #apply(Dataset)}; with {@code estimateUnseen} a batch not seen in training is harmonised with its own
     * location and scale estimated from its rows' features (no labels) against the training reference
     * ({@link ComBat.Model#apply(double[][], String[], double[][], boolean)}).
     */
    public Dataset apply(Dataset data, boolean estimateUnseen) {
        double[][] harmonisedValues = model.apply(columns(data, harmonised), data.batch,
                covariates.length == 0 ? null : columns(data, covariates), estimateUnseen);
        double[][] out = data.copyX();
        int[] idx = indices(data, harmonised);
        for (int i = 0; i < out.length; i++) for (int j = 0; j < idx.length; j++) out[i][idx[j]] = harmonisedValues[i][j];
        return data.withFeatures(out, data.featureNames);
    }

    private static int[] indices(Dataset d, String[] names) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int j = 0; j < d.features(); j++) index.put(d.featureNames[j], j);
        List<String> missing = new ArrayList<>();
        int[] idx = new int[names.length];
        for (int j = 0; j < names.length; j++) {
            idx[j] = index.getOrDefault(names[j], -1);
            if (idx[j] < 0) missing.add(names[j]);
        }
        if (!missing.isEmpty()) throw new IllegalArgumentException("ComBat: missing columns " + missing);
        return idx;
    }

    private static double[][] columns(Dataset d, String[] names) {
        return d.columns(indices(d, names)).x;
    }

    @Override
    public String toString() {
        return "ComBat on " + harmonised.length + " features, batches " + Arrays.toString(model.batchLevels);
    }
}
