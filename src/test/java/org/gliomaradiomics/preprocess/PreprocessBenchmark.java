package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Matrix3;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed on BraTS-sized volumes (240×240×155, 1 mm): N4-style correction (target < 30 s) and rigid MI
 * registration (target < 15 s) on 2 cores. Run: mvn -B -o test -Pbenchmark -Dtest=PreprocessBenchmark
 */
@Tag("benchmark")
class PreprocessBenchmark {
    static final Geometry GRID = BrainPhantom.grid(240, 240, 155, 1.0);

    @Test
    void biasFieldCorrection() {
        Volume clean = BrainPhantom.sample(GRID, BrainPhantom.T1, 2.0, 1);
        Volume biased = BiasFieldCorrectorTest.biased(clean);
        boolean[] core = BrainPhantom.mask(GRID, BrainPhantom::whiteCore);
        long t0 = System.nanoTime();
        BiasFieldCorrector.Result r = BiasFieldCorrector.correct(biased, null, BiasFieldCorrector.Settings.defaults(), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCHMARK N4 240x240x155 (shrink 4, 3 levels, mask = Otsu default): %.2f s on %d cores; iterations %s; "
                + "white-matter CV clean %.4f, biased %.4f, corrected %.4f%n", seconds, Runtime.getRuntime().availableProcessors(),
            java.util.Arrays.toString(r.iterationsPerLevel()), BrainPhantom.cv(BrainPhantom.values(clean, core)),
            BrainPhantom.cv(BrainPhantom.values(biased, core)), BrainPhantom.cv(BrainPhantom.values(r.corrected(), core)));
    }

    @Test
    void rigidRegistration() {
        Volume fixed = BrainPhantom.sample(GRID, BrainPhantom.T1, 2.0, 1);
        WorldTransform truth = ImageRegistrationTest.truth();
        Volume moving = BrainPhantom.sample(GRID, BrainPhantom.T2, truth.inverse()::apply, 2.0, 2);
        long t0 = System.nanoTime();
        ImageRegistration.Result r = ImageRegistration.register(fixed, moving, RegistrationSettings.defaults(), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double mm = BrainPhantom.dist(r.transform().apply(BrainPhantom.TUMOUR_CENTRE), truth.apply(BrainPhantom.TUMOUR_CENTRE));
        double deg = RigidTransform.rotationAngleDegrees(Matrix3.multiply(r.transform().linear(), Matrix3.inverse(truth.linear())));
        System.out.printf("BENCHMARK rigid MI registration T1->T2 240x240x155: %.2f s on %d cores, %d evaluations; tumour-centre error %.3f mm, rotation error %.3f deg%n",
            seconds, Runtime.getRuntime().availableProcessors(), r.evaluations(), mm, deg);
    }
}
