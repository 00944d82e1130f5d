package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

class VoxelFeatureStackTest {
    /** f(x, y, z) = 2x + 3y² with coordinates in mm: ∂x = 2, ∂y = 6y, ∂yy = 6, every other second derivative 0. */
    @Test
    void derivativesOfAQuadraticAreExact() {
        Geometry g = Geometry.of(20, 30, 12, 1, 0.5, 2);
        Volume v = Volume.zeros(g, DataType.FLOAT64);
        for (int z = 0; z < g.nz; z++) for (int y = 0; y < g.ny; y++) for (int x = 0; x < g.nx; x++) {
            double px = x - 10, py = (y - 15) * 0.5;
            v.set(x, y, z, 2 * px + 3 * py * py);
        }
        VoxelFeatureSet set = new VoxelFeatureSet(List.of("A"), new double[] {1}, EnumSet.allOf(VoxelFeature.class));
        assertEquals(List.of("A_intensity", "A_gauss_s1mm", "A_gradient_s1mm", "A_log_s1mm", "A_hessian1_s1mm", "A_hessian2_s1mm",
            "A_hessian3_s1mm", "A_mean_s1mm", "A_variance_s1mm"), set.names());
        // one interior voxel at x = 10, y = 17 (py = 1 mm), z = 6
        VoxelFeatureStack.Box box = new VoxelFeatureStack.Box(10, 11, 17, 18, 6, 7);
        float[][] f = VoxelFeatureStack.compute(Map.of("A", v), set, box, 2);
        assertEquals(3, f[0][0], 1e-5);                          // intensity 2·0 + 3·1
        assertEquals(3 + 3 * 1.0, f[1][0], 0.05);               // smoothing adds 3σ² (σ = 1 mm), up to sampling
        assertEquals(Math.sqrt(2 * 2 + 6 * 6), f[2][0], 1e-4);  // gradient magnitude
        assertEquals(6, f[3][0], 1e-4);                          // Laplacian
        assertEquals(0, f[4][0], 1e-4);
        assertEquals(0, f[5][0], 1e-4);
        assertEquals(6, f[6][0], 1e-4);
        // box of 3x5x1 voxels (radius round(σ/spacing) = 1, 2, 1 -> 1 in z since σ/2 = 0.5 rounds to 1):
        // mean of 3py² over py in {-1, -0.5, 0, 0.5, 1} + 1 = 3·(mean of (1+d)²) with d in that set
        double meanSq = 0;
        for (double d : new double[] {-1, -0.5, 0, 0.5, 1}) meanSq += (1 + d) * (1 + d) / 5;
        assertEquals(3 * meanSq, f[7][0], 1e-4);
        // variance: x part 4·Var{-1,0,1} = 8/3, plus y part 9·Var((1+d)²)
        double m4 = 0;
        for (double d : new double[] {-1, -0.5, 0, 0.5, 1}) m4 += Math.pow(1 + d, 4) / 5;
        assertEquals(8.0 / 3 + 9 * (m4 - meanSq * meanSq), f[8][0], 1e-3);
    }

    @Test
    void slabsEqualTheWholeVolume() {
        SyntheticCase c = SyntheticCase.generate(5, new int[] {24, 20, 18}, new double[] {1, 1.2, 2}, null);
        VoxelFeatureSet set = VoxelFeatureSet.standard(List.of("T1c", "FLAIR"));
        Geometry g = c.labels().geometry();
        float[][] whole = VoxelFeatureStack.compute(c.sequences(), set, new VoxelFeatureStack.Box(0, g.nx, 0, g.ny, 0, g.nz), 1);
        VoxelFeatureStack.Box part = new VoxelFeatureStack.Box(3, 15, 2, 19, 7, 9);
        float[][] slab = VoxelFeatureStack.compute(c.sequences(), set, part, 2);
        for (int f = 0; f < set.count(); f++)
            for (int z = part.z0, k = 0; z < part.z1; z++) for (int y = part.y0; y < part.y1; y++) for (int x = part.x0; x < part.x1; x++, k++)
                assertEquals(whole[f][g.index(x, y, z)], slab[f][k], 0f, set.names().get(f));
    }

    @Test
    void eigenvaluesOfAKnownMatrix() {
        // [[2,1,0],[1,2,0],[0,0,5]] has eigenvalues 1, 3, 5
        double[] e = new double[3];
        SymmetricEigen.eigenvalues(2, 2, 5, 1, 0, 0, e);
        assertArrayEquals(new double[] {1, 3, 5}, e, 1e-12);
        SymmetricEigen.eigenvalues(4, -1, 2, 0, 0, 0, e);
        assertArrayEquals(new double[] {-1, 2, 4}, e, 0);
    }
}
