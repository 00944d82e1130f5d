package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GLCM, GLSZM, GLDZM and NGTDM values of tiny images, worked out by hand (derivations in the comments). */
class TextureFamiliesHandCalculatedTest {
    private static final double EPS = 1e-12;

    /** All voxels of the box in the ROI; grey levels as given, x fastest. */
    static RoiData roi(int nx, int ny, int nz, int ng, int... grey) {
        int n = grey.length;
        double[] image = new double[n];
        boolean[] mask = new boolean[n];
        for (int i = 0; i < n; i++) {
            image[i] = grey[i];
            mask[i] = grey[i] > 0;
        }
        return new RoiData(nx, ny, nz, 1, 1, 1, image, mask, mask.clone(), grey.clone(), ng, new double[0], new double[0]);
    }

    /** name + "|" + aggregation -> value. */
    static Map<String, Double> compute(FeatureFamily family, RoiData roi) {
        Map<String, Double> values = new HashMap<>();
        family.compute(roi, FeatureSettings.defaults(), (f, aggregation, value) -> values.put(f.name() + "|" + aggregation, value));
        return values;
    }

    @Test
    void glcmOfACheckerboard2x2() {
        // 1 2     Horizontal and vertical pairs are all (1,2)/(2,1): symmetric p(1,2) = p(2,1) = 1/2, contrast 1.
        // 2 1     Diagonal (1,1,0): one pair (1,1) -> p(1,1) = 1, contrast 0; anti-diagonal: p(2,2) = 1.
        Map<String, Double> v = compute(new GlcmFamily(), roi(2, 2, 1, 2, 1, 2, 2, 1));
        // 2D:avg: mean over the 4 directions. Contrast (1 + 0 + 1 + 0) / 4; joint maximum (1/2 + 1 + 1/2 + 1) / 4;
        // joint average (1.5 + 1 + 1.5 + 2) / 4.
        assertEquals(0.5, v.get("Contrast|2D:avg"), EPS);
        assertEquals(0.75, v.get("JointMaximum|2D:avg"), EPS);
        assertEquals(1.5, v.get("JointAverage|2D:avg"), EPS);
        // Merged: counts (1,2) = (2,1) = 4, (1,1) = (2,2) = 2 of 12 -> p = 1/3, 1/3, 1/6, 1/6.
        double entropy = 2.0 / 3 * Math.log(3) / Math.log(2) + 1.0 / 3 * Math.log(6) / Math.log(2);
        for (String aggregation : new String[] {"2D:mrg", "2.5D:mrg", "3D:mrg"}) {
            assertEquals(2.0 / 3, v.get("Contrast|" + aggregation), EPS, aggregation);
            assertEquals(1.0 / 3, v.get("JointMaximum|" + aggregation), EPS, aggregation);
            assertEquals(entropy, v.get("JointEntropy|" + aggregation), EPS, aggregation);
            // mu = 1.5, sigma^2 = 1/4, sum ij p = 13/6 -> (13/6 - 9/4) / (1/4) = -1/3.
            assertEquals(-1.0 / 3, v.get("Correlation|" + aggregation), EPS, aggregation);
        }
        // One slice: the 9 out-of-plane directions have no pairs and are left out of the 3D average.
        assertEquals(0.5, v.get("Contrast|3D:avg"), EPS);
        assertEquals(0.5, v.get("Contrast|2.5D:avg"), EPS);
    }

    @Test
    void glcmAsymmetricCountsOneWayOnly() {
        // 1 2 in a row: only direction (1,0,0) has a pair, (1 -> 2); asymmetric p(1,2) = 1, so p_x = (1, 0) and
        // the joint average (row mean) is 1, whereas the symmetric matrix gives 1.5.
        RoiData roi = roi(2, 1, 1, 2, 1, 2);
        FeatureSettings settings = FeatureSettings.builder().texture(TextureSettings.DEFAULTS.withGlcmSymmetric(false)).build();
        Map<String, Double> v = new HashMap<>();
        new GlcmFamily().compute(roi, settings, (f, a, value) -> v.put(f.name() + "|" + a, value));
        assertEquals(1.0, v.get("JointAverage|3D:mrg"), EPS);
        assertEquals(1.5, compute(new GlcmFamily(), roi).get("JointAverage|3D:mrg"), EPS);
    }

