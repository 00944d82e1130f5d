package org.gliomaradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarchingCubesTest {
    static boolean[] sphere(int n, double radius) {
        boolean[] m = new boolean[n * n * n];
        double c = (n - 1) / 2.0;
        for (int z = 0, i = 0; z < n; z++)
            for (int y = 0; y < n; y++)
                for (int x = 0; x < n; x++, i++)
                    m[i] = (x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c) <= radius * radius;
        return m;
    }

    /** The mesh of a random mask of 3 to 8 voxels along each axis, each voxel inside with probability 1/2. */
    static TriangleMesh randomMesh(SplittableRandom rnd) {
        int nx = 3 + rnd.nextInt(6), ny = 3 + rnd.nextInt(6), nz = 3 + rnd.nextInt(6);
        boolean[] mask = new boolean[nx * ny * nz];
        for (int i = 0; i < mask.length; i++) mask[i] = rnd.nextDouble() < 0.5;
        return MarchingCubes.mesh(mask, nx, ny, nz);
    }

    @Test
    void sphereOfRadius20mmHasAnalyticVolumeAndBiasedArea() {
        double r = 20;
        TriangleMesh mesh = MarchingCubes.mesh(sphere(45, r), 45, 45, 45);
        double v = mesh.volume(1, 1, 1), a = mesh.area(1, 1, 1);
        double vRef = 4.0 / 3 * Math.PI * r * r * r, aRef = 4 * Math.PI * r * r;
        assertEquals(1, v / vRef, 0.01, "volume " + v + " vs " + vRef);
        // On a binary mask every vertex sits on an edge midpoint, so facet normals take few directions and the
        // area of a smooth surface comes out several per cent too high (8 % here); the IBSI reference meshes
        // share this bias, so the IBSI mesh keeps it (SmoothSurface is the non-IBSI option). Sphericity: about 0.92.
        assertEquals(1.08, a / aRef, 0.02, "area " + a + " vs " + aRef);
        double sphericity = Math.cbrt(36 * Math.PI * v * v) / a;
        assertEquals(1 / 1.08, sphericity, 0.02);
    }

    @Test
    void meshVolumeOfVoxelisedSpheresIsCloseForSmallerRadii() {
        // Within 1.5 % from radius 10 voxels up (the voxelised sphere itself deviates a little at small radii).
        for (int r = 10; r <= 20; r += 2) {
            int n = 2 * r + 5;
            TriangleMesh mesh = MarchingCubes.mesh(sphere(n, r), n, n, n);
            assertEquals(1, mesh.volume(1, 1, 1) / (4.0 / 3 * Math.PI * r * r * r), 0.015, "radius " + r);
        }
    }

    @Test
    void singleVoxelGivesOctahedron() {
        TriangleMesh mesh = MarchingCubes.mesh(new boolean[] {true}, 1, 1, 1);
        assertEquals(6, mesh.vertexCount());
        assertEquals(8, mesh.triangleCount());
        // Octahedron with vertices at +-0.5 mm: volume 4/3 * 0.5^3, area 8 * (sqrt(3)/4) * (sqrt(0.5))^2.
        assertEquals(4.0 / 3 * 0.125, mesh.volume(1, 1, 1), 1e-12);
        assertEquals(Math.sqrt(3), mesh.area(1, 1, 1), 1e-12);
        // Spacing scales volume by the voxel volume.
        assertEquals(4.0 / 3 * 0.125 * 24, mesh.volume(2, 3, 4), 1e-12);
    }

    @Test
    void randomMasksGiveClosedConsistentlyOrientedMeshes() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            TriangleMesh mesh = randomMesh(rnd);
            Map<Long, Integer> directed = new HashMap<>();
            for (int t = 0; t < mesh.triangleCount(); t++)
                for (int k = 0; k < 3; k++) {
                    long key = ((long) mesh.corner(t, k) << 32) | mesh.corner(t, (k + 1) % 3);
                    directed.merge(key, 1, Integer::sum);
                }
            for (Map.Entry<Long, Integer> e : directed.entrySet()) {
                assertEquals(1, e.getValue(), "directed edge used twice");
                long reverse = (e.getKey() << 32) | (e.getKey() >>> 32);
                assertEquals(1, directed.getOrDefault(reverse, 0), "edge without its opposite: mesh not closed or not oriented");
            }
        }
    }

    @Test
    void fullBoxVolumeIsVoxelCountMinusCornerCuts() {
        // A 3x3x3 block, box [-0.5, 2.5]^3: along each of the 12 box edges the mesh chamfers a prism of length 2
        // (between the end voxel centres) and cross-section 1/8; each of the 8 corner cubes [-0.5, 0]^3 (volume
        // 1/8) keeps only the tetrahedron of volume 1/48 under its triangle.
        boolean[] m = new boolean[27];
        java.util.Arrays.fill(m, true);
        TriangleMesh mesh = MarchingCubes.mesh(m, 3, 3, 3);
        assertEquals(27 - 12 * 2 * 0.125 - 8 * (0.125 - 1.0 / 48), mesh.volume(1, 1, 1), 1e-12);
    }
}
