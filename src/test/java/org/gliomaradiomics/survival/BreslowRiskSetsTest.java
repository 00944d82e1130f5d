package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The O(n) gradient and Hessian-vector product against central finite differences (with tied times). */
class BreslowRiskSetsTest {

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
