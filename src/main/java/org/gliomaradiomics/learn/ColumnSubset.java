package org.gliomaradiomics.learn;

import java.util.Arrays;

/** Keeps the named columns chosen during fitting (filters and feature selection all end as one of these). */
public final class ColumnSubset implements FittedTransform {
    private static final long serialVersionUID = 1L;
    public final String step;
    public final String[] kept;

    public ColumnSubset(String step, String[] kept) {
        this.step = step;
        this.kept = kept;
    }

    static ColumnSubset of(String step, Dataset train, int[] columns) {
        String[] names = new String[columns.length];
        for (int j = 0; j < columns.length; j++) names[j] = train.featureNames[columns[j]];
        return new ColumnSubset(step, names);
    }

    @Override
    public Dataset apply(Dataset data) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int j = 0; j < data.features(); j++) index.put(data.featureNames[j], j);
        int[] idx = new int[kept.length];
        for (int j = 0; j < kept.length; j++) {
            idx[j] = index.getOrDefault(kept[j], -1);
            if (idx[j] < 0) throw new IllegalArgumentException(step + ": column '" + kept[j] + "' is missing");
        }
        return data.columns(idx);
    }

    @Override
    public String toString() {
        return step + " keeps " + kept.length + " " + Arrays.toString(Arrays.copyOf(kept, Math.min(5, kept.length)));
    }
}
