package org.gliomaradiomics.features.pyradiomics;

/**
 * Marching-cubes triangulation with vertices at edge midpoints, as PyRadiomics' shape class uses it. The triangle
 * sets are the first 128 rows of Paul Bourke's public-domain table ("Polygonising a scalar field", 1994); a cell
 * whose corner 7 is inside uses the row of its complement, as PyRadiomics does. Triangle orientation is not taken
 * from the table but computed here so that every normal points from the inside corners to the outside ones.
 * Corner k has offset CORNERS[k] = (dz, dy, dx); edge e joins corners EDGES[e].
 */
final class MarchingCubesTable {
    private MarchingCubesTable() {}

    static final int[][] CORNERS = {{0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {0, 1, 0}, {1, 0, 0}, {1, 0, 1}, {1, 1, 1}, {1, 1, 0}};
    static final int[][] EDGES = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 5}, {5, 6}, {6, 7}, {7, 4}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};

    private static final String[] ROWS = {"",
        "0 8 3", "0 1 9", "1 8 3 9 8 1", "1 2 10", "0 8 3 1 2 10", "9 2 10 0 2 9", "2 8 3 2 10 8 10 9 8", "3 11 2",
        "0 11 2 8 11 0", "1 9 0 2 3 11", "1 11 2 1 9 11 9 8 11", "3 10 1 11 10 3", "0 10 1 0 8 10 8 11 10",
        "3 9 0 3 11 9 11 10 9", "9 8 10 10 8 11", "4 7 8", "4 3 0 7 3 4", "0 1 9 8 4 7", "4 1 9 4 7 1 7 3 1",
        "1 2 10 8 4 7", "3 4 7 3 0 4 1 2 10", "9 2 10 9 0 2 8 4 7", "2 10 9 2 9 7 2 7 3 7 9 4", "8 4 7 3 11 2",
        "11 4 7 11 2 4 2 0 4", "9 0 1 8 4 7 2 3 11", "4 7 11 9 4 11 9 11 2 9 2 1", "3 10 1 3 11 10 7 8 4",
        "1 11 10 1 4 11 1 0 4 7 11 4", "4 7 8 9 0 11 9 11 10 11 0 3", "4 7 11 4 11 9 9 11 10", "9 5 4", "9 5 4 0 8 3",
        "0 5 4 1 5 0", "8 5 4 8 3 5 3 1 5", "1 2 10 9 5 4", "3 0 8 1 2 10 4 9 5", "5 2 10 5 4 2 4 0 2",
        "2 10 5 3 2 5 3 5 4 3 4 8", "9 5 4 2 3 11", "0 11 2 0 8 11 4 9 5", "0 5 4 0 1 5 2 3 11",
        "2 1 5 2 5 8 2 8 11 4 8 5", "10 3 11 10 1 3 9 5 4", "4 9 5 0 8 1 8 10 1 8 11 10", "5 4 0 5 0 11 5 11 10 11 0 3",
        "5 4 8 5 8 10 10 8 11", "9 7 8 5 7 9", "9 3 0 9 5 3 5 7 3", "0 7 8 0 1 7 1 5 7", "1 5 3 3 5 7",
        "9 7 8 9 5 7 10 1 2", "10 1 2 9 5 0 5 3 0 5 7 3", "8 0 2 8 2 5 8 5 7 10 5 2", "2 10 5 2 5 3 3 5 7",
        "7 9 5 7 8 9 3 11 2", "9 5 7 9 7 2 9 2 0 2 7 11", "2 3 11 0 1 8 1 7 8 1 5 7", "11 2 1 11 1 7 7 1 5",
        "9 5 8 8 5 7 10 1 3 10 3 11", "5 7 0 5 0 9 7 11 0 1 0 10 11 10 0", "11 10 0 11 0 3 10 5 0 8 0 7 5 7 0",
        "11 10 5 7 11 5", "10 6 5", "0 8 3 5 10 6", "9 0 1 5 10 6", "1 8 3 1 9 8 5 10 6", "1 6 5 2 6 1",
        "1 6 5 1 2 6 3 0 8", "9 6 5 9 0 6 0 2 6", "5 9 8 5 8 2 5 2 6 3 2 8", "2 3 11 10 6 5", "11 0 8 11 2 0 10 6 5",
        "0 1 9 2 3 11 5 10 6", "5 10 6 1 9 2 9 11 2 9 8 11", "6 3 11 6 5 3 5 1 3", "0 8 11 0 11 5 0 5 1 5 11 6",
        "3 11 6 0 3 6 0 6 5 0 5 9", "6 5 9 6 9 11 11 9 8", "5 10 6 4 7 8", "4 3 0 4 7 3 6 5 10", "1 9 0 5 10 6 8 4 7",
        "10 6 5 1 9 7 1 7 3 7 9 4", "6 1 2 6 5 1 4 7 8", "1 2 5 5 2 6 3 0 4 3 4 7", "8 4 7 9 0 5 0 6 5 0 2 6",
        "7 3 9 7 9 4 3 2 9 5 9 6 2 6 9", "3 11 2 7 8 4 10 6 5", "5 10 6 4 7 2 4 2 0 2 7 11",
        "0 1 9 4 7 8 2 3 11 5 10 6", "9 2 1 9 11 2 9 4 11 7 11 4 5 10 6", "8 4 7 3 11 5 3 5 1 5 11 6",
        "5 1 11 5 11 6 1 0 11 7 11 4 0 4 11", "0 5 9 0 6 5 0 3 6 11 6 3 8 4 7", "6 5 9 6 9 11 4 7 9 7 11 9",
        "10 4 9 6 4 10", "4 10 6 4 9 10 0 8 3", "10 0 1 10 6 0 6 4 0", "8 3 1 8 1 6 8 6 4 6 1 10", "1 4 9 1 2 4 2 6 4",
        "3 0 8 1 2 9 2 4 9 2 6 4", "0 2 4 4 2 6", "8 3 2 8 2 4 4 2 6", "10 4 9 10 6 4 11 2 3",
        "0 8 2 2 8 11 4 9 10 4 10 6", "3 11 2 0 1 6 0 6 4 6 1 10", "6 4 1 6 1 10 4 8 1 2 1 11 8 11 1",
        "9 6 4 9 3 6 9 1 3 11 6 3", "8 11 1 8 1 0 11 6 1 9 1 4 6 4 1", "3 11 6 3 6 0 0 6 4", "6 4 8 11 6 8",
        "7 10 6 7 8 10 8 9 10", "0 7 3 0 10 7 0 9 10 6 7 10", "10 6 7 1 10 7 1 7 8 1 8 0", "10 6 7 10 7 1 1 7 3",
        "1 2 6 1 6 8 1 8 9 8 6 7", "2 6 9 2 9 1 6 7 9 0 9 3 7 3 9", "7 8 0 7 0 6 6 0 2", "7 3 2 6 7 2",
        "2 3 11 10 6 8 10 8 9 8 6 7", "2 0 7 2 7 11 0 9 7 6 7 10 9 10 7", "1 8 0 1 7 8 1 10 7 6 7 10 2 3 11",
        "11 2 1 11 1 7 10 6 1 6 7 1", "8 9 6 8 6 7 9 1 6 11 6 3 1 3 6", "0 9 1 11 6 7", "7 8 0 7 0 6 3 11 0 11 6 0",
        "7 11 6"};

    /** Outward-oriented triangles (edge indices, 3 per triangle) for each of the 256 corner patterns. */
    static final int[][] TRIANGLES = build();

    /** Midpoint of edge e as (dz, dy, dx). */
    static double edgeMid(int e, int axis) {
        return 0.5 * (CORNERS[EDGES[e][0]][axis] + CORNERS[EDGES[e][1]][axis]);
    }

    private static int[][] build() {
        if (ROWS.length != 128) throw new IllegalStateException("marching-cubes table needs 128 rows, has " + ROWS.length);
        int[][] out = new int[256][];
        for (int c = 0; c < 256; c++) {
            String row = ROWS[(c & 0x80) != 0 ? c ^ 0xFF : c].trim();
            if (row.isEmpty()) { out[c] = new int[0]; continue; }
            String[] parts = row.split(" ");
            int[] t = new int[parts.length];
            for (int k = 0; k < t.length; k++) t[k] = Integer.parseInt(parts[k]);
            for (int k = 0; k < t.length; k += 3) if (orientation(c, t[k], t[k + 1], t[k + 2]) < 0) { int s = t[k + 1]; t[k + 1] = t[k + 2]; t[k + 2] = s; }
            out[c] = t;
        }
        return out;
    }

    /** Sign of normal . (outside - inside) summed over the triangle's three edges. */
    private static double orientation(int pattern, int e0, int e1, int e2) {
        double[] a = mid(e0), b = mid(e1), c = mid(e2);
        double[] u = {b[0] - a[0], b[1] - a[1], b[2] - a[2]}, v = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
        double[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        double dot = 0;
        for (int e : new int[] {e0, e1, e2}) {
            int p = EDGES[e][0], q = EDGES[e][1];
            boolean pIn = (pattern & (1 << p)) != 0;
            int in = pIn ? p : q, out = pIn ? q : p;
            for (int ax = 0; ax < 3; ax++) dot += n[ax] * (CORNERS[out][ax] - CORNERS[in][ax]);
        }
        return dot;
    }

    private static double[] mid(int e) {
        return new double[] {edgeMid(e, 0), edgeMid(e, 1), edgeMid(e, 2)};
    }
}
