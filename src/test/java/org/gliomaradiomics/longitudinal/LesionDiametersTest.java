package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/**
 * Diameters on hand-made label maps. Convention: voxels are squares, the longest diameter joins two square
 * corners, the perpendicular diameter is the width orthogonal to it. For an a × b mm rectangle the longest is the
 * diagonal √(a² + b²) and the width orthogonal to the diagonal is 2ab / √(a² + b²), so the product is 2ab.
 */
class LesionDiametersTest {

    /** Label map with rectangles {x0, y0, widthVoxels, heightVoxels} of label 4 on slice z. */
    static Volume rectangles(Geometry g, int z, int[]... rects) {
        double[] v = new double[(int) g.voxelCount()];
        for (int[] r : rects)
            for (int y = r[1]; y < r[1] + r[3]; y++)
                for (int x = r[0]; x < r[0] + r[2]; x++) v[g.index(x, y, z)] = 4;
        return new Volume(g, v, DataType.UINT8);
    }

    static int[] labels(Volume v) {
        int[] l = new int[v.voxels().length];
        for (int i = 0; i < l.length; i++) l[i] = v.voxels()[i] == 4 ? 1 : 0;
        return l;
    }

    @Test
    void rectangle20x12mmGivesDiagonalAndWidthOrthogonalToIt() {
        double diagonal = Math.sqrt(20 * 20 + 12 * 12); // 23.3238
        double width = 2 * 20 * 12 / diagonal;          // 20.5798
        for (double[] spacing : new double[][] {{1, 1}, {2, 2}, {1, 2}, {0.5, 1}}) {
            Geometry g = Geometry.of(60, 40, 3, spacing[0], spacing[1], 3);
            int wx = (int) Math.round(20 / spacing[0]), hy = (int) Math.round(12 / spacing[1]);
            Bidimensional b = LesionDiameters.measure(labels(rectangles(g, 1, new int[] {3, 4, wx, hy})), 1, g);
            assertEquals(diagonal, b.longestMm(), 1e-9, "longest at spacing " + spacing[0] + "x" + spacing[1]);
            assertEquals(width, b.perpendicularMm(), 1e-9, "perpendicular at spacing " + spacing[0] + "x" + spacing[1]);
            assertEquals(1, b.slice());
            assertEquals(480, b.product(), 1e-9);
        }
    }

    @Test
    void singleVoxelIsItsSquare() {
        Geometry g = Geometry.of(5, 5, 1, 2, 2, 2);
        Bidimensional b = LesionDiameters.measure(labels(rectangles(g, 0, new int[] {2, 2, 1, 1})), 1, g);
        assertEquals(2 * Math.sqrt(2), b.longestMm(), 1e-12);
        assertEquals(2 * Math.sqrt(2), b.perpendicularMm(), 1e-12);
    }

    @Test
    void concaveAndHollowShapesUseTheirHull() {
        // a 20 x 20 mm square ring (hole 10 x 10): the hole does not change the diameters
        Geometry g = Geometry.of(30, 30, 1, 1, 1, 1);
        double[] v = new double[900];
        for (int y = 5; y < 25; y++)
            for (int x = 5; x < 25; x++) if (!(x >= 10 && x < 20 && y >= 10 && y < 20)) v[g.index(x, y, 0)] = 4;
        Bidimensional b = LesionDiameters.measure(labels(new Volume(g, v, DataType.UINT8)), 1, g);
        assertEquals(20 * Math.sqrt(2), b.longestMm(), 1e-9);
        assertEquals(20 * Math.sqrt(2), b.perpendicularMm(), 1e-9);
        // an L of two 20 x 4 mm bars, hull (0,0) (20,0) (20,4) (4,20) (0,20): longest (20,0)-(0,20) = 20√2
        double[] l = new double[900];
        for (int y = 0; y < 20; y++) for (int x = 0; x < 4; x++) l[g.index(x + 5, y + 5, 0)] = 4;
        for (int y = 0; y < 4; y++) for (int x = 0; x < 20; x++) l[g.index(x + 5, y + 5, 0)] = 4;
        Bidimensional bl = LesionDiameters.measure(labels(new Volume(g, l, DataType.UINT8)), 1, g);
        assertEquals(20 * Math.sqrt(2), bl.longestMm(), 1e-9);
        // width along (1,1)/√2: projections 0 for (0,0) and 24/√2 for the bar ends (20,4) and (4,20): 16.97
        assertEquals(24 / Math.sqrt(2), bl.perpendicularMm(), 1e-9);
    }

