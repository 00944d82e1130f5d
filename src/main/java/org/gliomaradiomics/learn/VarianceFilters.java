package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Unsupervised-ish column filters fitted on training rows: near-constant and highly correlated features. */
public final class VarianceFilters {
    private VarianceFilters() {}

    /**
     * Drops columns whose most frequent value covers more than {@code maxModeFraction} of the training rows (and
     * always constant columns). NaN counts as a value.
     */
    public static ColumnSubset nearConstant(Dataset train, double maxModeFraction) {
        List<Integer> keep = new ArrayList<>();
        int n = train.rows();
        for (int j = 0; j < train.features(); j++) {
            Map<Long, Integer> freq = new HashMap<>();
            int mode = 0;
            for (int i = 0; i < n; i++) {
                int c = freq.merge(Double.doubleToLongBits(train.x[i][j]), 1, Integer::sum);
                if (c > mode) mode = c;
            }
            if (freq.size() > 1 && mode <= maxModeFraction * n) keep.add(j);
        }
        return ColumnSubset.of("near-constant filter", train, keep.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Of every pair with |Pearson r| &gt; threshold keeps the feature more associated with the target (correlation
     * ratio eta, = |r| with the label for two classes), or the earlier column on ties: features are visited by
     * decreasing eta and kept when no kept feature correlates above the threshold. Needs complete data.
     */
    public static ColumnSubset correlation(Dataset train, double threshold) {
        double[][] cols = ColumnStats.transpose(train.x, train.features());
        double[] relevance = new double[cols.length];
        double[][] unit = new double[cols.length][];
        for (int j = 0; j < cols.length; j++) {
            unit[j] = ColumnStats.unitNormalised(cols[j]);
            relevance[j] = ColumnStats.eta(cols[j], train.y, train.numClasses());
        }
        List<Integer> kept = new ArrayList<>();
        for (int j : ColumnStats.orderDescending(relevance)) {
            boolean redundant = false;
            for (int k : kept)
                if (Math.abs(ColumnStats.dot(unit[j], unit[k])) > threshold) {
                    redundant = true;
                    break;
                }
            if (!redundant) kept.add(j);
        }
        kept.sort(null); // keep the original column order
        return ColumnSubset.of("correlation filter", train, kept.stream().mapToInt(Integer::intValue).toArray());
    }
}
