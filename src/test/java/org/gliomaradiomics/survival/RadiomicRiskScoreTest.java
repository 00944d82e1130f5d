package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadiomicRiskScoreTest {
    @Test
    void aSettingsFileSetsItsKeysAndNamesEveryKeyAtFault() {
        RadiomicRiskScore.Settings s = RadiomicRiskScore.Settings.defaults()
            .with(Map.of("alpha", 0.5, "innerFolds", 3, "seed", 3_000_000_000L), "p.yaml");
        assertEquals(new RadiomicRiskScore.Settings(5, 3, 3_000_000_000L, 0.5, 100, 1), s);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RadiomicRiskScore.Settings.defaults()
            .with(new java.util.TreeMap<>(Map.of("lambdas", 10, "folds", "five")), "p.yaml"));
        assertEquals("p.yaml: 2 problems: key 'folds': expected an integer, got 'five'; unknown key 'lambdas' (allowed: alpha, folds, "
            + "innerFolds, lambdaCount, seed)", e.getMessage());
    }

    private static final double[] BETA = {0.9, -0.7, 0.5};

    @Test
    void recoversSignalAndSplitsRisk() {
        SyntheticSurvival d = SyntheticSurvival.proportionalHazards(300, 40, 0.1, BETA, 3, 21);
        RadiomicRiskScore.Result r = RadiomicRiskScore.crossValidate(d.x, d.time, d.event, null,
            RadiomicRiskScore.Settings.defaults(), null);
        assertTrue(r.harrellC() > 0.68, "C = " + r.harrellC());
        assertTrue(r.highVsLow().pValue() < 1e-4, "log-rank p " + r.highVsLow().pValue());
        assertEquals(5, r.folds().size());
        int highs = 0;
        for (boolean h : r.highRisk()) if (h) highs++;
        assertTrue(highs > 100 && highs < 200, "about half high risk: " + highs);
        for (RadiomicRiskScore.Fold f : r.folds())
            for (int j = 0; j < BETA.length; j++)
                assertEquals(Math.signum(BETA[j]), Math.signum(f.coefficients()[j]), "fold " + f.index() + " feature " + j);
        int covered = 0;
        for (RadiomicRiskScore.Fold f : r.folds()) covered += f.heldOut().length;
        assertEquals(300, covered, "every patient held out exactly once");
    }

    @Test
    void noiseGivesChanceConcordance() {
        SyntheticSurvival d = SyntheticSurvival.proportionalHazards(300, 40, 0.1, new double[0], 3, 22);
        RadiomicRiskScore.Result r = RadiomicRiskScore.crossValidate(d.x, d.time, d.event, null,
            RadiomicRiskScore.Settings.defaults(), null);
        assertTrue(Math.abs(r.harrellC() - 0.5) < 0.08, "C = " + r.harrellC());
    }

    @Test
    void sameSeedSameBitsWhateverTheThreads() {
        SyntheticSurvival d = SyntheticSurvival.proportionalHazards(200, 30, 0.1, BETA, 3, 23);
        RadiomicRiskScore.Settings s = RadiomicRiskScore.Settings.defaults().withSeed(9);
        RadiomicRiskScore.Result one = RadiomicRiskScore.crossValidate(d.x, d.time, d.event, null, s, null);
        RadiomicRiskScore.Result two = RadiomicRiskScore.crossValidate(d.x, d.time, d.event, null, s.withThreads(2), null);
        assertArrayEquals(one.outOfFoldScore(), two.outOfFoldScore(), 0.0);
        assertEquals(one.harrellC(), two.harrellC(), 0.0);
        RadiomicRiskScore.Result other = RadiomicRiskScore.crossValidate(d.x, d.time, d.event, null, s.withSeed(10), null);
        assertNotEquals(one.harrellC(), other.harrellC());
    }

    /** A clinical covariate is never penalised: it keeps a non-zero coefficient in every fold. */
    @Test
    void covariatesAreUnpenalised() {
        SplittableRandom rnd = new SplittableRandom(3);
        SyntheticSurvival d = SyntheticSurvival.proportionalHazards(200, 20, 0.1, new double[] {0.6}, 3, 24);
        double[][] age = new double[200][1];
        for (double[] a : age) a[0] = 50 + 10 * SyntheticSurvival.gaussian(rnd);
        RadiomicRiskScore.Result r = RadiomicRiskScore.crossValidate(d.x, d.time, d.event, age,
            RadiomicRiskScore.Settings.defaults(), null);
        for (RadiomicRiskScore.Fold f : r.folds()) {
            assertEquals(21, f.coefficients().length);
            assertNotEquals(0.0, f.coefficients()[20]);
        }
    }
}