    @Test
    void theSliceWithTheLongestDiameterIsChosen() {
        Geometry g = Geometry.of(40, 40, 3, 1, 1, 2);
        double[] v = new double[(int) g.voxelCount()];
        for (int z = 0; z < 3; z++) {
            int side = z == 1 ? 16 : 10; // a 3D lesion, widest on the middle slice
            for (int y = 0; y < side; y++) for (int x = 0; x < side; x++) v[g.index(x + 5, y + 5, z)] = 4;
        }
        Bidimensional b = LesionDiameters.measure(labels(new Volume(g, v, DataType.UINT8)), 1, g);
        assertEquals(1, b.slice());
        assertEquals(16 * Math.sqrt(2), b.longestMm(), 1e-9);
    }

    /**
     * The corner convention circumscribes the pixel staircase, so a digital disk measures slightly more than its
     * diameter: within one voxel diagonal.
     */
    @Test
    void diskOfRadius10mmMeasures20mmWithinOneVoxelDiagonal() {
        Geometry g = Geometry.of(60, 60, 1, 0.5, 0.5, 1);
        double[] v = new double[3600];
        for (int y = 0; y < 60; y++)
            for (int x = 0; x < 60; x++) if (Math.hypot((x - 29.5) * 0.5, (y - 29.5) * 0.5) <= 10) v[g.index(x, y, 0)] = 4;
        Bidimensional b = LesionDiameters.measure(labels(new Volume(g, v, DataType.UINT8)), 1, g);
        assertEquals(20, b.longestMm(), 0.5 * Math.sqrt(2));
        assertEquals(20, b.perpendicularMm(), 0.5 * Math.sqrt(2));
    }

    @Test
    void spdSumsTheLargestMeasurableLesionsUpToTheSetting() {
        // products are 2ab for a x b rectangles: 20x12 -> 480, 16x12 -> 384, 12x12 -> 288, 10x10 -> 200;
        // 20x4 has a width of 2*80/20.4 = 7.8 mm: not measurable
        Geometry g = Geometry.of(100, 60, 3, 1, 1, 1);
        Volume v = rectangles(g, 1, new int[] {2, 2, 20, 12}, new int[] {30, 2, 16, 12}, new int[] {55, 2, 12, 12}, new int[] {75, 2, 10, 10},
            new int[] {2, 30, 20, 4});
        LongitudinalSettings s = new LongitudinalSettings();
        ScanMeasurement m = ScanMeasurer.measure(v, s);
        assertEquals(5, m.lesions().size());
        assertEquals(4, m.measurableCount());
        assertEquals(480 + 384 + 288, m.spdMm2(), 1e-9);
        assertEquals(240 + 192 + 144 + 100 + 80, m.etVolumeMm3(), 1e-9);
        assertFalse(m.lesions().get(4).measurable());
        s.maxTargetLesions = 4;
        assertEquals(480 + 384 + 288 + 200, ScanMeasurer.measure(v, s).spdMm2(), 1e-9);
        s.maxTargetLesions = 3;
        s.minMeasurableDiameterMm = 15;
        ScanMeasurement strict = ScanMeasurer.measure(v, s); // 12x12: width 16.97 ok; 10x10: 14.1 no
        assertEquals(3, strict.measurableCount());
        assertTrue(strict.lesions().get(0).measurable());
    }

    @Test
    void subRegionVolumesFollowBratsLabels() {
        Geometry g = Geometry.of(10, 10, 10, 1, 1, 2);
        double[] v = new double[1000];
        for (int i = 0; i < 100; i++) v[i] = 1;      // necrosis 100 voxels
        for (int i = 100; i < 250; i++) v[i] = 2;    // oedema 150
        for (int i = 250; i < 300; i++) v[i] = 3;    // enhancing (2023 convention) 50
        ScanMeasurement m = ScanMeasurer.measure(new Volume(g, v, DataType.UINT8), new LongitudinalSettings());
        assertEquals(100, m.etVolumeMm3(), 1e-9);
        assertEquals(200, m.necrosisVolumeMm3(), 1e-9);
        assertEquals(300, m.oedemaVolumeMm3(), 1e-9);
        assertEquals(300, m.tcVolumeMm3(), 1e-9);
        assertEquals(600, m.wtVolumeMm3(), 1e-9);
    }
}
