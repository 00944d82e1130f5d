package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Speed of a 100-λ lasso path on 500 patients × 1,500 synthetic features (target: under 30 s on 2 cores). */
@Tag("benchmark")
class PenalizedCoxBenchmark {

    @Test
    void lassoPath500x1500() {
        double[] beta = {0.8, -0.6, 0.5, -0.4, 0.3, 0.3, -0.3, 0.2, 0.2, -0.2};
        SyntheticSurvival d = SyntheticSurvival.proportionalHazards(500, 1500, 0.2, beta, 3.0, 42);
        PenalizedCox.path(d.time, d.event, d.x, PenaltySettings.lasso().withLambdaCount(10, 0.5)); // JIT warm-up
        for (double alpha : new double[] {1.0, 0.5}) {
            long start = System.nanoTime();
            CoxPath path = PenalizedCox.path(d.time, d.event, d.x, PenaltySettings.elasticNet(alpha));
            double seconds = (System.nanoTime() - start) * 1e-9;
            System.out.printf("penalised Cox alpha=%.1f, 500 x 1500, %d lambdas: %.2f s; nonzero at end %d, deviance ratio %.3f%n",
                alpha, path.size(), seconds, path.nonZero()[path.size() - 1], path.devianceRatio(path.size() - 1));
            assertTrue(seconds < 30, "path took " + seconds + " s");
            assertEquals(0, path.nonZero()[0]);
        }
    }
}
