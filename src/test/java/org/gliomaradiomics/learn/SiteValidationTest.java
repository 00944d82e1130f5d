package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Validation by site on a simulated two-site cohort with a known site shift: 100 patients per site, half positive,
 * 10 features of which 3 carry the label (+1.5 SD in positives); at site B every feature is scanned as 3 + 2·x (a
 * location and a scale effect). A random forest learnt at one site meets the other site's values outside every
 * split it knows.
 */
class SiteValidationTest {
    static final PipelineSpec RF = PipelineSpec.fromYaml("classifier: {name: RandomForest, options: \"-I 100\"}");
    static final PipelineSpec COMBAT_RF = PipelineSpec.fromYaml("combat: {parametric: true}\nclassifier: {name: RandomForest, options: \"-I 100\"}");

    static Dataset twoSites(long seed) {
        Random rng = new Random(seed);
        int perSite = 100, p = 10, n = 2 * perSite;
        double[][] x = new double[n][p];
        int[] y = new int[n];
        String[] site = new String[n];
        for (int i = 0; i < n; i++) {
            boolean b = i >= perSite;
            site[i] = b ? "B" : "A";
            y[i] = i % 2;
            for (int j = 0; j < p; j++) {
                double v = rng.nextGaussian() + (j < 3 ? 1.5 * y[i] : 0);
                x[i][j] = b ? 3 + 2 * v : v;
            }
        }
        return new Dataset(x, SyntheticData.names(p), SyntheticData.ids(n), y, new String[] {"negative", "positive"}, site);
    }

    static double heldOutAuc(CvResult r, String site) {
        return r.perGroup().get(site).auc();
    }

    @Test
    void leaveOneSiteOutShowsTheDropAndComBatFittedOnTrainingSitesRecoversIt() {
        Dataset d = twoSites(21);
        CrossValidation cv = new CrossValidation(5, 1, 3, 2);
        // internal validation inside site A alone: the level a model reaches without a site change
        int[] siteA = new int[100];
        for (int i = 0; i < 100; i++) siteA[i] = i;
        double internal = cv.run(RF, d.rows(siteA), null).pooled.auc();
        CvResult plain = cv.leaveOneGroupOut(RF, d, d.batch, null);
        CvResult harmonised = cv.leaveOneGroupOut(COMBAT_RF, d, d.batch, null);
        System.out.printf("internal (site A, 5-fold) AUC %.3f; LOSO held-out A/B without ComBat %.3f/%.3f, pooled %.3f;"
            + " with ComBat %.3f/%.3f, pooled %.3f%n", internal, heldOutAuc(plain, "A"), heldOutAuc(plain, "B"), plain.pooled.auc(),
            heldOutAuc(harmonised, "A"), heldOutAuc(harmonised, "B"), harmonised.pooled.auc());
        assertTrue(internal > 0.85, "internal " + internal);
        for (String s : new String[] {"A", "B"}) {
            assertTrue(heldOutAuc(plain, s) < internal - 0.15, s + " without ComBat: " + heldOutAuc(plain, s));
            assertTrue(heldOutAuc(harmonised, s) > internal - 0.08, s + " with ComBat: " + heldOutAuc(harmonised, s));
        }
        assertTrue(plain.pooled.auc() < 0.7 && harmonised.pooled.auc() > 0.85, plain.pooled + " / " + harmonised.pooled);
        assertEquals(1, harmonised.oofProbabilities.length, "one repeat: the split is not random");
        assertEquals(Map.of("A", 100, "B", 100), Map.of("A", harmonised.perGroup().get("A").n(), "B", harmonised.perGroup().get("B").n()));
    }

    /** With the labels shuffled the whole run, ComBat included, stays at chance. */
    @Test
    void permutedLabelsStayAtChance() {
        Dataset d = twoSites(22);
        int[] y = d.y.clone();
        Random rng = new Random(5);
        for (int i = y.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        CvResult r = new CrossValidation(5, 1, 3, 2).leaveOneGroupOut(COMBAT_RF, d.withLabels(y), d.batch, null);
        assertEquals(0.5, r.pooled.auc(), 0.1, r.pooled.toString());
    }

    /** The held-out site's predictions do not change when its labels do: none of them reaches the model or ComBat. */
    @Test
    void heldOutLabelsDoNotReachTheModel() {
        Dataset d = twoSites(23);
        int[] flipped = d.y.clone();
        for (int i = 100; i < 200; i++) if (i % 3 == 0) flipped[i] = 1 - flipped[i];
        CrossValidation cv = new CrossValidation(5, 1, 3, 2);
        CvResult a = cv.leaveOneGroupOut(COMBAT_RF, d, d.batch, null);
        CvResult b = cv.leaveOneGroupOut(COMBAT_RF, d.withLabels(flipped), d.batch, null);
        for (int i = 100; i < 200; i++) assertArrayEquals(a.oofProbabilities[0][i], b.oofProbabilities[0][i], 0.0, "patient " + i);
    }

    /** Grouped k-fold over four sites: every site is scored once per repeat, as a whole, and reported on its own. */
    @Test
    void groupedFoldsReportEverySite() {
        Dataset d = twoSites(24);
        String[] site = new String[d.rows()];
        for (int i = 0; i < site.length; i++) site[i] = d.batch[i] + (i % 4 < 2 ? "1" : "2");
        CvResult r = new CrossValidation(2, 3, 4, 2).run(CrossValidation.Scheme.GROUPED_KFOLD, COMBAT_RF, d.withBatch(site), site, null);
        assertEquals(java.util.List.of("A1", "A2", "B1", "B2"), java.util.List.copyOf(r.perGroup().keySet()));
        assertEquals(3, r.perRepeat.size());
        for (ClassificationMetrics m : r.perGroup().values()) assertEquals(50, m.n());
        assertThrows(IllegalArgumentException.class, () -> new CrossValidation(2, 1, 4, 1).leaveOneGroupOut(RF, d, new String[d.rows()], null));
    }
}
