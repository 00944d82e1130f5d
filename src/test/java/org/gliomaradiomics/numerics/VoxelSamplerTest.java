package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the exact interpolating cubic B-spline with mirror boundaries (ITK's rounding, as PyRadiomics
 * resamples), and of the trilinear interpolators. */
class VoxelSamplerTest {
    private static VoxelSampler itkSpline(double[] v, int nx, int ny, int nz) {
        return new VoxelSampler(CubicBSpline.coefficients(v, nx, ny, nz, CubicBSpline.Variant.ITK), nx, ny, nz, CubicBSpline.Variant.ITK);
    }

    private static double[] random(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextInt(2000) - 500;
        return v;
    }

    @Test
    void reproducesTheSamplesAtGridPoints() {
        int nx = 7, ny = 5, nz = 30; // nz > 18 exercises the truncated causal initialisation, the others the full one
        double[] v = random(nx * ny * nz, 1);
        VoxelSampler s = itkSpline(v, nx, ny, nz);
        for (int z = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++)
                    assertEquals(v[x + nx * (y + ny * z)], s.bspline(x, y, z, Double.NaN), 1e-7, "at " + x + "," + y + "," + z);
    }

    @Test
    void reproducesLinearRampsInside() {
        int n = 40;
        double[] v = new double[n * n * n];
        for (int z = 0, i = 0; z < n; z++) for (int y = 0; y < n; y++) for (int x = 0; x < n; x++, i++) v[i] = 3 * x - 2 * y + z + 7;
        VoxelSampler s = itkSpline(v, n, n, n);
        // cubic splines reproduce linear functions; the mirror boundary's effect decays by |pole| = 0.268 per
        // sample, so it is below 1e-8 some 18 samples from the border
        assertEquals(3 * 19.3 - 2 * 20.75 + 18.1 + 7, s.bspline(19.3, 20.75, 18.1, Double.NaN), 1e-7);
    }

    @Test
    void constantStaysConstantUpToTheBorder() {
        double[] v = new double[4 * 3 * 1];
        java.util.Arrays.fill(v, 42);
        VoxelSampler s = itkSpline(v, 4, 3, 1);
        assertEquals(42, s.bspline(-0.4, 2.45, 0, Double.NaN), 1e-9);
        assertEquals(42, s.bspline(1.5, 0.2, 0.3, Double.NaN), 1e-9);
    }

    /** Both trilinear roundings reproduce a linear ramp, clamp beyond the outer centres, and give the outside value
     * more than half a voxel out; nearest rounds half up. */
    @Test
    void trilinearAndNearest() {
        int nx = 5, ny = 4, nz = 3;
        double[] v = new double[nx * ny * nz];
        for (int z = 0, i = 0; z < nz; z++) for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++, i++) v[i] = 3 * x - 2 * y + z;
        VoxelSampler s = new VoxelSampler(v, nx, ny, nz), itk = new VoxelSampler(v, nx, ny, nz, CubicBSpline.Variant.ITK);
        double expected = 3 * 1.25 - 2 * 2.5 + 0.75;
        assertEquals(expected, s.linear(1.25, 2.5, 0.75, -1), 1e-12);
        assertEquals(expected, itk.linear(1.25, 2.5, 0.75, -1), 1e-12);
        assertEquals(3 * 4 - 2 * 0 + 2, s.linear(4.3, -0.2, 2.4, -1), 1e-12);
        assertEquals(3 * 4 - 2 * 0 + 2, itk.linear(4.3, -0.2, 2.4, -1), 1e-12);
        assertEquals(-1, s.linear(4.6, 0, 0, -1));
        assertEquals(-1, s.nearest(0, -0.6, 0, -1));
        assertEquals(3 * 2 - 2 * 1 + 1, s.nearest(1.5, 1.49, 0.5, -1));
    }
}
