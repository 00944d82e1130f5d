package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.Logistic;
import weka.core.Instances;

/** Our ridge logistic against R (Weka's definition written out) and against Weka's own {@code Logistic}. */
class RidgeLogisticTest {
    // R's mtcars: mpg, wt, hp; target am
    private static final double[] MPG = {21, 21, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2,
        10.4, 10.4, 14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26, 30.4, 15.8, 19.7, 15, 21.4};
    private static final double[] WT = {2.62, 2.875, 2.32, 3.215, 3.44, 3.46, 3.57, 3.19, 3.15, 3.44, 3.44, 4.07, 3.73,
        3.78, 5.25, 5.424, 5.345, 2.2, 1.615, 1.835, 2.465, 3.52, 3.435, 3.84, 3.845, 1.935, 2.14, 1.513, 3.17, 2.77,
        3.57, 2.78};
    private static final double[] HP = {110, 110, 93, 110, 175, 105, 245, 62, 95, 123, 123, 180, 180, 180, 205, 215, 230,
        66, 52, 65, 97, 150, 150, 245, 175, 66, 91, 113, 264, 175, 335, 109};
    private static final int[] AM = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1,
        1, 1, 1, 1};

    /**
     * R 4 / stats::optim (BFGS, reltol 1e-16, |gradient| &lt; 3e-8), Weka's objective written out:
     * <pre>
     * Z &lt;- scale(as.matrix(mtcars[, c("mpg","wt","hp")])); y &lt;- mtcars$am
     * f &lt;- function(b) { e &lt;- b[1] + Z %*% b[-1]; sum(log1p(exp(e)) - y*e) + ridge*sum(b[-1]^2) }
     * </pre>
     * then coefficients divided by the column sd, and p = plogis(b0 + X b) for rows 1, 5, 20, 32.
     */
    @Test
    void equalsRidgeLogisticFittedInR() {
        double[][] x = new double[32][];
        for (int i = 0; i < 32; i++) x[i] = new double[] {MPG[i], WT[i], HP[i]};
        RidgeLogistic m01 = RidgeLogistic.fit(x, AM, null, 0.1);
        double[] r01 = {0.6471328154, 0.2139390298, 0.9962938096, 0.5236951446};
        RidgeLogistic m1 = RidgeLogistic.fit(x, AM, null, 1);
        double[] r1 = {0.5281484247, 0.3096863713, 0.9219060832, 0.4837504987};
        int[] rows = {0, 4, 19, 31};
        for (int k = 0; k < rows.length; k++) {
            assertEquals(r01[k], m01.probability(x[rows[k]]), 1e-8);
            assertEquals(r1[k], m1.probability(x[rows[k]]), 1e-8);
        }
        // raw-scale intercept and slopes at ridge 1 (R: 0.2231183626, 0.1258960845, -1.3770705484, 0.0077609234)
        double p0 = m1.probability(new double[] {0, 0, 0});
        assertEquals(0.2231183626, Math.log(p0 / (1 - p0)), 1e-8);
    }

    @Test
    void equalsWekaLogisticInFeatureAndSampleSpaceWithAndWithoutWeights() throws Exception {
        Random rng = new Random(7);
        for (int[] shape : new int[][] {{80, 6}, {40, 150}}) {
            Dataset d = synthetic(rng, shape[0], shape[1]);
            for (WekaClassifier.Balance balance : new WekaClassifier.Balance[] {WekaClassifier.Balance.NONE, WekaClassifier.Balance.WEIGHTS}) {
                WekaClassifier ours = WekaClassifier.fit(d, "Logistic", "-R 2", balance, 1);
                assertNull(ours.classifier(), "the binary ridge logistic is fitted by RidgeLogistic");
                Instances data = WekaData.toInstances(d, "t");
                if (balance == WekaClassifier.Balance.WEIGHTS) {
                    weka.filters.supervised.instance.ClassBalancer f = new weka.filters.supervised.instance.ClassBalancer();
                    f.setInputFormat(data);
                    data = weka.filters.Filter.useFilter(data, f);
                }
                Logistic weka = new Logistic();
                weka.setRidge(2);
                weka.buildClassifier(data);
                double[][] p = ours.distributions(d);
                String what = shape[0] + "x" + shape[1] + " " + balance;
                for (int i = 0; i < d.rows(); i++)
                    assertEquals(weka.distributionForInstance(data.instance(i))[1], p[i][1], 1e-4, what + " row " + i);
                // Weka's quasi-Newton search stops near the optimum; ours is at it: never a worse objective
                double[] w = new double[d.rows()];
                for (int i = 0; i < w.length; i++) w[i] = data.instance(i).weight();
                double[] wekaCoef = new double[d.features() + 1];
                for (int j = 0; j <= d.features(); j++) wekaCoef[j] = -weka.coefficients()[j][0]; // Weka: class 0 vs 1
                RidgeLogistic fitted = RidgeLogistic.fit(d.x, d.y, w, 2);
                double wekaObjective = objective(d, w, wekaCoef, 2), ourObjective = objective(d, w, fitted.coefficients(), 2);
                assertTrue(ourObjective <= wekaObjective + 1e-12 && ourObjective > wekaObjective - 1e-6,
                        what + ": " + ourObjective + " vs Weka " + wekaObjective);
            }
        }
    }

    @Test
    void otherSettingsStayWithWeka() {
        Dataset d = synthetic(new Random(1), 30, 3);
        assertNotNull(WekaClassifier.ridgeLogistic(d, "weka.classifiers.functions.Logistic", "-R 10", WekaClassifier.Balance.NONE));
        assertNull(WekaClassifier.ridgeLogistic(d, "Logistic", "-R 10 -M 5", WekaClassifier.Balance.NONE));
        assertNull(WekaClassifier.ridgeLogistic(d, "Logistic", "-R 10", WekaClassifier.Balance.RESAMPLE));
        assertNull(WekaClassifier.ridgeLogistic(d, "SimpleLogistic", "", WekaClassifier.Balance.NONE));
        assertNull(WekaClassifier.ridgeLogistic(d, "Logistic", "", WekaClassifier.Balance.NONE)); // Weka's default ridge 1e-8
        assertNotNull(WekaClassifier.ridgeLogistic(d, "Logistic", "-R 0.001", WekaClassifier.Balance.NONE));
        d.x[3][1] = Double.NaN;
        assertNull(WekaClassifier.ridgeLogistic(d, "Logistic", "-R 10", WekaClassifier.Balance.NONE));
    }

    /** Weka's objective: weighted negative log-likelihood + ridge · Σ (coefficient · weighted sample sd)². */
    private static double objective(Dataset d, double[] w, double[] coef, double ridge) {
        double tot = 0, nll = 0, penalty = 0;
        for (double v : w) tot += v;
        for (int j = 0; j < d.features(); j++) {
            double m = 0, s = 0;
            for (int i = 0; i < d.rows(); i++) {
                m += w[i] * d.x[i][j] / tot;
                s += w[i] * d.x[i][j] * d.x[i][j];
            }
            penalty += Math.pow(coef[j + 1], 2) * Math.abs(s - tot * m * m) / (tot - 1);
        }
        for (int i = 0; i < d.rows(); i++) {
            double eta = coef[0];
            for (int j = 0; j < d.features(); j++) eta += coef[j + 1] * d.x[i][j];
            nll += w[i] * Math.log1p(Math.exp(d.y[i] == 1 ? -eta : eta));
        }
        return nll + ridge * penalty;
    }

    private static Dataset synthetic(Random rng, int n, int p) {
        double[][] x = new double[n][p];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3 == 0 ? 1 : 0; // unbalanced, so the weights matter
            for (int j = 0; j < p; j++) x[i][j] = 3 * j + (1 + j % 4) * rng.nextGaussian() + (j < 3 ? 0.8 * y[i] : 0);
        }
        return new Dataset(x, SyntheticData.names(p), SyntheticData.ids(n), y, new String[] {"a", "b"}, null);
    }
}
