package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Issue 15's simulated multi-site cohort with a known site shift. Three sites of 60 patients; features 0-2 carry the
 * label (+1 SD in the positive class); each site moves every feature by its own offset (SD 2) and scale (log-SD 0.3).
 * The same patients without site effects give the AUC a fitted model reaches (the Bayes optimum is
 * Φ(√(3/2)) = 0.890; a ridge fit on 120 patients and 12 features gets about 0.8).
 */
class SiteShiftValidationTest {
    private static final int SITES = 3, PER_SITE = 60, P = 12;
    private static final String RIDGE = "scale: zscore\nclassifier: {name: Logistic, options: \"-R 1\"}\n";
    private static final String COMBAT_RIDGE = "combat: {parametric: true}\n" + RIDGE;

    private static Dataset cohort(boolean siteEffects, long seed) {
        Random rng = new Random(seed);
        double[][] shift = new double[SITES][P], scale = new double[SITES][P];
        for (int s = 0; s < SITES; s++)
            for (int j = 0; j < P; j++) {
                shift[s][j] = siteEffects ? 2 * rng.nextGaussian() : 0;
                scale[s][j] = siteEffects ? Math.exp(0.3 * rng.nextGaussian()) : 1;
            }
        int n = SITES * PER_SITE;
        double[][] x = new double[n][P];
        int[] y = new int[n];
        String[] site = new String[n];
        for (int i = 0; i < n; i++) {
            int s = i / PER_SITE;
            site[i] = "site" + s;
            y[i] = i % 2;
            for (int j = 0; j < P; j++) {
                double biology = (j < 3 ? y[i] : 0) + rng.nextGaussian();
                x[i][j] = shift[s][j] + scale[s][j] * biology;
            }
        }
        return new Dataset(x, SyntheticData.names(P), SyntheticData.ids(n), y, new String[] {"neg", "pos"}, site);
    }

    private static double losoAuc(String pipeline, Dataset d) {
        return new CrossValidation(2, 1, 11, 2).leaveOneGroupOut(PipelineSpec.fromYaml(pipeline), d, d.batch, null).pooled.auc();
    }

    @Test
    void leaveOneSiteOutShowsTheShiftComBatOnTrainingSitesRecoversItAndPermutedLabelsStayAtChance() {
        double reachable = losoAuc(RIDGE, cohort(false, 5));
        Dataset shifted = cohort(true, 5);
        double raw = losoAuc(RIDGE, shifted), harmonised = losoAuc(COMBAT_RIDGE, shifted);
        assertTrue(reachable > 0.78 && reachable < 0.9, "without site effects: " + reachable);
        System.out.printf("LOSO AUC: no site effects %.3f, site effects %.3f, ComBat %.3f%n", reachable, raw, harmonised);
        assertTrue(raw < reachable - 0.1, "LOSO without ComBat should drop: " + raw + " vs " + reachable);
        assertTrue(harmonised > reachable - 0.05, "ComBat fitted on the training sites should recover: " + harmonised + " vs " + reachable);

        // the held-out site's labels never reach the fit: with permuted labels the pooled AUC is near 0.5
        double[] permuted = new double[5];
        double mean = 0;
        for (int k = 0; k < permuted.length; k++) {
            int[] y = shifted.y.clone();
            Random rng = new Random(100 + k);
            for (int i = y.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1), t = y[i];
                y[i] = y[j];
                y[j] = t;
            }
            permuted[k] = losoAuc(COMBAT_RIDGE, shifted.withLabels(y));
            mean += permuted[k] / permuted.length;
        }
        // 180 patients: the SD of a chance AUC is about 0.043, of the mean of five about 0.02
        assertTrue(Math.abs(mean - 0.5) < 0.07, "permuted-label LOSO AUCs " + java.util.Arrays.toString(permuted));
    }
}
