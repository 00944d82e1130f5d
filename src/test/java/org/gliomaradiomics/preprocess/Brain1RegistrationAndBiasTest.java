package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Matrix3;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real MRI: brain1 (PyRadiomics test case) resampled to 1 mm. A known rigid motion (rotations 7°, −5°, 9°,
 * translation (8, −6, 5) mm about the volume centre) is recovered within 0.5 mm at the tumour centroid and 0.5°,
 * with normalised correlation and, on a contrast-inverted copy, with mutual information.
 */
class Brain1RegistrationAndBiasTest {
    static Volume fixed;
    static double[] tumourCentroid;

    @BeforeAll
    static void load() throws Exception {
        Path dir = TestPaths.testImages().resolve("brain1");
        Volume image = ImageIO.read(dir.resolve("brain1_image.nrrd"));
        Volume label = ImageIO.readMask(dir.resolve("brain1_label.nrrd"), image.geometry());
        Geometry iso = CaseResampler.isotropicGrid(image.geometry(), 1.0);
        fixed = CaseResampler.resampleImage(image, iso, ImageWarper.Interpolation.LINEAR);
        Volume isoLabel = CaseResampler.resampleLabels(label, iso, CaseResampler.LabelInterpolation.NEAREST);
        double sx = 0, sy = 0, sz = 0;
        int n = 0;
        for (int z = 0, i = 0; z < iso.nz; z++)
            for (int y = 0; y < iso.ny; y++)
                for (int x = 0; x < iso.nx; x++, i++)
                    if (isoLabel.voxels()[i] == 1) {
                        sx += x;
                        sy += y;
                        sz += z;
                        n++;
                    }
        tumourCentroid = iso.world(sx / n, sy / n, sz / n);
    }

    static WorldTransform truth() {
        Geometry g = fixed.geometry();
        double[] centre = g.world((g.nx - 1) / 2.0, (g.ny - 1) / 2.0, (g.nz - 1) / 2.0);
        return new RigidTransform(Math.toRadians(7), Math.toRadians(-5), Math.toRadians(9), new double[] {8, -6, 5}, centre).toWorldTransform();
    }

    /** M(T(p)) = F(p): the fixed image seen through the inverse of the true fixed -> moving transform. */
    static Volume moving() {
        return ImageWarper.warp(fixed, fixed.geometry(), truth().inverse(), ImageWarper.Interpolation.LINEAR, 0);
    }

    static void check(String what, WorldTransform estimate) {
        WorldTransform t = truth();
        double[] a = estimate.apply(tumourCentroid), b = t.apply(tumourCentroid);
        double mm = Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
        double deg = RigidTransform.rotationAngleDegrees(Matrix3.multiply(estimate.linear(), Matrix3.inverse(t.linear())));
        System.out.printf("brain1 %s: tumour-centroid error %.3f mm, rotation error %.3f deg%n", what, mm, deg);
        assertTrue(mm < 0.5, what + ": " + mm + " mm");
        assertTrue(deg < 0.5, what + ": " + deg + " deg");
    }

    @Test
    void recoversAKnownRigidMotionWithNormalisedCorrelation() {
        RegistrationSettings s = RegistrationSettings.builder()
            .metric(RegistrationSettings.Metric.NORMALIZED_CORRELATION)
            .build();
        check("NC", ImageRegistration.register(fixed, moving(), s, null).transform());
    }

    @Test
    void recoversAKnownRigidMotionOfAContrastInvertedCopyWithMutualInformation() {
        Volume inverted = moving().copy();
        double[] v = inverted.voxels();
        for (int i = 0; i < v.length; i++) v[i] = v[i] == 0 ? 0 : 2000 - v[i];
        check("MI inverted", ImageRegistration.register(fixed, inverted, RegistrationSettings.defaults(), null).transform());
    }
}