    @Test
    void glcmDistanceScalesTheOffsets() {
        // 1 2 1 in a row. Distance 1: pairs (1,2), (2,1), contrast 1. Distance 2: the single pair (1,1), contrast 0.
        RoiData roi = roi(3, 1, 1, 2, 1, 2, 1);
        assertEquals(1.0, compute(new GlcmFamily(), roi).get("Contrast|3D:mrg"), EPS);
        FeatureSettings settings = FeatureSettings.builder().texture(TextureSettings.DEFAULTS.withDistance(2)).build();
        Map<String, Double> v = new HashMap<>();
        new GlcmFamily().compute(roi, settings, (f, a, value) -> v.put(f.name() + "|" + a, value));
        assertEquals(0.0, v.get("Contrast|3D:mrg"), EPS);
        assertEquals(1.0, v.get("JointMaximum|3D:mrg"), EPS);
    }

    @Test
    void glszmLinksDiagonalNeighbours() {
        // 1 2   8-connected: zone {1,1} on the diagonal (size 2) and zone {2,2} (size 2): N_s = 2, N_v = 4.
        // 2 1   (4-connectivity would give four zones of size 1.)
        Map<String, Double> v = compute(new GlszmFamily(), roi(2, 2, 1, 2, 1, 2, 2, 1));
        for (String aggregation : new String[] {"2D:avg", "2.5D:mrg", "3D"}) {
            assertEquals(0.25, v.get("SmallZoneEmphasis|" + aggregation), EPS, aggregation); // (1/4 + 1/4) / 2
            assertEquals(4.0, v.get("LargeZoneEmphasis|" + aggregation), EPS, aggregation);
            assertEquals(0.5, v.get("ZonePercentage|" + aggregation), EPS, aggregation);
            assertEquals(1.0, v.get("ZoneSizeEntropy|" + aggregation), EPS, aggregation); // two cells of p = 1/2
            assertEquals(0.25, v.get("GreyLevelVariance|" + aggregation), EPS, aggregation); // levels 1, 2 equally
            assertEquals(0.0, v.get("ZoneSizeVariance|" + aggregation), EPS, aggregation);
            assertEquals(2.0, v.get("ZoneSizeNonUniformity|" + aggregation), EPS, aggregation); // 2^2 / 2
        }
    }

    @Test
    void glszmZonesOfA3x3Slice() {
        // 1 1 2   zones: grey 1 size 3, grey 2 size 4 (the (1,1) voxel joins the right column), grey 3 size 2.
        // 1 2 2   N_s = 3, N_v = 9.
        // 3 3 2
        Map<String, Double> v = compute(new GlszmFamily(), roi(3, 3, 1, 3, 1, 1, 2, 1, 2, 2, 3, 3, 2));
        assertEquals((1 / 9.0 + 1 / 16.0 + 1 / 4.0) / 3, v.get("SmallZoneEmphasis|3D"), EPS);
        assertEquals((9 + 16 + 4) / 3.0, v.get("LargeZoneEmphasis|3D"), EPS);
        assertEquals((1 + 1 / 4.0 + 1 / 9.0) / 3, v.get("LowGreyLevelZoneEmphasis|3D"), EPS);
        assertEquals((9 / 1.0 + 16 / 4.0 + 4 / 9.0) / 3, v.get("LargeZoneLowGreyLevelEmphasis|3D"), EPS);
        assertEquals(1.0 / 3, v.get("ZonePercentage|3D"), EPS);
        // sizes 3, 4, 2: mean 3, variance 2/3
        assertEquals(2.0 / 3, v.get("ZoneSizeVariance|3D"), EPS);
    }

    @Test
    void glszmZonesSpanSlicesOnlyIn3D() {
        // Two voxels of grey 1 stacked in z: one zone of size 2 in 3D; one zone of size 1 per slice in 2D.
        Map<String, Double> v = compute(new GlszmFamily(), roi(1, 1, 2, 1, 1, 1));
        assertEquals(4.0, v.get("LargeZoneEmphasis|3D"), EPS);
        assertEquals(0.5, v.get("ZonePercentage|3D"), EPS);
        assertEquals(1.0, v.get("LargeZoneEmphasis|2D:avg"), EPS);
        assertEquals(1.0, v.get("LargeZoneEmphasis|2.5D:mrg"), EPS);
        assertEquals(1.0, v.get("ZonePercentage|2.5D:mrg"), EPS); // 2 zones, N_v summed over slices = 2
    }

