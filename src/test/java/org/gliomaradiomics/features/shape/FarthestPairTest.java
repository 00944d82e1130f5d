package org.gliomaradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hull-based diameters equal the largest distance over every pair of points (brute force), to the bit. */
class FarthestPairTest {
    @Test
    void hullDiametersEqualAllPairs() {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + random.nextInt(trial < 5 ? 4 : 400);
            long[] a = new long[n], b = new long[n], c = new long[n];
            boolean flat = trial % 7 == 3; // coplanar points: no 3D hull
            for (int k = 0; k < n; k++) {
                a[k] = flat ? 5 : random.nextInt(12);
                b[k] = random.nextInt(30);
                c[k] = random.nextInt(trial % 3 == 0 ? 2 : 25); // some sets are collinear within planes
            }
            double ha = 1.5, hb = 0.4687, hc = 0.4687;
            double[] all = new double[4];
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) {
                    double dx = a[i] * ha - a[j] * ha, dy = b[i] * hb - b[j] * hb, dz = c[i] * hc - c[j] * hc;
                    double d = dx * dx + dy * dy + dz * dz;
                    all[3] = Math.max(all[3], d);
                    if (a[i] == a[j]) all[0] = Math.max(all[0], d);
                    if (b[i] == b[j]) all[1] = Math.max(all[1], d);
                    if (c[i] == c[j]) all[2] = Math.max(all[2], d);
                }
            double[] planes = FarthestPair.planeDiameters(a, b, c, n, ha, hb, hc);
            for (int axis = 0; axis < 3; axis++) assertEquals(Math.sqrt(all[axis]), planes[axis], 0.0, "trial " + trial + " axis " + axis);
        }
    }

    @Test
    void meshHullDiameterEqualsAllVertexPairs() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            TriangleMesh mesh = MarchingCubesTest.randomMesh(random);
            double hx = 0.4687, hy = 0.52, hz = 1.5, max = 0;
            for (int i = 0; i < mesh.vertexCount(); i++)
                for (int j = i + 1; j < mesh.vertexCount(); j++) {
                    double dx = mesh.x(i) * hx - mesh.x(j) * hx, dy = mesh.y(i) * hy - mesh.y(j) * hy, dz = mesh.z(i) * hz - mesh.z(j) * hz;
                    max = Math.max(max, dx * dx + dy * dy + dz * dz);
                }
            assertEquals(Math.sqrt(max), MeshHull.of(mesh, 2 * hx, 2 * hy, 2 * hz).maxDiameter(), 0.0, "trial " + trial);
        }
    }

    /** Thousands of points, where the search goes by cells: the same bits as every pair, on the shapes that prune
     * least (a sphere's surface: every pair of opposite cells is a candidate), flat and anisotropic sets, and ties. */
    @Test
    void cellSearchEqualsAllPairsToTheBit() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 12; trial++) {
            int h = 256 + random.nextInt(3000);
            double[] x = new double[h], y = new double[h], z = new double[h];
            for (int i = 0; i < h; i++) {
                double u = random.nextDouble(-1, 1), phi = random.nextDouble(2 * Math.PI), s = Math.sqrt(1 - u * u);
                switch (trial % 4) {
                    case 0 -> { x[i] = 30 * s * Math.cos(phi); y[i] = 30 * s * Math.sin(phi); z[i] = 30 * u; } // sphere
                    case 1 -> { x[i] = 0.4687 * random.nextInt(200); y[i] = 0.52 * random.nextInt(90); z[i] = 7.5; } // one plane
                    case 2 -> { x[i] = 0.9 * random.nextInt(4); y[i] = 1.5 * random.nextInt(4); z[i] = 0.3 * random.nextInt(4); } // many ties
                    default -> { x[i] = 80 * s * Math.cos(phi); y[i] = 12 * s * Math.sin(phi); z[i] = 5 * u + random.nextGaussian(); }
                }
            }
            double all = 0;
            for (int i = 0; i < h; i++)
                for (int j = i + 1; j < h; j++) {
                    double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
                    all = Math.max(all, dx * dx + dy * dy + dz * dz);
                }
            assertEquals(Double.doubleToLongBits(all), Double.doubleToLongBits(FarthestPair.farthest2(x, y, z, h)), "trial " + trial + ", " + h + " points");
        }
    }
}
