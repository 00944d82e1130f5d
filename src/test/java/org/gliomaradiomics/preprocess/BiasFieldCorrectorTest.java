package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

class BiasFieldCorrectorTest {

    /** A quadratic ramp of ±20 %: 1 + 0.2·(2·s² − 1) with s running from 0 to 1 across the head (x, mm). */
    static double field(double[] p) {
        double s = Math.max(0, Math.min(1, (p[0] + 75) / 150));
        return 1 + 0.2 * (2 * s * s - 1);
    }

    static Volume biased(Volume clean) {
        Geometry g = clean.geometry();
        double[] v = clean.voxels().clone();
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) v[i] *= field(g.world(x, y, z));
        return new Volume(g, v, DataType.FLOAT32);
    }

    /**
     * Criterion: inside the uniform white-matter core, CV(corrected) ≤ 1.02 · CV(clean) + 0.001, while the biased
     * image's CV is several times larger.
     */
    @Test
    void correctsAQuadraticRampToTheCleanImagesVariation() {
        Geometry g = BrainPhantom.grid(80, 96, 72, 2.2);
        Volume clean = BrainPhantom.sample(g, BrainPhantom.T1, 2.0, 11);
        Volume biased = biased(clean);
        boolean[] head = BrainPhantom.mask(g, BrainPhantom::inBrain);
        boolean[] core = BrainPhantom.mask(g, BrainPhantom::whiteCore);

        BiasFieldCorrector.Settings s = BiasFieldCorrector.Settings.builder().shrinkFactor(2).build();
        BiasFieldCorrector.Result r = BiasFieldCorrector.correct(biased, head, s, null);

        double cvClean = BrainPhantom.cv(BrainPhantom.values(clean, core));
        double cvBiased = BrainPhantom.cv(BrainPhantom.values(biased, core));
        double cvCorrected = BrainPhantom.cv(BrainPhantom.values(r.corrected(), core));
        System.out.printf("N4 test: CV clean %.5f, biased %.5f, corrected %.5f, iterations %s%n", cvClean, cvBiased, cvCorrected,
            java.util.Arrays.toString(r.iterationsPerLevel()));
        assertTrue(cvBiased > 2 * cvClean, "the test field should matter: " + cvBiased + " vs " + cvClean);
        assertTrue(cvCorrected <= 1.02 * cvClean + 0.001, "CV corrected " + cvCorrected + " vs clean " + cvClean);
        // corrected = input / field everywhere
        int i = g.index(40, 48, 36);
        assertEquals(biased.voxels()[i] / r.field().voxels()[i], r.corrected().voxels()[i], 1e-3 * Math.abs(r.corrected().voxels()[i]));
    }

    @Test
    void aFieldFreeImageKeepsItsWhiteMatterVariation() {
        Geometry g = BrainPhantom.grid(48, 56, 44, 3.5);
        Volume clean = BrainPhantom.sample(g, BrainPhantom.T1, 2.0, 5);
        boolean[] head = BrainPhantom.mask(g, BrainPhantom::inBrain);
        boolean[] core = BrainPhantom.mask(g, BrainPhantom::whiteCore);
        BiasFieldCorrector.Settings s = BiasFieldCorrector.Settings.builder().shrinkFactor(2).build();
        BiasFieldCorrector.Result r = BiasFieldCorrector.correct(clean, head, s, null);
        double cvClean = BrainPhantom.cv(BrainPhantom.values(clean, core));
        double cvCorrected = BrainPhantom.cv(BrainPhantom.values(r.corrected(), core));
        assertTrue(cvCorrected <= 1.02 * cvClean + 0.001, "CV corrected " + cvCorrected + " vs clean " + cvClean);
    }
}