    @Test
    void gldzmDistancesToTheEdgeIn2DAnd3D() {
        // A 5x5 slice of grey 1 with a grey 2 centre. In-plane Manhattan distance to the edge: border 1, next
        // ring 2, centre 3. Zones: grey 1 (distance 1) and grey 2 (distance 3): SDE = (1 + 1/9) / 2, LDE = (1 + 9) / 2.
        int[] grey = new int[25];
        java.util.Arrays.fill(grey, 1);
        grey[12] = 2;
        Map<String, Double> v = compute(new GldzmFamily(), roi(5, 5, 1, 2, grey));
        assertEquals(5.0 / 9, v.get("SmallDistanceEmphasis|2D:avg"), EPS);
        assertEquals(5.0, v.get("LargeDistanceEmphasis|2D:avg"), EPS);
        // In 3D a single slice touches the edge above and below: every distance is 1.
        assertEquals(1.0, v.get("SmallDistanceEmphasis|3D"), EPS);
        assertEquals(1.0, v.get("LargeDistanceEmphasis|3D"), EPS);
    }

    @Test
    void gldzmMeasuresDistanceInTheMorphologicalMask() {
        // 3x3 slice: the morphological mask is the whole slice, the intensity mask only its centre (re-segmented).
        // The centre is 2 steps from the edge of the morphological mask (it would be 1 in the intensity mask).
        int[] grey = new int[9];
        grey[4] = 1;
        boolean[] morph = new boolean[9];
        java.util.Arrays.fill(morph, true);
        boolean[] intensity = new boolean[9];
        intensity[4] = true;
        RoiData roi = new RoiData(3, 3, 1, 1, 1, 1, new double[9], morph, intensity, grey, 1, new double[0], new double[0]);
        Map<String, Double> v = compute(new GldzmFamily(), roi);
        assertEquals(4.0, v.get("LargeDistanceEmphasis|2D:avg"), EPS);
        assertEquals(1.0, v.get("ZonePercentage|2D:avg"), EPS); // one zone, one voxel of the intensity mask
    }

    @Test
    void ngtdmOfARamp() {
        // 1 2 3 in a row. Neighbour means: 2 (for 1), 2 (for 2), 2 (for 3): s = (1, 0, 1), n = (1, 1, 1), p = 1/3.
        Map<String, Double> v = compute(new NgtdmFamily(), roi(3, 1, 1, 3, 1, 2, 3));
        assertEquals(1.5, v.get("Coarseness|3D"), EPS); // 1 / (2/3)
        assertEquals(4.0 / 27, v.get("Contrast|3D"), EPS); // (4/3) / (3*2) * (2/3)
        assertEquals(0.25, v.get("Busyness|3D"), EPS); // (2/3) / (8/3)
        assertEquals(2.0, v.get("Complexity|3D"), EPS); // (0.5 + 0.5 + 2 + 2 + 0.5 + 0.5) / 3
        assertEquals(4.0, v.get("Strength|3D"), EPS); // (2/3) * 12 / 2
    }

    @Test
    void emptyRoiGivesNaN() {
        RoiData empty = roi(2, 2, 1, 2, 0, 0, 0, 0);
        for (FeatureFamily family : new FeatureFamily[] {new GlcmFamily(), new GlrlmFamily(), new GlszmFamily(),
            new GldzmFamily(), new NgtdmFamily(), new NgldmFamily()}) {
            Map<String, Double> v = compute(family, empty);
            assertTrue(!v.isEmpty() && v.values().stream().allMatch(x -> Double.isNaN(x)), family.name());
        }
    }

    @Test
    void greyLevelOutsideRangeIsRejected() {
        RoiData bad = roi(2, 1, 1, 2, 1, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new GlcmFamily().compute(bad, FeatureSettings.defaults(), (f, a, x) -> {}));
        assertTrue(e.getMessage().contains("grey level 3"), e.getMessage());
    }
}
