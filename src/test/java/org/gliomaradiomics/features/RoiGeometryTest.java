package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shared ROI box and principal axes against hand calculations. */
class RoiGeometryTest {
    @Test
    void grownBoxIsClampedOrTakesTheWholeAxisAtTheEdge() {
        int[] dims = {10, 8, 6};
        boolean[] mask = new boolean[10 * 8 * 6];
        mask[4 + 10 * (3 + 8 * 2)] = mask[6 + 10 * (4 + 8 * 2)] = true; // x 4..6, y 3..4, z 2..2
        RoiBox box = new RoiBox(mask, 10, 8, 6);
        RoiBox clamped = box.grown(new int[] {2, 4, 1}, dims, false);
        assertArrayEquals(new int[] {2, 0, 1}, clamped.lo);
        assertArrayEquals(new int[] {8, 7, 3}, clamped.hi);
        RoiBox whole = box.grown(new int[] {2, 3, 1}, dims, true); // y: 0..7 reaches both edges, z: 1..3 neither
        assertArrayEquals(new int[] {2, 0, 1}, whole.lo);
        assertArrayEquals(new int[] {8, 7, 3}, whole.hi);
        assertTrue(whole.spansWhole(1, dims));
        assertEquals(2, whole.count);
        RoiBox edge = box.grown(new int[] {4, 0, 0}, dims, true); // x: 0..10 would reach the edge: 0..9
        assertArrayEquals(new int[] {0, 9}, new int[] {edge.lo[0], edge.hi[0]});
        double[] image = new double[mask.length];
        for (int i = 0; i < image.length; i++) image[i] = i;
        assertArrayEquals(new double[] {4 + 10 * (3 + 8 * 2), 5 + 10 * (3 + 8 * 2), 6 + 10 * (3 + 8 * 2),
            4 + 10 * (4 + 8 * 2), 5 + 10 * (4 + 8 * 2), 6 + 10 * (4 + 8 * 2)}, box.crop(image, 10, 8), 0.0);
    }

    @Test
    void principalVariancesOfALineAndAnLShape() {
        // three voxels along x, 2 mm apart: deviations -2, 0, 2 mm; variance 8/3 (N) or 4 (N - 1), none across
        RoiData line = RoiData.cropToMask(new double[3], new boolean[] {true, true, true}, new int[] {3, 1, 1}, new double[] {2, 1, 1});
        assertArrayEquals(new double[] {0, 0, 8.0 / 3}, PrincipalAxes.variances(line, new int[] {0, 1, 2}, false), 1e-14);
        assertArrayEquals(new double[] {0, 0, 4}, PrincipalAxes.variances(line, new int[] {2, 1, 0}, true), 1e-14);
        // (0,0), (1,0), (0,1) in a 2 x 2 plane, 1 mm: covariance [[2/9, -1/9], [-1/9, 2/9]], eigenvalues 1/9 and 3/9
        RoiData l = RoiData.cropToMask(new double[4], new boolean[] {true, true, true, false}, new int[] {2, 2, 1}, new double[] {1, 1, 1});
        assertArrayEquals(new double[] {1.0 / 9, 3.0 / 9}, PrincipalAxes.variances(l, new int[] {1, 0}, false), 1e-14);
        assertTrue(Double.isNaN(PrincipalAxes.variances(RoiData.cropToMask(new double[1], new boolean[] {true}, new int[] {1, 1, 1},
            new double[] {1, 1, 1}), new int[] {0, 1, 2}, true)[0]));
    }

    @Test
    void principalVariancesOfABlockAndATiltedLineIn3d() {
        // solid 4 x 3 x 2 block, spacing (1, 2, 3) mm: independent axes, population variance s^2 (n^2 - 1) / 12
        RoiData block = RoiData.cropToMask(new double[24], filled(24), new int[] {4, 3, 2}, new double[] {1, 2, 3});
        assertArrayEquals(new double[] {15.0 / 12, 3 * 9 / 12.0, 8 * 4 / 12.0}, PrincipalAxes.variances(block, new int[] {0, 1, 2}, false), 1e-13);
        // voxels (k, 2k, 3k), k = 0..4, spacing (1, 0.5, 2): centres (k, k, 6k) mm, covariance var(k) v v^T with
        // v = (1, 1, 6): eigenvalues 0, 0 and 38 var(k), var(k) = 2 (N) or 2.5 (N - 1); a wrong cross moment (xy, xz or
        // yz) leaves a non-zero second eigenvalue
        int nx = 5, ny = 9, nz = 13;
        boolean[] diagonal = new boolean[nx * ny * nz];
        for (int k = 0; k < 5; k++) diagonal[k + nx * (2 * k + ny * 3 * k)] = true;
        RoiData line = RoiData.cropToMask(new double[diagonal.length], diagonal, new int[] {nx, ny, nz}, new double[] {1, 0.5, 2});
        assertArrayEquals(new double[] {0, 0, 76}, PrincipalAxes.variances(line, new int[] {0, 1, 2}, false), 1e-12);
        assertArrayEquals(new double[] {0, 0, 95}, PrincipalAxes.variances(line, new int[] {2, 0, 1}, true), 1e-12);
        assertArrayEquals(new double[] {0, 92.5}, PrincipalAxes.variances(line, new int[] {2, 1}, true), 1e-12); // z, y: v = (6, 1), 37 var(k)
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }
}
