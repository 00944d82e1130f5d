package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of an exact interpolating cubic B-spline with mirror boundaries. */
class ItkBSplineTest {
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
        ItkBSpline s = new ItkBSpline(v, nx, ny, nz);
        for (int z = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++)
                    assertEquals(v[x + nx * (y + ny * z)], s.evaluate(x, y, z), 1e-7, "at " + x + "," + y + "," + z);
    }

    @Test
    void reproducesLinearRampsInside() {
        int n = 40;
        double[] v = new double[n * n * n];
        for (int z = 0, i = 0; z < n; z++) for (int y = 0; y < n; y++) for (int x = 0; x < n; x++, i++) v[i] = 3 * x - 2 * y + z + 7;
        ItkBSpline s = new ItkBSpline(v, n, n, n);
        // cubic splines reproduce linear functions; the mirror boundary's effect decays by |pole| = 0.268 per
        // sample, so it is below 1e-8 some 18 samples from the border
        assertEquals(3 * 19.3 - 2 * 20.75 + 18.1 + 7, s.evaluate(19.3, 20.75, 18.1), 1e-7);
    }

    @Test
    void constantStaysConstantUpToTheBorder() {
        double[] v = new double[4 * 3 * 1];
        java.util.Arrays.fill(v, 42);
        ItkBSpline s = new ItkBSpline(v, 4, 3, 1);
        assertEquals(42, s.evaluate(-0.4, 2.45, 0), 1e-9);
        assertEquals(42, s.evaluate(1.5, 0.2, 0.3), 1e-9);
    }
}
