package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.gliomaradiomics.numerics.CubicBSpline.Variant;
import org.junit.jupiter.api.Test;

/** The prefilter against the interpolation condition it must solve, in all three roundings. */
class CubicBSplineTest {
    /**
     * Mirror-boundary coefficients solve (c[i-1] + 4c[i] + c[i+1]) / 6 = f[i] with c[-1] = c[1], c[n] = c[n-2]:
     * f = [1, 0] gives 4c0 + 2c1 = 6, 2c0 + 4c1 = 0, so c = [2, -1]; f = [0, 6, 0] gives c = [-6, 12, -6].
     */
    @Test
    void prefilterSolvesTheMirrorSystemByHand() {
        for (Variant c : Variant.values()) {
            double[] a = {1, 0};
            CubicBSpline.prefilter(a, c);
            assertArrayEquals(new double[] {2, -1}, a, 1e-14, c.name());
            double[] b = {0, 6, 0};
            CubicBSpline.prefilter(b, c);
            assertArrayEquals(new double[] {-6, 12, -6}, b, 1e-13, c.name());
            double[] constant = {5, 5, 5, 5, 5};
            CubicBSpline.prefilter(constant, c);
            assertArrayEquals(new double[] {5, 5, 5, 5, 5}, constant, 1e-14, c.name());
        }
    }

    /** Short lines (exact start) and long ones (truncated start: 30 terms, ITK's 18 at tolerance 1e-10). */
    @Test
    void coefficientsReproduceTheSamples() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (Variant c : Variant.values())
            for (int n : new int[] {4, 17, 18, 19, 29, 30, 31, 80}) {
                double[] f = new double[n];
                for (int i = 0; i < n; i++) f[i] = 100 * rnd.nextDouble();
                double[] k = f.clone();
                CubicBSpline.prefilter(k, c);
                for (int i = 0; i < n; i++) {
                    int l = BorderExtension.MIRROR_SINGLE.index(i - 1, n), r = BorderExtension.MIRROR_SINGLE.index(i + 1, n);
                    assertEquals(f[i], (k[l] + 4 * k[i] + k[r]) / 6, c == Variant.ITK ? 1e-7 : 1e-11, c + " n=" + n + " i=" + i);
                }
            }
    }

    /** A 3D spline passes through the voxel values and, far from the mirrored borders (the boundary's effect decays
     * by |z| = 0.268 per sample), reproduces a linear ramp between them. */
    @Test
    void volumeSplineInterpolatesAndKeepsLinearRamps() {
        int nx = 40, ny = 41, nz = 36;
        double[] v = new double[nx * ny * nz];
        for (int z = 0, i = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, i++) v[i] = 2 * x - 3 * y + 0.5 * z + 7;
        double[] c = CubicBSpline.coefficients(v, nx, ny, nz, Variant.MIRROR);
        VoxelSampler s = new VoxelSampler(c, nx, ny, nz);
        assertEquals(v[3 + nx * (2 + ny * 1)], s.bspline(3, 2, 1, Double.NaN), 1e-9);
        assertEquals(2 * 19.25 - 3 * 20.5 + 0.5 * 17.75 + 7, s.bspline(19.25, 20.5, 17.75, Double.NaN), 1e-8);
    }

    @Test
    void weightsAndKernelAreTheCubicBSpline() {
        double[] w = new double[4];
        CubicBSpline.weights(0.5, w, 0);
        assertArrayEquals(new double[] {1 / 48.0, 23 / 48.0, 23 / 48.0, 1 / 48.0}, w, 1e-15);
        assertEquals(4 / 6.0, CubicBSpline.kernel(0), 1e-15);
        assertEquals(1 / 6.0, CubicBSpline.kernel(-1), 1e-15);
        assertEquals(0, CubicBSpline.kernel(2), 0);
    }
}
