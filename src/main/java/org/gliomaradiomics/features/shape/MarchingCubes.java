package org.gliomaradiomics.features.shape;

import java.util.Arrays;

/**
 * Marching cubes on a binary mask at iso-level 0.5, the mask padded by one empty voxel on every side so that the
 * surface is closed. Written by hand; the case table is generated at class load from the cube's topology instead
 * of being typed in. On every cube face the surface crosses the face in segments that cut off the outside
 * corners (inside corners that touch only diagonally stay connected across the face; the rule depends only on
 * the face, so adjacent cubes agree and the mesh has no holes). The segments chain into loops oriented with the
 * inside on a fixed side, and each loop is split into a triangle fan (see {@link #fanStart}). Vertices sit on
 * the midpoints of cut grid edges; each grid edge owns at most one vertex, so vertices are shared between
 * triangles. Coordinates are integers in half-voxel units: the vertex on the edge from voxel (i, j, k) to
 * (i + 1, j, k) has coordinates (2i + 1, 2j, 2k). The case table is the one part in which conventions differ: this
 * class's own ({@link #IBSI}) or one in Paul Bourke's numbering such as PyRadiomics' ({@link Cases#bourke}).
 */
public final class MarchingCubes {
    /** Corner c of a cube is at offset (c &amp; 1, (c &gt;&gt; 1) &amp; 1, (c &gt;&gt; 2) &amp; 1). */
    private static final int[] EDGE_CORNER0 = new int[12];
    private static final int[] EDGE_AXIS = new int[12];

    static {
        int e = 0;
        for (int axis = 0; axis < 3; axis++)
            for (int c = 0; c < 8; c++)
                if ((c & (1 << axis)) == 0) {
                    EDGE_CORNER0[e] = c;
                    EDGE_AXIS[e] = axis;
                    e++;
                }
    }

    /** This class's triangulation, which reproduces the IBSI reference meshes. */
    public static final Cases IBSI;

    static {
        int[][] triangles = new int[256][];
        for (int config = 0; config < 256; config++) triangles[config] = trianglesFor(config);
        IBSI = new Cases(triangles);
    }

    private MarchingCubes() {}

