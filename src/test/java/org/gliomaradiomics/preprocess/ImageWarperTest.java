package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageWarperTest {
    /** f = 2x + 3y − z + 0.1xy in world mm, on a grid of spacing (1, 2, 1.5) with origin (5, −3, 2). */
    static Volume ramp(boolean bilinearTerm) {
        Geometry g = new Geometry(20, 16, 12, new double[] {1, 2, 1.5}, new double[] {5, -3, 2}, Geometry.identity());
        double[] v = new double[(int) g.voxelCount()];
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) v[i] = f(g.world(x, y, z), bilinearTerm);
        return new Volume(g, v, DataType.FLOAT64);
    }

    static double f(double[] p, boolean bilinearTerm) {
        return 2 * p[0] + 3 * p[1] - p[2] + (bilinearTerm ? 0.1 * p[0] * p[1] : 0);
    }

    /** Trilinear is exact; the B-spline's mirror boundary bends a ramp slightly (≈1e-4 relative here). */
    @ParameterizedTest
    @EnumSource(names = {"LINEAR", "BSPLINE"})
    void reproducesALinearFunctionInsideTheImage(ImageWarper.Interpolation interpolation) {
        Volume in = ramp(false);
        // output: a rotated, shifted 1 mm grid inside the input's field of view
        WorldTransform t = new RigidTransform(0.05, -0.04, 0.2, new double[] {0.3, -0.7, 0.45}, new double[] {15, 12, 10}).toWorldTransform();
        Geometry out = new Geometry(8, 8, 6, new double[] {1, 1, 1}, new double[] {11, 9, 7}, Geometry.identity());
        Volume r = ImageWarper.warp(in, out, t, interpolation, Double.NaN);
        for (int z = 0; z < out.nz; z++)
            for (int y = 0; y < out.ny; y++)
                for (int x = 0; x < out.nx; x++)
                    assertEquals(f(t.apply(out.world(x, y, z)), false), r.get(x, y, z), interpolation == ImageWarper.Interpolation.LINEAR ? 1e-9 : 1e-2);
    }

    @Test
    void bsplineIsExactOnGridPointsAndLinearIsNotBetweenThemForCurvedFunctions() {
        Volume in = ramp(true);
        Geometry g = in.geometry();
        Volume same = ImageWarper.warp(in, g, WorldTransform.identity(), ImageWarper.Interpolation.BSPLINE, 0);
        for (int i = 0; i < in.voxels().length; i += 37) assertEquals(in.voxels()[i], same.voxels()[i], 1e-9);
        // half a voxel along x and y: the bilinear term is reproduced by trilinear interpolation exactly, so check
        // a half-voxel shift against the analytic value for both.
        WorldTransform shift = WorldTransform.of(org.gliomaradiomics.image.Geometry.identity(), new double[] {0.5, 1, 0});
        Volume lin = ImageWarper.warp(in, g, shift, ImageWarper.Interpolation.LINEAR, 0);
        assertEquals(f(shift.apply(g.world(5, 5, 5)), true), lin.get(5, 5, 5), 1e-9);
    }

    @Test
    void nearestKeepsLabelsAndOutsideGetsTheDefault() {
        Geometry g = Geometry.of(4, 1, 1, 1, 1, 1);
        Volume labels = new Volume(g, new double[] {0, 1, 4, 4}, DataType.UINT8);
        WorldTransform shift = WorldTransform.of(Geometry.identity(), new double[] {1.4, 0, 0});
        Volume r = ImageWarper.warpLabels(labels, g, shift);
        assertEquals(1, r.get(0, 0, 0)); // 1.4 -> index 1
        assertEquals(4, r.get(1, 0, 0));
        assertEquals(4, r.get(2, 0, 0)); // 3.4 is inside the last voxel's half width
        assertEquals(0, r.get(3, 0, 0)); // 4.4: outside
        assertEquals(DataType.UINT8, r.type());
    }
}
