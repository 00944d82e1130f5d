package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Cross-validation must not leak: on pure noise the honest estimate stays near chance, while the classic mistake
 * (select features on all rows, then cross-validate) looks good — which shows this test can fail.
 */
class LeakageHonestyTest {
    private static final String LOGISTIC = "weka.classifiers.functions.Logistic";

    private static PipelineSpec pipeline(boolean withSelection) {
        return PipelineSpec.fromMap(Map.of(
                "scale", "zscore",
                "classifier", Map.of("name", LOGISTIC, "options", "-R 1.0"),
                "impute", withSelection ? "median" : "none"))
                .with("selection", withSelection ? Map.of("method", "anova", "k", 20) : null);
    }

    @Test
    void selectionInsideFoldsStaysNearChanceButLeakyProcedureDoesNot() {
        Dataset noise = SyntheticData.noise(60, 2000, 20261125L);
        CrossValidation cv = new CrossValidation(5, 3, 42, 2);

        CvResult honest = cv.run(pipeline(true), noise, null);
        System.out.println("noise, selection inside folds: " + honest);
        assertEquals(0.5, honest.meanAuc(), 0.15, "honest CV AUC on noise: " + honest);

        // The leak: features chosen once with all labels, then cross-validated without selection.
        ColumnSubset chosenOnAll = FeatureSelection.fit(noise, FeatureSelection.Method.ANOVA, 20, 0, 1);
        CvResult leaky = cv.run(pipeline(false), chosenOnAll.apply(noise), null);
        System.out.println("noise, selection on all rows first: " + leaky);
        assertTrue(leaky.meanAuc() > 0.7, "leaky CV AUC should look optimistic: " + leaky);
    }

    @Test
    void aLabelLeakingFeatureIsRankedFirstByEverySelector() {
        Dataset d = SyntheticData.noise(60, 300, 7L);
        java.util.Random rng = new java.util.Random(3);
        int leak = 137;
        for (int i = 0; i < d.rows(); i++) d.x[i][leak] = d.y[i] + 0.1 * rng.nextGaussian();
        for (FeatureSelection.Method m : FeatureSelection.Method.values()) {
            int[] rank = FeatureSelection.rank(d, m, 5, 0, 1);
            assertEquals(leak, rank[0], "first feature chosen by " + m);
        }
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        Dataset d = SyntheticData.signal(40, 50, 3, 1.0, 11L);
        PipelineSpec spec = PipelineSpec.fromYaml("selection: {method: mrmr, k: 5}\nclassifier: {name: RandomForest, options: \"-I 20\"}\nbalance: resample\n");
        CvResult one = new CrossValidation(4, 2, 9, 1).run(spec, d, null);
        CvResult two = new CrossValidation(4, 2, 9, 2).run(spec, d, null);
        for (int r = 0; r < 2; r++)
            for (int i = 0; i < d.rows(); i++) assertArrayEquals(one.oofProbabilities[r][i], two.oofProbabilities[r][i]);
        assertEquals(one.selectionFrequency, two.selectionFrequency);
        assertTrue(one.meanAuc() > 0.7, "signal should be found: " + one);
    }

    @Test
    void informativeFeaturesComeFirstForEverySelector() {
        // n large enough that mRMR's redundancy penalty (informative features share the label, r = 0.36) does not
        // let a chance-correlated noise feature overtake the third informative one
        Dataset d = SyntheticData.signal(400, 200, 3, 1.5, 31L);
        for (FeatureSelection.Method m : FeatureSelection.Method.values()) {
            int[] top = java.util.Arrays.copyOf(FeatureSelection.rank(d, m, 3, 0, 1), 3);
            java.util.Arrays.sort(top);
            assertArrayEquals(new int[] {0, 1, 2}, top, "top 3 of " + m);
        }
    }
}
