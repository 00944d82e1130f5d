package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Matrix3;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/**
 * A phantom moved by a known rigid transform must be recovered within 0.5 mm at the tumour centre and 0.5° of
 * rotation, with normalised correlation for the same contrast and mutual information for an inverted contrast.
 */
class ImageRegistrationTest {
    static final Geometry GRID = BrainPhantom.grid(96, 104, 84, 2.0);

    /** The known fixed -> moving transform: rotations 6°, −8°, 10° about the centre, translation (7, −9, 9.5) mm. */
    static WorldTransform truth() {
        return new RigidTransform(Math.toRadians(6), Math.toRadians(-8), Math.toRadians(10), new double[] {7, -9, 9.5}, new double[3]).toWorldTransform();
    }

    /** The moving image: the phantom seen through the inverse of the true transform, so that M(T(p)) = F(p). */
    static Volume moving(BrainPhantom.Contrast c, long seed) {
        WorldTransform inverse = truth().inverse();
        return BrainPhantom.sample(GRID, c, inverse::apply, 2.0, seed);
    }

    static double[] errors(WorldTransform estimate) {
        WorldTransform t = truth();
        double mm = BrainPhantom.dist(estimate.apply(BrainPhantom.TUMOUR_CENTRE), t.apply(BrainPhantom.TUMOUR_CENTRE));
        double deg = RigidTransform.rotationAngleDegrees(Matrix3.multiply(estimate.linear(), Matrix3.inverse(t.linear())));
        return new double[] {mm, deg};
    }

    static void check(String what, ImageRegistration.Result r) {
        double[] e = errors(r.transform());
        System.out.printf("registration %s: tumour-centre error %.3f mm, rotation error %.3f deg, %d evaluations, metric %.4f%n",
            what, e[0], e[1], r.evaluations(), r.metricValue());
        assertTrue(e[0] < 0.5, what + ": tumour-centre error " + e[0] + " mm");
        assertTrue(e[1] < 0.5, what + ": rotation error " + e[1] + " deg");
    }

    @Test
    void recoversARigidMotionOfTheSameContrastWithNormalisedCorrelation() {
        Volume fixed = BrainPhantom.sample(GRID, BrainPhantom.T1, 2.0, 1);
        RegistrationSettings s = RegistrationSettings.builder()
            .metric(RegistrationSettings.Metric.NORMALIZED_CORRELATION)
            .build();
        check("NC same contrast", ImageRegistration.register(fixed, moving(BrainPhantom.T1, 2), s, null));
    }

    @Test
    void recoversARigidMotionOfAnInvertedContrastWithMutualInformation() {
        Volume fixed = BrainPhantom.sample(GRID, BrainPhantom.T1, 2.0, 3);
        Volume inverted = BrainPhantom.map(moving(BrainPhantom.T1, 4), v -> 200 - v);
        check("MI inverted contrast", ImageRegistration.register(fixed, inverted, RegistrationSettings.defaults(), null));
    }

    @Test
    void recoversARigidMotionBetweenT1AndT2WithMutualInformation() {
        Volume fixed = BrainPhantom.sample(GRID, BrainPhantom.T1, 2.0, 5);
        check("MI T1 to T2", ImageRegistration.register(fixed, moving(BrainPhantom.T2, 6), RegistrationSettings.defaults(), null));
    }
}
