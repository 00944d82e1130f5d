package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.*;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Connectivity;
import org.junit.jupiter.api.Test;

class RegionGrowingTest {
    private static final SyntheticCase CASE = SyntheticCase.generate(3, SyntheticCaseTest.SIZE, SyntheticCaseTest.SPACING, null);

    @Test
    void fixedRangeOnT2FromTheCentreFindsTheWholeTumour() {
        int[] c = CASE.tumourCentre();
        Volume t2 = CASE.sequences().get("T2");
        // T2: brain tissue 500-700, every tumour class 1100-1500 (±10 % bias, 3 % noise)
        RegionGrowing.Result r = RegionGrowing.grow(t2, RegionGrowing.Settings.builder().seed(c[0], c[1], c[2]).range(930, 1e9).build());
        boolean[] truth = BratsRegions.region(CASE.labels(), BratsRegions.Region.WHOLE_TUMOUR);
        double dice = OverlapMetrics.compute(r.mask, truth, t2.geometry()).dice;
        assertTrue(dice >= 0.9, "whole tumour Dice " + dice);
    }

    @Test
    void confidenceConnectedOnT2FindsTheNecroticCore() {
        int[] c = CASE.tumourCentre();
        Volume t2 = CASE.sequences().get("T2");
        Geometry g = t2.geometry();
        RegionGrowing.Result r = RegionGrowing.grow(t2, RegionGrowing.Settings.builder()
            .seedWorld(g, g.world(c[0], c[1], c[2])).confidence(2.5, 4, 1).connectivity(Connectivity.SIX).build());
        boolean[] necrosis = CASE.labels().maskOf(1);
        double dice = OverlapMetrics.compute(r.mask, necrosis, g).dice;
        assertTrue(dice >= 0.7, "necrosis Dice " + dice + ", range [" + r.lower + ", " + r.upper + "]");
        assertTrue(r.lower > 1200 && r.upper < 1800, "range [" + r.lower + ", " + r.upper + "]");
    }

    @Test
    void maximumRadiusBoundsTheRegion() {
        int[] c = CASE.tumourCentre();
        Volume t2 = CASE.sequences().get("T2");
        Geometry g = t2.geometry();
        RegionGrowing.Result r = RegionGrowing.grow(t2, RegionGrowing.Settings.builder().seed(c[0], c[1], c[2]).range(0, 1e9).maxRadiusMm(3).build());
        for (int z = 0; z < g.nz; z++) for (int y = 0; y < g.ny; y++) for (int x = 0; x < g.nx; x++) {
            double dx = (x - c[0]) * g.spacing(0), dy = (y - c[1]) * g.spacing(1), dz = (z - c[2]) * g.spacing(2);
            assertEquals(dx * dx + dy * dy + dz * dz <= 9, r.mask[g.index(x, y, z)]);
        }
        assertThrows(IllegalArgumentException.class, () -> RegionGrowing.grow(t2, RegionGrowing.Settings.builder().seed(99, 0, 0).build()));
    }
}
