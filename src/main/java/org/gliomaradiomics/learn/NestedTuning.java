package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hyper-parameter choice inside a training set: every combination of the pipeline's grid is scored by the mean
 * AUC of an inner stratified k-fold split of the training rows (single-threaded, seeded), the best (first on
 * ties) is refitted on all training rows.
 */
final class NestedTuning {
    private NestedTuning() {}

    static FittedPipeline tuneAndFit(PipelineSpec spec, Dataset train, long seed) {
        PipelineSpec base = spec.withoutGrid();
        List<Map<String, Object>> combos = combinations(spec.grid);
        Map<String, Object> best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        CrossValidation inner = new CrossValidation(spec.innerFolds, 1, Seeds.mix(seed, 0x5EED), 1);
        for (Map<String, Object> combo : combos) {
            PipelineSpec candidate = apply(base, combo);
            double auc = inner.meanAuc(candidate, train);
            if (auc > bestAuc || best == null) {
                bestAuc = auc;
                best = combo;
            }
        }
        FittedPipeline f = apply(base, best).fit(train, seed);
        return new FittedPipeline(f.inputNames, f.steps, f.selectedFeatures, f.classifier, f.classNames, best);
    }

    private static PipelineSpec apply(PipelineSpec base, Map<String, Object> combo) {
        PipelineSpec s = base;
        for (Map.Entry<String, Object> e : combo.entrySet()) s = s.with(e.getKey(), e.getValue());
        return s;
    }

    static List<Map<String, Object>> combinations(Map<String, List<Object>> grid) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> e : grid.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out)
                for (Object v : e.getValue()) {
                    Map<String, Object> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            out = next;
        }
        return out;
    }
}
