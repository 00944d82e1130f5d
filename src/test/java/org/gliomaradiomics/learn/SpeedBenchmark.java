package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code mvn -B -o test -Pbenchmark -Dtest=SpeedBenchmark}: 10 × 5-fold RF pipeline on 500 × 1,500 features. */
@Tag("benchmark")
class SpeedBenchmark {
    @Test
    void repeatedCrossValidationOfRandomForestWithSelection() {
        Dataset d = SyntheticData.signal(500, 1500, 10, 0.5, 99L);
        PipelineSpec spec = PipelineSpec.fromYaml(String.join("\n",
                "impute: median",
                "nearConstant: 0.95",
                "scale: zscore",
                "selection: {method: mrmr, k: 20}",
                "classifier: {name: RandomForest, options: \"-I 100\"}", ""));
        long t0 = System.nanoTime();
        CvResult r = new CrossValidation(5, 10, 1, 2).run(spec, d, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("500 patients x 1500 features, 10 x 5-fold, mRMR top 20 + RF 100 trees, 2 threads: %.1f s; %s%n",
                seconds, r);
        assertTrue(seconds < 120, "took " + seconds + " s");
    }
}
