package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.*;

import org.gliomaradiomics.image.Geometry;
import org.junit.jupiter.api.Test;

class OverlapMetricsTest {
    private static boolean[] box(Geometry g, int x0, int x1, int y0, int y1, int z0, int z1) {
        boolean[] m = new boolean[(int) g.voxelCount()];
        for (int z = z0; z <= z1; z++) for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) m[g.index(x, y, z)] = true;
        return m;
    }

    @Test
    void twoOverlappingBoxes() {
        Geometry g = Geometry.of(30, 20, 20, 1, 1, 2);
        boolean[] a = box(g, 2, 11, 2, 11, 2, 11);  // 1000 voxels
        boolean[] b = box(g, 7, 16, 2, 11, 2, 11);  // 1000 voxels, 500 shared
        OverlapMetrics.Overlap o = OverlapMetrics.compute(a, b, g);
        assertEquals(500, o.intersectionVoxels);
        assertEquals(0.5, o.dice, 1e-12);
        assertEquals(1.0 / 3, o.jaccard, 1e-12);
        assertEquals(0.5, o.sensitivity, 1e-12);
        assertEquals(0.5, o.precision, 1e-12);
        assertEquals(2000, o.testVolumeMm3, 1e-9);
        assertEquals(0, o.volumeDifferenceMm3, 1e-9);
        // the x=2 face of A is 5 mm from B's surface (its x=7 face); nothing is farther
        assertEquals(5, o.hausdorffMm, 1e-12);
    }

    @Test
    void twoSingleVoxels() {
        Geometry g = Geometry.of(10, 10, 10, 0.5, 1, 3);
        boolean[] a = box(g, 1, 1, 1, 1, 1, 1), b = box(g, 4, 4, 5, 5, 2, 2);
        double d = Math.sqrt(1.5 * 1.5 + 4 * 4 + 3 * 3);
        OverlapMetrics.Overlap o = OverlapMetrics.compute(a, b, g);
        assertEquals(0, o.dice);
        assertEquals(d, o.hausdorffMm, 1e-12);
        assertEquals(d, o.hausdorff95Mm, 1e-12);
        assertEquals(d, o.averageSymmetricSurfaceDistanceMm, 1e-12);
    }

    @Test
    void spheresOffsetByKnownDistance() {
        Geometry g = Geometry.of(48, 48, 24, 1, 1, 2);
        double offset = 4; // mm along z = 2 slices
        boolean[] a = sphere(g, 24, 24, 20, 12), b = sphere(g, 24, 24, 20 + offset, 12);
        OverlapMetrics.Overlap o = OverlapMetrics.compute(a, b, g);
        assertEquals(offset, o.hausdorffMm, 0.5);
        assertTrue(o.hausdorff95Mm <= o.hausdorffMm + 1e-12);
        assertTrue(o.averageSymmetricSurfaceDistanceMm > 0 && o.averageSymmetricSurfaceDistanceMm < offset);
        // identical masks: zero distances
        OverlapMetrics.Overlap same = OverlapMetrics.compute(a, a, g);
        assertEquals(1, same.dice);
        assertEquals(0, same.hausdorffMm);
        assertEquals(0, same.hausdorff95Mm);
    }

    @Test
    void perLabelAndBratsRegions() {
        Geometry g = Geometry.of(6, 1, 1, 1, 1, 1);
        org.gliomaradiomics.image.Volume test = new org.gliomaradiomics.image.Volume(g, new double[] {0, 1, 1, 2, 4, 4}, org.gliomaradiomics.image.DataType.UINT8);
        org.gliomaradiomics.image.Volume ref = new org.gliomaradiomics.image.Volume(g, new double[] {1, 1, 2, 2, 2, 4}, org.gliomaradiomics.image.DataType.UINT8);
        java.util.Map<Integer, OverlapMetrics.Overlap> m = OverlapMetrics.perLabel(test, ref);
        assertEquals(java.util.List.of(1, 2, 4), new java.util.ArrayList<>(m.keySet()));
        assertEquals(2.0 * 1 / (2 + 2), m.get(1).dice, 1e-12);  // {1,2} vs {0,1}
        assertEquals(2.0 * 1 / (1 + 3), m.get(2).dice, 1e-12);  // {3} vs {2,3,4}
        assertEquals(2.0 * 1 / (2 + 1), m.get(4).dice, 1e-12);  // {4,5} vs {5}
        java.util.Map<BratsRegions.Region, OverlapMetrics.Overlap> r = OverlapMetrics.bratsRegions(test, ref, null);
        assertEquals(2.0 * 5 / (5 + 6), r.get(BratsRegions.Region.WHOLE_TUMOUR).dice, 1e-12);
        assertEquals(2.0 * 2 / (4 + 3), r.get(BratsRegions.Region.TUMOUR_CORE).dice, 1e-12); // {1,2,4,5} vs {0,1,5}
    }

    @Test
    void percentileLikeNumpy() {
        // numpy.percentile([1, 2, 3, 4, 10], 95) = 8.8
        assertEquals(8.8, OverlapMetrics.percentile(new double[] {1, 2, 3, 4, 10}, 95), 1e-12);
    }

    @Test
    void emptyMasks() {
        Geometry g = Geometry.of(5, 5, 5, 1, 1, 1);
        boolean[] empty = new boolean[125], one = box(g, 2, 2, 2, 2, 2, 2);
        OverlapMetrics.Overlap both = OverlapMetrics.compute(empty, empty, g);
        assertEquals(1, both.dice);
        assertEquals(1, both.jaccard);
        assertTrue(Double.isNaN(both.hausdorffMm));
        assertTrue(Double.isNaN(both.sensitivity));
        OverlapMetrics.Overlap missed = OverlapMetrics.compute(empty, one, g);
        assertEquals(0, missed.dice);
        assertEquals(0, missed.sensitivity);
        assertTrue(Double.isNaN(missed.precision));
        assertTrue(Double.isNaN(missed.hausdorff95Mm));
        assertEquals(-1, missed.relativeVolumeDifference, 1e-12);
    }

    static boolean[] sphere(Geometry g, double cxMm, double cyMm, double czMm, double rMm) {
        boolean[] m = new boolean[(int) g.voxelCount()];
        for (int z = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++) {
                    double dx = x * g.spacing(0) - cxMm, dy = y * g.spacing(1) - cyMm, dz = z * g.spacing(2) - czMm;
                    m[g.index(x, y, z)] = dx * dx + dy * dy + dz * dz <= rMm * rMm;
                }
        return m;
    }
}
