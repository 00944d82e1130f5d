package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/**
 * Diameters on hand-made label maps. Pixel-corner outline: voxels are squares, the longest diameter joins two square
 * corners, the perpendicular diameter is the width orthogonal to it. For an a × b mm rectangle the longest is the
 * diagonal √(a² + b²) and the width orthogonal to the diagonal is 2ab / √(a² + b²), so the product is 2ab. Smooth
 * outline: digitised ellipses against their analytic axes.
 */
class LesionDiametersTest {
    private static final LesionDiameters.Outline CORNERS = LesionDiameters.Outline.PIXEL_CORNERS;
    private static final LesionDiameters.Outline SMOOTH = LesionDiameters.Outline.SMOOTH;

    /** An ellipse with semi-axes a, b mm rotated by theta, centred at (cx, cy) mm, as label 1 of pixels whose centre is inside. */
    static int[] ellipse(Geometry g, double a, double b, double theta, double cx, double cy) {
        int[] l = new int[(int) g.voxelCount()];
        double c = Math.cos(theta), s = Math.sin(theta);
        for (int y = 0; y < g.ny; y++)
            for (int x = 0; x < g.nx; x++) {
                double dx = x * g.spacing(0) - cx, dy = y * g.spacing(1) - cy;
                double u = c * dx + s * dy, v = -s * dx + c * dy;
                if (u * u / (a * a) + v * v / (b * b) <= 1) l[g.index(x, y, 0)] = 1;
            }
        return l;
    }

    /**
     * Ellipses of 30 x 18 mm at 2 mm pixels, at 40 random angles and sub-pixel positions: with the smooth outline both
     * diameters are within one pixel every time and nearly unbiased on average; the pixel corners overestimate both
     * (each row's end sits up to half a pixel outside the boundary, and the hull keeps the most outlying ones).
     */
    @Test
    void smoothOutlineMeasuresDigitisedEllipsesWithinOnePixelAndWithoutBias() {
        Geometry g = Geometry.of(40, 40, 1, 2, 2, 2);
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double smoothLong = 0, smoothPerp = 0, cornerLong = 0, cornerPerp = 0;
        int n = 40;
        for (int k = 0; k < n; k++) {
            int[] l = ellipse(g, 15, 9, random.nextDouble() * Math.PI, 39 + random.nextDouble() * 2, 39 + random.nextDouble() * 2);
            Bidimensional smooth = LesionDiameters.measure(l, 1, g, SMOOTH), corners = LesionDiameters.measure(l, 1, g, CORNERS);
            assertEquals(30, smooth.longestMm(), 2, "longest, ellipse " + k);
            assertEquals(18, smooth.perpendicularMm(), 2, "perpendicular, ellipse " + k);
            smoothLong += (smooth.longestMm() - 30) / n;
            smoothPerp += (smooth.perpendicularMm() - 18) / n;
            cornerLong += (corners.longestMm() - 30) / n;
            cornerPerp += (corners.perpendicularMm() - 18) / n;
        }
        // A residual ripple of the outline (about 0.1 pixel) still biases extremes a little: within a third of a pixel.
        assertEquals(0, smoothLong, 0.7, "mean error of the longest diameter");
        assertEquals(0, smoothPerp, 0.7, "mean error of the perpendicular diameter");
        assertTrue(cornerLong > 1 && cornerPerp > 1.5, "pixel corners: " + cornerLong + ", " + cornerPerp);
    }

    @Test
    void smoothOutlineOfALargeFinelySampledDiskIsItsDiameter() {
        Geometry g = Geometry.of(60, 60, 1, 0.5, 0.5, 1);
        Bidimensional b = LesionDiameters.measure(ellipse(g, 10, 10, 0, 14.75, 14.75), 1, g, SMOOTH);
        assertEquals(20, b.longestMm(), 0.25);
        assertEquals(20, b.perpendicularMm(), 0.25);
    }

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
            Bidimensional b = LesionDiameters.measure(labels(rectangles(g, 1, new int[] {3, 4, wx, hy})), 1, g, CORNERS);
            assertEquals(diagonal, b.longestMm(), 1e-9, "longest at spacing " + spacing[0] + "x" + spacing[1]);
            assertEquals(width, b.perpendicularMm(), 1e-9, "perpendicular at spacing " + spacing[0] + "x" + spacing[1]);
            assertEquals(1, b.slice());
            assertEquals(480, b.product(), 1e-9);
        }
    }

    @Test
    void singleVoxelIsItsSquare() {
        Geometry g = Geometry.of(5, 5, 1, 2, 2, 2);
        Bidimensional b = LesionDiameters.measure(labels(rectangles(g, 0, new int[] {2, 2, 1, 1})), 1, g, CORNERS);
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
        Bidimensional b = LesionDiameters.measure(labels(new Volume(g, v, DataType.UINT8)), 1, g, CORNERS);
        assertEquals(20 * Math.sqrt(2), b.longestMm(), 1e-9);
        assertEquals(20 * Math.sqrt(2), b.perpendicularMm(), 1e-9);
        // an L of two 20 x 4 mm bars, hull (0,0) (20,0) (20,4) (4,20) (0,20): longest (20,0)-(0,20) = 20√2
        double[] l = new double[900];
        for (int y = 0; y < 20; y++) for (int x = 0; x < 4; x++) l[g.index(x + 5, y + 5, 0)] = 4;
        for (int y = 0; y < 4; y++) for (int x = 0; x < 20; x++) l[g.index(x + 5, y + 5, 0)] = 4;
        Bidimensional bl = LesionDiameters.measure(labels(new Volume(g, l, DataType.UINT8)), 1, g, CORNERS);
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
        Bidimensional b = LesionDiameters.measure(labels(new Volume(g, v, DataType.UINT8)), 1, g, CORNERS);
        assertEquals(1, b.slice());
        assertEquals(1, LesionDiameters.measure(labels(new Volume(g, v, DataType.UINT8)), 1, g, SMOOTH).slice());
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
        Bidimensional b = LesionDiameters.measure(labels(new Volume(g, v, DataType.UINT8)), 1, g, CORNERS);
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
        LongitudinalSettings s = LongitudinalSettings.builder()
            .diameterOutline(CORNERS)
            .build();
        ScanMeasurement m = ScanMeasurer.measure(v, s);
        assertEquals(5, m.lesions().size());
        assertEquals(4, m.measurableCount());
        assertEquals(480 + 384 + 288, m.spdMm2(), 1e-9);
        assertEquals(240 + 192 + 144 + 100 + 80, m.etVolumeMm3(), 1e-9);
        assertFalse(m.lesions().get(4).measurable());
        s = s.toBuilder().maxTargetLesions(4).build();
        assertEquals(480 + 384 + 288 + 200, ScanMeasurer.measure(v, s).spdMm2(), 1e-9);
        s = s.toBuilder().maxTargetLesions(3).minMeasurableDiameterMm(15).build();
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
        ScanMeasurement m = ScanMeasurer.measure(new Volume(g, v, DataType.UINT8), LongitudinalSettings.defaults());
        assertEquals(100, m.etVolumeMm3(), 1e-9);
        assertEquals(200, m.necrosisVolumeMm3(), 1e-9);
        assertEquals(300, m.oedemaVolumeMm3(), 1e-9);
        assertEquals(300, m.tcVolumeMm3(), 1e-9);
        assertEquals(600, m.wtVolumeMm3(), 1e-9);
    }
}
