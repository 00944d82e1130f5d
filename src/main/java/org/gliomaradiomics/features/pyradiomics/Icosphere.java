package org.gliomaradiomics.features.pyradiomics;

import java.util.Arrays;

/**
 * trimesh's {@code creation.icosphere(subdivisions, radius)} vertices in trimesh's order: the 12 icosahedron vertices
 * (±1, ±t, 0) cyclically permuted, t the golden ratio, divided by sqrt(2 + t); each subdivision appends one midpoint
 * per unique edge, edges ordered as trimesh's unique_rows orders them (by larger, then smaller vertex index), and
 * then moves every vertex radially to {@code radius}. Written by hand after trimesh (Python, not on Maven Central).
 */
final class Icosphere {
    private static final int[] FACES = {0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11,
        1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
        3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9,
        4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};

    private Icosphere() {}

    /** Vertices [vertex][x, y, z] (trimesh's coordinates). */
    static double[][] vertices(int subdivisions, double radius) {
        if (subdivisions < 0) throw new IllegalArgumentException("lbp3DIcosphereSubdivision must be >= 0, got " + subdivisions);
        if (!(radius > 0)) throw new IllegalArgumentException("lbp3DIcosphereRadius must be positive, got " + radius);
        double t = (1.0 + Math.sqrt(5.0)) / 2.0;
        double[] raw = {-1, t, 0, 1, t, 0, -1, -t, 0, 1, -t, 0, 0, -1, t, 0, 1, t,
            0, -1, -t, 0, 1, -t, t, 0, -1, t, 0, 1, -t, 0, -1, -t, 0, 1};
        double scale = Math.sqrt(2.0 + t);
        double[][] v = new double[12][3];
        for (int i = 0; i < 12; i++) for (int a = 0; a < 3; a++) v[i][a] = raw[3 * i + a] / scale;
        Mesh mesh = new Mesh(v, FACES.clone());
        for (int s = 0; s < subdivisions; s++) {
            mesh = subdivide(mesh.vertices, mesh.faces);
            toRadius(mesh.vertices, radius);
        }
        if (subdivisions <= 0) toRadius(mesh.vertices, radius);
        return mesh.vertices;
    }

    private record Mesh(double[][] vertices, int[] faces) {}

    /** trimesh's remesh.subdivide: the old vertices, then one midpoint per unique edge; four faces per face. */
    private static Mesh subdivide(double[][] v, int[] faces) {
        int nf = faces.length / 3, nv = v.length;
        long[] keys = new long[3 * nf];
        for (int f = 0; f < nf; f++)
            for (int e = 0; e < 3; e++) {
                int a = faces[3 * f + e], b = faces[3 * f + (e + 1) % 3];
                keys[3 * f + e] = ((long) Math.max(a, b) << 32) ^ Math.min(a, b); // trimesh's hashable_rows of the sorted edge
            }
        long[] unique = Arrays.stream(keys).distinct().sorted().toArray(); // np.unique order
        double[][] out = Arrays.copyOf(v, nv + unique.length);
        for (int u = 0; u < unique.length; u++) {
            double[] p = v[(int) (unique[u] & 0xffffffffL)], q = v[(int) (unique[u] >>> 32)];
            out[nv + u] = new double[] {(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2};
        }
        int[] mid = new int[3 * nf];
        for (int i = 0; i < mid.length; i++) mid[i] = nv + Arrays.binarySearch(unique, keys[i]);
        int[] next = new int[12 * nf];
        for (int f = 0; f < nf; f++) {
            int f0 = faces[3 * f], f1 = faces[3 * f + 1], f2 = faces[3 * f + 2];
            int m0 = mid[3 * f], m1 = mid[3 * f + 1], m2 = mid[3 * f + 2];
            int[] four = {f0, m0, m2, m0, f1, m1, m2, m1, f2, m0, m1, m2};
            System.arraycopy(four, 0, next, 12 * f, 12);
        }
        return new Mesh(out, next);
    }

    /** Moves every vertex along its direction to the radius, with trimesh's operations. */
    private static void toRadius(double[][] v, double radius) {
        for (double[] p : v) {
            double scalar = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
            double offset = radius - scalar;
            for (int a = 0; a < 3; a++) p[a] += p[a] / scalar * offset;
        }
    }
}
