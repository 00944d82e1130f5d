package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ComBatTest {
    /*
     * Two features, batches A and B of 4 samples, no covariate.
     *   feature 1: A = 1,2,3,4   B = 12,14,16,18   (B = 2A + 10)
     *   feature 2: A = 2,4,6,8   B = 3,4,5,6
     * By hand: batch means f1 2.5 / 15, f2 5 / 4.5; batch variances (n-1) f1 5/3 / 20/3, f2 20/3 / 5/3.
     * Grand mean (sample-weighted batch means) f1 8.75, f2 4.75. Pooled variance (residual SS / n) f1 25/8 = 3.125,
     * f2 25/8 = 3.125.
     * Standardised batch locations gamma^ = (batch mean - grand mean)/sqrt(3.125):
     *   f1: A -3.5355339, B +3.5355339; f2: A +0.1414214, B -0.1414214.
     * Standardised batch variances delta^ = batch variance / 3.125: f1 A 0.5333333, B 2.1333333; f2 A 2.1333333,
     *   B 0.5333333.
     * Priors for batch A (B is the mirror image): gamma-bar = -1.6970563, tau^2 = 6.76 (variance over features,
     * n-1), delta moments m = 4/3, s^2 = 1.28, so a = (2 s^2 + m^2)/s^2 = 3.3888889, b = (m s^2 + m^3)/s^2 =
     * 3.1851852.
     */
    private static final double[][] X = {{1, 2}, {2, 4}, {3, 6}, {4, 8}, {12, 3}, {14, 4}, {16, 5}, {18, 6}};
    private static final String[] BATCH = {"A", "A", "A", "A", "B", "B", "B", "B"};

    @Test
    void withoutEmpiricalBayesEachBatchIsStandardisedAndGivenThePooledMeanAndVariance() {
        ComBat.Model m = ComBat.fit(X, BATCH, null, new ComBat.Options(false, false));
        double[][] out = m.apply(X, BATCH, null);
        // f1 batch A: (x - 2.5) * sqrt(3.125 / (5/3)) + 8.75 = (x - 2.5) * 1.3693064 + 8.75
        double[] f1 = {6.6960404, 8.0653468, 9.4346532, 10.8039596};
        // f2 batch A: (x - 5) * sqrt(3.125 / (20/3)) + 4.75 = (x - 5) * 0.6846532 + 4.75
        double[] f2a = {2.6960404, 4.0653468, 5.4346532, 6.8039596};
        // f2 batch B: (x - 4.5) * sqrt(3.125 / (5/3)) + 4.75
        double[] f2b = {2.6960404, 4.0653468, 5.4346532, 6.8039596};
        for (int i = 0; i < 4; i++) {
            assertEquals(f1[i], out[i][0], 1e-6);
            assertEquals(f1[i], out[4 + i][0], 1e-6, "batch B of feature 1 is an affine copy of A");
            assertEquals(f2a[i], out[i][1], 1e-6);
            assertEquals(f2b[i], out[4 + i][1], 1e-6);
        }
        assertEquals(8.75, m.grandMean[0], 1e-12);
        assertEquals(3.125, m.varPooled[1], 1e-12);
        assertEquals(-3.5355339, m.gammaStar[0][0], 1e-6);
        assertEquals(2.1333333, m.deltaStar[1][0], 1e-6);
    }

    @Test
    void parametricEmpiricalBayesSolvesThePosteriorEquationsWithHandComputedPriors() {
        ComBat.Model m = ComBat.fit(X, BATCH, null, ComBat.Options.DEFAULT);
        double n = 4, t2 = 6.76, a = 3.3888889, b = 3.1851852;
        double[][] gHat = {{-3.5355339, 0.1414214}, {3.5355339, -0.1414214}};
        double[][] dHat = {{0.5333333, 2.1333333}, {2.1333333, 0.5333333}};
        double[] gBar = {-1.6970563, 1.6970563};
        for (int k = 0; k < 2; k++)
            for (int j = 0; j < 2; j++) {
                double g = m.gammaStar[k][j], d = m.deltaStar[k][j];
                // posterior mean of gamma and posterior mode of delta (Johnson et al. 2007, eqs. 3.1-3.2)
                assertEquals((n * t2 * gHat[k][j] + d * gBar[k]) / (n * t2 + d), g, 2e-3 * Math.abs(g));
                double ss = (n - 1) * dHat[k][j] + n * (gHat[k][j] - g) * (gHat[k][j] - g);
                assertEquals((0.5 * ss + b) / (n / 2 + a - 1), d, 2e-3 * d);
            }
        // shrinkage pulls both towards the batch prior
        assertTrue(m.gammaStar[0][0] > -3.5355339 && m.gammaStar[0][1] < 0.1414214);
        double[][] out = m.apply(X, BATCH, null);
        assertEquals(8.75 * 8, sum(out, 0), 0.5 * 8, "grand mean roughly kept");
    }

    @Test
    void nonParametricPriorRunsAndShrinksTowardsOtherFeatures() {
        ComBat.Model m = ComBat.fit(X, BATCH, null, new ComBat.Options(false, true));
        // with two features the non-parametric posterior of one feature is the other feature's estimate
        assertEquals(0.1414214, m.gammaStar[0][0], 1e-6);
        assertEquals(-3.5355339, m.gammaStar[0][1], 1e-6);
        assertEquals(2.1333333, m.deltaStar[0][0], 1e-6);
    }

    private static double sum(double[][] x, int j) {
        double s = 0;
        for (double[] r : x) s += r[j];
        return s;
    }

    @Test
    void biologicalCovariateEffectIsKept() {
        Random rng = new Random(5);
        int n = 80;
        double[][] x = new double[n][3];
        double[][] age = new double[n][1];
        String[] batch = new String[n];
        for (int i = 0; i < n; i++) {
            boolean b = i >= n / 2;
            batch[i] = b ? "siteB" : "siteA";
            age[i][0] = (b ? 60 : 40) + 10 * rng.nextGaussian(); // site B patients are older
            for (int j = 0; j < 3; j++)
                x[i][j] = 0.5 * age[i][0] + (b ? 10 + 3 * rng.nextGaussian() : rng.nextGaussian());
        }
        double[][] out = ComBat.fit(x, batch, age, ComBat.Options.DEFAULT).apply(x, batch, age);
        double[][] none = ComBat.fit(x, batch, null, ComBat.Options.DEFAULT).apply(x, batch, null);
        for (int j = 0; j < 3; j++) {
            assertEquals(0.5, slope(age, out, j), 0.06, "age slope kept with the covariate, feature " + j);
            assertTrue(slope(age, none, j) < 0.4, "without the covariate the confounded age effect is partly removed");
        }
    }

    private static double slope(double[][] age, double[][] x, int j) {
        double ma = 0, mx = 0;
        for (int i = 0; i < x.length; i++) {
            ma += age[i][0] / x.length;
            mx += x[i][j] / x.length;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (age[i][0] - ma) * (x[i][j] - mx);
            sxx += (age[i][0] - ma) * (age[i][0] - ma);
        }
        return sxy / sxx;
    }

    @Test
    void unseenBatchIsAClearError() {
        ComBat.Model m = ComBat.fit(X, BATCH, null, ComBat.Options.DEFAULT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.apply(new double[][] {{1, 2}}, new String[] {"C"}, null));
        assertTrue(e.getMessage().contains("'C'") && e.getMessage().contains("not seen in training"), e.getMessage());
    }

    /** Three sites with per-feature location and scale effects. */
    static Dataset multiSite(long seed) {
        Random rng = new Random(seed);
        int sites = 3, perSite = 60, p = 30, n = sites * perSite;
        double[][] shift = new double[sites][p], scale = new double[sites][p];
        for (int s = 0; s < sites; s++)
            for (int j = 0; j < p; j++) {
                shift[s][j] = rng.nextGaussian();
                scale[s][j] = Math.exp(0.5 * rng.nextGaussian());
            }
        double[][] x = new double[n][p];
        int[] y = new int[n];
        String[] batch = new String[n];
        for (int i = 0; i < n; i++) {
            int s = i / perSite;
            batch[i] = "site" + s;
            y[i] = s;
            for (int j = 0; j < p; j++) x[i][j] = shift[s][j] + scale[s][j] * rng.nextGaussian();
        }
        return new Dataset(x, SyntheticData.names(p), SyntheticData.ids(n), y, new String[] {"site0", "site1", "site2"}, batch);
    }

    @Test
    void siteCanBePredictedBeforeButNotAfterHarmonisation() {
        Dataset d = multiSite(77);
        PipelineSpec rf = PipelineSpec.fromYaml("classifier: {name: RandomForest, options: \"-I 100\"}");
        CrossValidation cv = new CrossValidation(5, 1, 3, 2);
        CvResult before = cv.run(rf, d, null);
        Dataset harmonised = ComBatTransform.fit(d, List.of(), ComBat.Options.DEFAULT).apply(d);
        CvResult after = cv.run(rf, harmonised, null);
        System.out.println("site prediction before ComBat: " + before + "\nafter: " + after);
        assertTrue(before.meanAuc() > 0.9, "before: " + before);
        assertTrue(after.meanAuc() < 0.65, "after: " + after);
    }

    @Test
    void comBatRunsAsAPipelineStepInsideFolds() {
        Dataset d = multiSite(78);
        // target: a label carried by feature 0 within each site, hidden by the site shifts
        int[] y = new int[d.rows()];
        for (int i = 0; i < y.length; i++) y[i] = i % 2;
        double[][] x = d.copyX();
        for (int i = 0; i < y.length; i++) x[i][0] += 1.5 * y[i];
        Dataset labelled = new Dataset(x, d.featureNames, d.ids, y, new String[] {"no", "yes"}, d.batch);
        PipelineSpec spec = PipelineSpec.fromMap(Map.of("combat", Map.of("parametric", true),
                "classifier", Map.of("name", "Logistic", "options", "-R 1")));
        CvResult r = new CrossValidation(5, 1, 1, 2).run(spec, labelled, null);
        assertTrue(r.meanAuc() > 0.75, r.toString());
        Dataset noBatch = labelled.withBatch(null);
        assertThrows(IllegalArgumentException.class, () -> spec.fit(noBatch, 1));
    }
}
