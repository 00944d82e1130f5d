package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.segment.BratsRegions;
import org.junit.jupiter.api.Test;

/**
 * The Fisher–Kolmogorov solver against the known front speed 2√(Dρ) (Fisher 1937; Kolmogorov, Petrovsky and
 * Piskunov 1937) and its retreat at 2√(D|g|) when the net rate is negative (1 − u obeys the same equation); the
 * phantom's determinism and label convention.
 */
class TumourGrowthModelTest {

    /** Speed of the u = threshold contour between two times (mm/day). */
    static double speed(double d, double g, double r0, double t0, double t1, double threshold) {
        TumourGrowthModel m = new TumourGrowthModel(d, t -> g, r0, 1, 200);
        m.advanceTo(t0);
        double a = m.radius(threshold);
        m.advanceTo(t1);
        return (m.radius(threshold) - a) / (t1 - t0);
    }

    @Test
    void growingFrontTravelsAtTheFisherSpeed() {
        double d = 0.05, rho = 0.05, c = 2 * Math.sqrt(d * rho); // 0.1 mm/day
        // a pulled front approaches c from below (Bramson's logarithmic delay); on a large sphere within 5 % after 300 days
        double v = speed(d, rho, 40, 300, 600, 0.5);
        assertEquals(c, v, 0.05 * c, "front speed " + v);
        assertTrue(v < c * 1.001, "never faster than the minimal speed: " + v);
    }

    @Test
    void negativeNetRateMakesTheFrontRetreatAtTheSameSpeedLaw() {
        double d = 0.05, g = -0.05, c = 2 * Math.sqrt(d * -g);
        // 1 - u invades the tumour inwards; on a large radius (little curvature) over a short time
        double v = speed(d, g, 150, 150, 300, 0.5);
        assertEquals(-c, v, 0.07 * c, "retreat speed " + v);
    }

    @Test
    void enhancingBorderLiesInsideTheFlairBorder() {
        TumourGrowthModel m = new TumourGrowthModel(0.02, t -> 0.04, 13, 0.7, 80);
        m.advanceTo(100);
        double et = m.radius(TumourGrowthModel.ENHANCING_THRESHOLD), flair = m.radius(TumourGrowthModel.FLAIR_THRESHOLD);
        assertTrue(et > 13 && flair > et + 1, et + " / " + flair);
    }

    @Test
    void phantomIsDeterministicAndFollowsTheRequestedConvention() {
        LongitudinalPhantom.Options o = new LongitudinalPhantom.Options().size(48, 48, 32).scanDays(21, 98)
            .convention(BratsRegions.Convention.BRATS_2023).motion(true, 3, 3);
        LongitudinalPhantom a = LongitudinalPhantom.generate("p", LongitudinalPhantom.Scenario.STABLE, 42, o);
        LongitudinalPhantom b = LongitudinalPhantom.generate("p", LongitudinalPhantom.Scenario.STABLE, 42, o);
        assertEquals(a.truth(), b.truth());
        MriCase ca = a.scan(1), cb = b.scan(1);
        assertArrayEquals(ca.labels().orElseThrow().voxels(), cb.labels().orElseThrow().voxels());
        for (String s : LongitudinalPhantom.SEQUENCES) assertArrayEquals(ca.sequence(s).orElseThrow().voxels(), cb.sequence(s).orElseThrow().voxels(), s);
        assertEquals(BratsRegions.Convention.BRATS_2023, BratsRegions.detect(ca.labels().orElseThrow()).orElseThrow());
        Map<Integer, Long> counts = ca.labelCounts();
        assertEquals(java.util.Set.of(1, 2, 3), counts.keySet());
        assertTrue(a.truth().get(1).rotationDegrees() != 0, "motion applied to follow-ups");
        assertEquals(0, a.truth().get(0).rotationDegrees(), "the first scan is the reference");
        LongitudinalPhantom other = LongitudinalPhantom.generate("p", LongitudinalPhantom.Scenario.STABLE, 43, o);
        assertTrue(!java.util.Arrays.equals(other.scan(1).sequence("t1").orElseThrow().voxels(), ca.sequence("t1").orElseThrow().voxels()));
    }
}
