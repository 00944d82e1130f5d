package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The O(n) gradient and Hessian-vector product against central finite differences (with tied times). */
class BreslowRiskSetsTest {

    /**
     * The example of issue 15: times 1, 2, 3, events 1, 1, 0, η = 750, 0, 0. At t = 1 the risk set holds all three:
     * 750 − log(e^750 + 2) = −log(1 + 2e^−750), which is 0 in double precision; at t = 2: 0 − log(e^0 + e^0) = −log 2.
     * A shift by the global maximum made the second risk set exp(−750)·2 = 0 and the result +∞. The same through
     * the Cox likelihood with the covariate x = 750, 0, 0 and β = 1, Breslow and Efron (no tied deaths: equal).
     */
    @Test
    void wideLinearPredictorGivesMinusLogTwo() {
        double[] time = {1, 2, 3};
        boolean[] event = {true, true, false};
        assertEquals(-Math.log(2), BreslowRiskSets.logLikelihood(time, event, new double[] {750, 0, 0}), 0);
        // η = −750, 0, 0: −750 − log(e^−750 + 2) − log 2 = −750 − 2·log 2
        assertEquals(-750 - 2 * Math.log(2), BreslowRiskSets.logLikelihood(time, event, new double[] {-750, 0, 0}), 1e-12);
        double[][] x = {{750}, {0}, {0}};
        for (Ties ties : Ties.values())
            assertEquals(-Math.log(2), new CoxPartialLikelihood(time, event, x, null, ties).evaluate(new double[] {1}, null, null, null), 1e-12, ties.toString());
    }

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        SplittableRandom rnd = new SplittableRandom(4);
        int n = 40;
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        for (int i = 0; i < n; i++) { time[i] = 1 + rnd.nextInt(12); event[i] = rnd.nextDouble() < 0.7; }
        BreslowRiskSets rs = new BreslowRiskSets(time, event);
        double[] eta = new double[n], v = new double[n];
        for (int s = 0; s < n; s++) { eta[s] = rnd.nextDouble() - 0.5; v[s] = rnd.nextDouble() - 0.5; }
        double[] grad = new double[n], weight = new double[n], hv = new double[n];
        rs.evaluate(eta, grad, weight);
        rs.hessianTimes(v, hv);
        double h = 1e-5;
        double[] gPlus = new double[n], gMinus = new double[n];
        for (int s = 0; s < n; s++) {
            double[] e1 = eta.clone(), e2 = eta.clone();
            e1[s] += h;
            e2[s] -= h;
            assertEquals((rs.evaluate(e1, null, null) - rs.evaluate(e2, null, null)) / (2 * h), grad[s], 1e-7, "gradient " + s);
        }
        double[] ePlus = eta.clone(), eMinus = eta.clone();
        for (int s = 0; s < n; s++) { ePlus[s] += h * v[s]; eMinus[s] -= h * v[s]; }
        rs.evaluate(ePlus, gPlus, null);
        rs.evaluate(eMinus, gMinus, null);
        for (int s = 0; s < n; s++)
            assertEquals(-(gPlus[s] - gMinus[s]) / (2 * h), hv[s], 1e-7, "H·v " + s);
        // the diagonal of H is the IRLS weight
        rs.evaluate(eta, grad, weight);
        double[] unit = new double[n], column = new double[n];
        unit[7] = 1;
        rs.hessianTimes(unit, column);
        assertEquals(weight[7], column[7], 1e-12);
    }
}
