package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    @Test
    void ibsiGridIsCentredOnTheOriginalGrid() {
        // 5 voxels of 2 mm -> ceil(10 / 1) = 10 voxels of 1 mm; old centres 0..8 mm (middle 4 mm), new centres
        // -0.5..8.5 mm (middle 4 mm): the new origin is -0.5 mm.
        Geometry g = Resampler.targetGeometry(Geometry.of(5, 4, 3, 2, 2, 3), new double[] {1, 1, 2});
        assertEquals(10, g.nx);
        assertEquals(8, g.ny);
        assertEquals(5, g.nz); // ceil(3 * 3 / 2) = 5
        assertArrayEquals(new double[] {-0.5, -0.5, 3 - 2 * 2.0}, g.origin(), 1e-12); // z: middle 3 mm, 5 voxels of 2 mm
    }

    @Test
    void sameGridReproducesTheImageWithEveryInterpolator() {
        SplittableRandom rnd = new SplittableRandom(5);
        Geometry g = Geometry.of(7, 6, 5, 1.5, 1.5, 2);
        double[] v = new double[(int) g.voxelCount()];
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextDouble() * 100;
        Volume img = new Volume(g, v, DataType.FLOAT64);
        for (Resampler.Interpolator ip : Resampler.Interpolator.values())
            assertArrayEquals(v, whole(img, i -> true, new double[] {1.5, 1.5, 2}, ip).image().voxels(), 1e-9, ip.name());
    }

    @Test
    void linearInterpolatorsReproduceALinearRampInside() {
        Geometry g = Geometry.of(6, 6, 6, 2, 2, 2);
        double[] v = new double[216];
        for (int z = 0, i = 0; z < 6; z++)
            for (int y = 0; y < 6; y++)
                for (int x = 0; x < 6; x++, i++) v[i] = ramp(2 * x, 2 * y, 2 * z);
        Volume out = whole(new Volume(g, v, DataType.FLOAT64), i -> true, new double[] {1, 1, 1}, Resampler.Interpolator.TRILINEAR).image();
        Geometry t = out.geometry();
        for (int z = 1; z < t.nz - 1; z++)
            for (int y = 1; y < t.ny - 1; y++)
                for (int x = 1; x < t.nx - 1; x++) {
                    double[] w = t.world(x, y, z);
                    assertEquals(ramp(w[0], w[1], w[2]), out.get(x, y, z), 1e-9);
                }
    }

    @Test
    void cubicBSplineReproducesACubicAwayFromTheBorder() {
        // Spline interpolation reproduces polynomials up to degree 3; mirror boundaries disturb only the border,
        // with influence decaying as 0.268^k, so the centre of a long line is exact to high precision.
        int n = 60;
        Geometry g = Geometry.of(n, 1, 1, 1, 1, 1);
        double[] v = new double[n];
        for (int x = 0; x < n; x++) v[x] = cubic(x);
        Volume out = whole(new Volume(g, v, DataType.FLOAT64), i -> true, new double[] {0.5, 1, 1}, Resampler.Interpolator.TRICUBIC_BSPLINE).image();
        for (int x = 40; x < 80; x++) {
            double pos = out.geometry().world(x, 0, 0)[0];
            assertEquals(cubic(pos), out.get(x, 0, 0), 1e-6 * Math.abs(cubic(pos)));
        }
    }

    @Test
    void maskIsInterpolatedTrilinearlyAndThresholdedAtOneHalf() {
        // 1D: [0 1 0] at 2 mm -> 6 voxels at 1 mm at old indices -0.25 0.25 0.75 1.25 1.75 2.25 (clamped to 0..2):
        // values 0 0.25 0.75 0.75 0.25 0 -> kept where >= 0.5.
        Geometry src = Geometry.of(3, 1, 1, 2, 2, 2);
        boolean[] roi = {false, true, false};
        Resampler.Resampled r = whole(new Volume(src, new double[3], DataType.FLOAT64), i -> roi[i], new double[] {1, 2, 2}, Resampler.Interpolator.NEAREST);
        assertEquals(Resampler.targetGeometry(src, new double[] {1, 2, 2}).toString(), r.image().geometry().toString());
        assertArrayEquals(new boolean[] {false, false, true, true, false, false}, r.roi());
    }

    /** A label map carried onto a larger grid (correctMask) has no label beyond half a voxel off its own grid, in either scheme. */
    @Test
    void nearestOntoIsZeroOffTheLabelMap() {
        Volume labels = new Volume(Geometry.of(2, 1, 1, 1, 1, 1), new double[] {1, 2}, DataType.UINT8);
        Geometry wider = Geometry.of(4, 1, 1, 1, 1, 1); // voxels 2 and 3 lie 1 and 2 voxels past the map's last one
        for (Resampler.Scheme scheme : Resampler.Scheme.values())
            assertArrayEquals(new double[] {1, 2, 0, 0}, Resampler.nearestOnto(labels, wider, scheme), 0, scheme.name());
    }

    /** The IBSI resampling of the whole image: the part around a ROI box spanning it, with a margin wider than the new grid. */
    private static Resampler.Resampled whole(Volume v, IntPredicate inRoi, double[] spacing, Resampler.Interpolator ip) {
        Geometry g = v.geometry();
        int[] margin = {1000, 1000, 1000};
        return Resampler.aroundRoi(v, inRoi, new int[3], new int[] {g.nx - 1, g.ny - 1, g.nz - 1}, spacing, margin, ip.kind(), Resampler.Scheme.IBSI);
    }

    private static double ramp(double x, double y, double z) {
        return 3 * x + 2 * y - z + 7;
    }

    private static double cubic(double x) {
        return 0.01 * x * x * x - 0.5 * x * x + 2 * x + 3;
    }
}
