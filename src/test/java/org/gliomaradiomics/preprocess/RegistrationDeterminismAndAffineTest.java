package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

class RegistrationDeterminismAndAffineTest {
    static final Geometry GRID = BrainPhantom.grid(64, 72, 56, 3.0);

    @Test
    void metricValuesAreTheSameBitsWithOneOrTwoThreads() throws Exception {
        Volume fixed = BrainPhantom.sample(GRID, BrainPhantom.T1, 2.0, 1), moving = BrainPhantom.sample(GRID, BrainPhantom.T2, 2.0, 2);
        WorldTransform t = new RigidTransform(0.02, 0.01, -0.03, new double[] {1, 2, 3}, new double[3]).toWorldTransform();
        for (RegistrationSettings.Metric metric : RegistrationSettings.Metric.values()) {
            RegistrationSettings s = RegistrationSettings.builder()
                .metric(metric)
                .build();
            double one = new ForkJoinPool(1).submit(() -> RegistrationMetric.create(fixed, moving, null, s).value(t)).get();
            double two = new ForkJoinPool(2).submit(() -> RegistrationMetric.create(fixed, moving, null, s).value(t)).get();
            assertEquals(Double.doubleToLongBits(one), Double.doubleToLongBits(two), metric + ": " + one + " vs " + two);
        }
    }

    @Test
    void biasFieldIsTheSameBitsWithOneOrTwoThreads() throws Exception {
        Geometry g = BrainPhantom.grid(40, 48, 36, 4.0);
        Volume img = BiasFieldCorrectorTest.biased(BrainPhantom.sample(g, BrainPhantom.T1, 2.0, 3));
        BiasFieldCorrector.Settings s = BiasFieldCorrector.Settings.builder().shrinkFactor(1).iterationsPerLevel(new int[] {5, 5}).build();
        double[] one = new ForkJoinPool(1).submit(() -> BiasFieldCorrector.correct(img, null, s, null).field().voxels()).get();
        double[] two = new ForkJoinPool(2).submit(() -> BiasFieldCorrector.correct(img, null, s, null).field().voxels()).get();
        org.junit.jupiter.api.Assertions.assertArrayEquals(one, two, 0.0);
    }

    @Test
    void recoversAnAffineMotionWithNormalisedCorrelation() {
        // scale 1.05 along x, 0.96 along z, a shear of 0.03, and a translation
        WorldTransform truth = WorldTransform.centred(new double[] {1.05, 0.03, 0, 0, 1, 0, 0, 0, 0.96}, new double[3], new double[] {4, -3, 2});
        // a nearly ellipsoidal head admits 'elliptical rotations' (S R S⁻¹) that change little: strong texture fixes them
        Volume fixed = BrainPhantom.sample(GRID, BrainPhantom.T1_TEXTURED, 2.0, 7);
        Volume moving = BrainPhantom.sample(GRID, BrainPhantom.T1_TEXTURED, truth.inverse()::apply, 2.0, 8);
        RegistrationSettings s = RegistrationSettings.builder()
            .transform(RegistrationSettings.TransformType.AFFINE)
            .metric(RegistrationSettings.Metric.NORMALIZED_CORRELATION)
            .shrinkFactors(new int[] {2, 1})
            .smoothingSigmasVoxels(new double[] {1, 0})
            .maximumEvaluationsPerLevel(1500)
            .build();
        ImageRegistration.Result res = ImageRegistration.register(fixed, moving, s, null);
        WorldTransform est = res.transform();
        RegistrationMetric m = RegistrationMetric.create(fixed, moving, null, s);
        System.out.printf("affine: %d evaluations, metric at estimate %.6f, at truth %.6f; %s%n", res.evaluations(), m.value(est), m.value(truth), est);
        double worst = 0;
        for (double[] p : new double[][] {BrainPhantom.TUMOUR_CENTRE, {50, 0, 0}, {0, 60, 0}, {0, 0, 45}, {-40, -40, -30}})
            worst = Math.max(worst, BrainPhantom.dist(est.apply(p), truth.apply(p)));
        System.out.printf("affine NC registration: worst error at 5 brain points %.3f mm%n", worst);
        assertTrue(worst < 0.5 * 3, "worst point error " + worst + " mm (voxels of 3 mm)");
    }

    @Test
    void sequenceAlignerPutsEverySequenceOnTheReferenceGrid() {
        WorldTransform truth = new RigidTransform(0.05, 0, 0.08, new double[] {3, -4, 2}, new double[3]).toWorldTransform();
        Map<String, Volume> seq = new LinkedHashMap<>();
        seq.put("t1", BrainPhantom.sample(GRID, BrainPhantom.T1, 2.0, 9));
        Geometry other = BrainPhantom.grid(56, 64, 48, 3.3);
        seq.put("t2", BrainPhantom.sample(other, BrainPhantom.T2, truth.inverse()::apply, 2.0, 10));
        Map<String, SequenceAligner.Aligned> out = SequenceAligner.alignAll(seq, "t1", RegistrationSettings.defaults(), ImageWarper.Interpolation.LINEAR, null);
        assertEquals(java.util.List.of("t1", "t2"), java.util.List.copyOf(out.keySet()));
        SequenceAligner.Aligned t2 = out.get("t2");
        assertTrue(t2.resampled().geometry().sameGrid(GRID, 1e-9));
        double err = BrainPhantom.dist(t2.transform().apply(BrainPhantom.TUMOUR_CENTRE), truth.apply(BrainPhantom.TUMOUR_CENTRE));
        assertTrue(err < 1.0, "tumour-centre error " + err + " mm with 3 mm voxels");
    }
}