    /** For each of the 256 corner configurations (bit c = corner c inside), triangles as triples of edge indices. */
    public static final class Cases {
        /** Bourke's corner k as ours: his corners 0-3 go round the z = 0 face from the origin (x first), 4-7 above. */
        private static final int[] BOURKE_CORNER = {0, 1, 3, 2, 4, 5, 7, 6};
        private static final int[][] BOURKE_EDGE = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 5}, {5, 6}, {6, 7}, {7, 4}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};
        private final int[][] triangles;

        private Cases(int[][] triangles) {
            this.triangles = triangles;
        }

        /**
         * A table in Paul Bourke's numbering ("Polygonising a scalar field", 1994): one row of edge-index triples for
         * each of the first 128 configurations of his corners; a configuration with his corner 7 inside takes the
         * row of its complement (as PyRadiomics does). The rows' winding is not used: each triangle is oriented here
         * so that its normal points from the inside corners to the outside ones.
         */
        public static Cases bourke(String[] rows) {
            if (rows.length != 128) throw new IllegalArgumentException("a Bourke table needs 128 rows, has " + rows.length);
            int[][] triangles = new int[256][];
            for (int config = 0; config < 256; config++) {
                int b = 0;
                for (int k = 0; k < 8; k++) if (inside(config, BOURKE_CORNER[k])) b |= 1 << k;
                String row = rows[(b & 0x80) != 0 ? b ^ 0xFF : b].trim();
                int[] t = row.isEmpty() ? new int[0] : Arrays.stream(row.split(" ")).mapToInt(Integer::parseInt).toArray();
                for (int k = 0; k < t.length; k++)
                    t[k] = edgeBetween(BOURKE_CORNER[BOURKE_EDGE[t[k]][0]], BOURKE_CORNER[BOURKE_EDGE[t[k]][1]]);
                for (int k = 0; k < t.length; k += 3)
                    if (outwardness(config, t[k], t[k + 1], t[k + 2]) < 0) {
                        int s = t[k + 1];
                        t[k + 1] = t[k + 2];
                        t[k + 2] = s;
                    }
                triangles[config] = t;
            }
            return new Cases(triangles);
        }

        /** The triangle's normal dotted with (outside - inside corner) summed over its three edges. */
        private static double outwardness(int config, int e0, int e1, int e2) {
            double[] n = normal(e0, e1, e2);
            double dot = 0;
            for (int e : new int[] {e0, e1, e2}) {
                int c0 = EDGE_CORNER0[e], axis = EDGE_AXIS[e];
                dot += n[axis] * (inside(config, c0) ? 1 : -1); // the corners differ along the edge's axis only
            }
            return dot;
        }
    }

    private static int edgeBetween(int c0, int c1) {
        int lo = Math.min(c0, c1), diff = c0 ^ c1;
        int axis = Integer.numberOfTrailingZeros(diff);
        for (int e = 0; e < 12; e++) if (EDGE_CORNER0[e] == lo && EDGE_AXIS[e] == axis) return e;
        throw new IllegalStateException("corners " + c0 + " and " + c1 + " share no edge");
    }

    private static int[] trianglesFor(int config) {
        int[] next = new int[12];
        Arrays.fill(next, -1);
        for (int axis = 0; axis < 3; axis++) {
            for (int side = 0; side < 2; side++) {
                int u = (axis + 1) % 3, v = (axis + 2) % 3;
                int[] q = new int[4];
                int[][] uv = {{0, 0}, {1, 0}, {1, 1}, {0, 1}}; // counter-clockwise around +axis
                for (int k = 0; k < 4; k++) {
                    int kk = side == 1 ? k : 3 - k; // counter-clockwise seen from outside the cube
                    q[k] = (side << axis) | (uv[kk][0] << u) | (uv[kk][1] << v);
                }
                for (int k = 0; k < 4; k++) {
                    boolean in = inside(config, q[k]), inNext = inside(config, q[(k + 1) % 4]);
                    if (!in || inNext) continue;
                    // Exit edge q[k] -> q[k+1]: walk on over outside corners to the entry edge q[j] -> q[j+1].
                    int j = (k + 1) % 4;
                    while (!inside(config, q[(j + 1) % 4])) j = (j + 1) % 4;
                    int from = edgeBetween(q[k], q[(k + 1) % 4]);
                    int to = edgeBetween(q[j], q[(j + 1) % 4]);
                    next[from] = to;
                }
            }
        }
        int[] tris = new int[36];
        int n = 0;
        boolean[] used = new boolean[12];
        for (int start = 0; start < 12; start++) {
            if (next[start] < 0 || used[start]) continue;
            int[] loop = new int[12];
            int len = 0;
            for (int e = start; !used[e]; e = next[e]) {
                used[e] = true;
                loop[len++] = e;
            }
            int s0 = fanStart(loop, len);
            for (int k = 1; k + 1 < len; k++) {
                tris[n++] = loop[s0];
                tris[n++] = loop[(s0 + k) % len];
                tris[n++] = loop[(s0 + k + 1) % len];
            }
        }
        return Arrays.copyOf(tris, n);
    }

    /**
     * Fan apex of a loop: loops of more than three vertices are not planar, and of the possible fans the one that
     * encloses the most ROI volume is taken (ties: the first). This reproduces the IBSI digital-phantom mesh
     * (volume 556.3 mm^3, area 388.1 mm^2).
     */
    private static int fanStart(int[] loop, int len) {
        if (len <= 3) return 0;
        int best = 0;
        double bestVolume = Double.POSITIVE_INFINITY;
        for (int s = 0; s < len; s++) {
            // Six times the signed volume of the cone from the cube centre over the fan; loops are oriented so
            // that a smaller value means more volume on the inside.
            double volume = 0;
            for (int k = 1; k + 1 < len; k++) {
                double[] a = mid(loop[s]), n = normal(loop[s], loop[(s + k) % len], loop[(s + k + 1) % len]);
                volume += (a[0] - 0.5) * n[0] + (a[1] - 0.5) * n[1] + (a[2] - 0.5) * n[2];
            }
            if (volume < bestVolume - 1e-12) {
                bestVolume = volume;
                best = s;
            }
        }
        return best;
    }

    /** (b - a) x (c - a) for the midpoints a, b, c of edges e0, e1, e2. */
    private static double[] normal(int e0, int e1, int e2) {
        double[] a = mid(e0), b = mid(e1), c = mid(e2);
        double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2], wx = c[0] - a[0], wy = c[1] - a[1], wz = c[2] - a[2];
        return new double[] {uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx};
    }

    private static double[] mid(int e) {
        int c = EDGE_CORNER0[e];
        double[] p = {c & 1, (c >> 1) & 1, (c >> 2) & 1};
        p[EDGE_AXIS[e]] += 0.5;
        return p;
    }

    /** Triangles of a corner configuration as triples of edge indices (shared with {@link SmoothSurface}). */
    static int[] triangles(int config) {
        return IBSI.triangles[config];
    }

    /** The lower corner of edge e: offset (c &amp; 1, (c &gt;&gt; 1) &amp; 1, (c &gt;&gt; 2) &amp; 1). */
    static int edgeCorner0(int e) {
        return EDGE_CORNER0[e];
    }

    /** The axis (0 x, 1 y, 2 z) along which edge e runs. */
    static int edgeAxis(int e) {
        return EDGE_AXIS[e];
    }

    private static boolean inside(int config, int corner) {
        return (config & (1 << corner)) != 0;
    }

    /** {@link #mesh(boolean[], int, int, int, Cases)} with the {@link #IBSI} triangulation. */
    public static TriangleMesh mesh(boolean[] mask, int nx, int ny, int nz) {
        return mesh(mask, nx, ny, nz, IBSI);
    }

    /**
     * Meshes the mask of a box of nx x ny x nz voxels (x fastest), cube by cube with z slowest and x fastest.
     * @return the mesh, vertex coordinates in half-voxel units relative to voxel (0, 0, 0)
     */
    public static TriangleMesh mesh(boolean[] mask, int nx, int ny, int nz, Cases cases) {
        int px = nx + 2, py = ny + 2, pz = nz + 2;
        byte[] padded = new byte[px * py * pz];
        boolean any = false;
        for (int z = 0; z < nz; z++)
            for (int y = 0; y < ny; y++) {
                int src = nx * (y + ny * z), dst = 1 + px * (y + 1 + py * (z + 1));
                for (int x = 0; x < nx; x++)
                    if (mask[src + x]) {
                        padded[dst + x] = 1;
                        any = true;
                    }
            }
        TriangleMesh mesh = new TriangleMesh();
        if (!any) return mesh;
        // Vertex ids of the edges starting at the points of two planes, z and z + 1 (the cubes of layer z touch
        // only those): 3 per point, one per axis, plane z at half z % 2. Ids are given in the same order as with
        // one entry per edge of the grid, in a few hundred kB instead of 12 bytes per voxel of the box.
        int plane = 3 * px * py;
        int[] edgeVertex = new int[2 * plane];
        Arrays.fill(edgeVertex, -1);
        int[] cornerOffset = new int[8];
        for (int c = 0; c < 8; c++) cornerOffset[c] = (c & 1) + px * ((c >> 1) & 1);
        int[] local = new int[12];
        for (int z = 0; z < pz - 1; z++) {
            if (z > 0) Arrays.fill(edgeVertex, plane * ((z + 1) & 1), plane * ((z + 1) & 1) + plane, -1);
            for (int y = 0; y < py - 1; y++) {
                int row = px * (y + py * z);
                for (int x = 0; x < px - 1; x++) {
                    int p = row + x;
                    int config = padded[p] | padded[p + 1] << 1 | padded[p + px] << 2 | padded[p + px + 1] << 3
                        | padded[p + px * py] << 4 | padded[p + px * py + 1] << 5 | padded[p + px * py + px] << 6
                        | padded[p + px * py + px + 1] << 7;
                    if (config == 0 || config == 255) continue;
                    int[] tris = cases.triangles[config];
                    Arrays.fill(local, -1);
                    for (int t = 0; t < tris.length; t++) {
                        int e = tris[t];
                        if (local[e] < 0) {
                            int c0 = EDGE_CORNER0[e], axis = EDGE_AXIS[e];
                            int key = 3 * (p - px * py * z + cornerOffset[c0]) + axis + plane * ((z + ((c0 >> 2) & 1)) & 1);
                            int id = edgeVertex[key];
                            if (id < 0) {
                                // Padded point (x, y, z) is voxel (x - 1, y - 1, z - 1): half units 2 (x - 1) + ...
                                int hx = 2 * (x + (c0 & 1) - 1), hy = 2 * (y + ((c0 >> 1) & 1) - 1), hz = 2 * (z + ((c0 >> 2) & 1) - 1);
                                if (axis == 0) hx++;
                                else if (axis == 1) hy++;
                                else hz++;
                                id = mesh.addVertex(hx, hy, hz);
                                edgeVertex[key] = id;
                            }
                            local[e] = id;
                        }
                    }
                    for (int t = 0; t < tris.length; t += 3) mesh.addTriangle(local[tris[t]], local[tris[t + 1]], local[tris[t + 2]]);
                }
            }
        }
        return mesh;
    }
}
