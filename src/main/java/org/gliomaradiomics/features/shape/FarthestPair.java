package org.gliomaradiomics.features.shape;

import java.util.Arrays;
import org.gliomaradiomics.numerics.LongRadixSort;

/**
 * Largest distance within a set of mesh vertices (integer half-voxel coordinates, as {@link MarchingCubes} gives
 * them; a coordinate times half the spacing is mm). The farthest pair of a finite set is a pair of vertices of its
 * convex hull, so only hull vertices are compared (the 3D hull is {@link MeshHull}'s, each plane's hull Andrew's
 * monotone chain here): the IBSI and PyRadiomics maximum diameters, and PyRadiomics' per-plane 2D diameters, without
 * comparing every pair of surface points. The squared distance of a pair is summed
 * in the order the coordinates are given (a caller passing z, y, x gets dz² + dy² + dx²).
 */
public final class FarthestPair {
    private FarthestPair() {}

    /**
     * Largest distance (mm) within each plane of constant coordinate along each axis, taken over all planes:
     * {along a, along b, along c}, e.g. for (z, y, x) the largest in-slice, in-column and in-row distances.
     */
    public static double[] planeDiameters(long[] a, long[] b, long[] c, int n, double ha, double hb, double hc) {
        long[][] coordinates = {a, b, c};
        double[] out = new double[3];
        if (n == 0) return out;
        // work arrays of the three axes, in turn
        long[] keys = new long[n], p = new long[n], pu = new long[n], pv = new long[n];
        int[] hull = new int[n + 1];
        boolean[] onHull = new boolean[n];
        double[][] scratch = new double[3][0]; // one plane's points at a time, as large as the largest plane
        for (int axis = 0; axis < 3; axis++) {
            int u = (axis + 1) % 3, v = (axis + 2) % 3;
            long[] plane = coordinates[axis], cu = coordinates[u], cv = coordinates[v];
            long spanU = span(cu, n), spanV = span(cv, n), minP = min(plane, n), minU = min(cu, n), minV = min(cv, n);
            // one sort by (plane, u, v): each plane's points in the order the monotone chain needs
            for (int k = 0; k < n; k++) keys[k] = ((plane[k] - minP) * spanU + (cu[k] - minU)) * spanV + (cv[k] - minV);
            LongRadixSort.sortUnsigned(keys, n); // keys >= 0: numeric order
            for (int k = 0; k < n; k++) {
                pv[k] = keys[k] % spanV + minV;
                pu[k] = keys[k] / spanV % spanU + minU;
                p[k] = keys[k] / spanV / spanU + minP;
            }
            long[][] sorted = new long[3][];
            sorted[axis] = p;
            sorted[u] = pu;
            sorted[v] = pv;
            Arrays.fill(onHull, false);
            double best = 0;
            for (int from = 0, to; from < n; from = to) {
                to = from;
                while (to < n && p[to] == p[from]) to++;
                int h = monotoneChain(pu, pv, from, to, hull);
                for (int k = 0; k < h; k++) onHull[hull[k]] = true;
                if (scratch[0].length < to - from) scratch = new double[3][Math.max(to - from, 2 * scratch[0].length)];
                best = Math.max(best, maxDistance(sorted[0], sorted[1], sorted[2], onHull, from, to, ha, hb, hc, scratch));
            }
            out[axis] = best;
        }
        return out;
    }

    /**
     * PyRadiomics' diameters of a mesh (mm) for voxel spacing (sx, sy, sz): the largest vertex distances within
     * a plane of constant z (slice), y (column) and x (row), summed as dz² + dy² + dx², and overall ({@link MeshHull}).
     */
    public static double[] meshDiameters(TriangleMesh mesh, double sx, double sy, double sz) {
        long[][] xyz = coordinates(mesh);
        double[] planes = planeDiameters(xyz[2], xyz[1], xyz[0], mesh.vertexCount(), sz / 2, sy / 2, sx / 2);
        return new double[] {planes[0], planes[1], planes[2], MeshHull.of(mesh, sx, sy, sz).maxDiameter()};
    }

    /** Largest distance (mm) between the vertices of a mesh that are all known to be hull vertices. */
    static double hullDiameter(TriangleMesh hull, double sx, double sy, double sz) {
        int n = hull.vertexCount();
        double[] x = new double[n], y = new double[n], z = new double[n];
        double hx = sx / 2, hy = sy / 2, hz = sz / 2;
        for (int v = 0; v < n; v++) {
            x[v] = hull.x(v) * hx;
            y[v] = hull.y(v) * hy;
            z[v] = hull.z(v) * hz;
        }
        return Math.sqrt(farthest2(x, y, z, n));
    }

    /** The mesh's vertex coordinates {x, y, z} in half-voxel units. */
    private static long[][] coordinates(TriangleMesh mesh) {
        long[][] xyz = new long[3][mesh.vertexCount()];
        for (int v = 0; v < xyz[0].length; v++) {
            xyz[0][v] = mesh.x(v);
            xyz[1][v] = mesh.y(v);
            xyz[2][v] = mesh.z(v);
        }
        return xyz;
    }

    /** Largest distance between the points of [from, to) marked on the hull; {@code xyz}: three arrays of at least
     * to - from doubles for their coordinates in mm. */
    private static double maxDistance(long[] a, long[] b, long[] c, boolean[] onHull, int from, int to, double ha, double hb, double hc,
                                      double[][] xyz) {
        int h = 0;
        double[] x = xyz[0], y = xyz[1], z = xyz[2];
        for (int k = from; k < to; k++)
            if (onHull[k]) {
                x[h] = a[k] * ha;
                y[h] = b[k] * hb;
                z[h] = c[k] * hc;
                h++;
            }
        return Math.sqrt(farthest2(x, y, z, h));
    }

    /** Below this many points every pair is compared: the cells cost more than they save. */
    private static final int CELL_SEARCH_MIN = 256;

    /**
     * The largest squared distance between points [0, h) of x, y, z, summed dx² + dy² + dz². A 3D hull of a large
     * region has thousands of vertices (millions of pairs), so the points go into cells of a grid and a pair of cells
     * is searched only if the largest distance their bounding boxes allow reaches the best found so far (two
     * far-apart points, found first, make that rare). Exact, the same bits as comparing every pair: rounding is
     * monotonic, so a pair's computed square never exceeds the bound computed the same way from its cells' bounds.
     */
    static double farthest2(double[] x, double[] y, double[] z, int h) {
        if (h < CELL_SEARCH_MIN) return farthest2(x, y, z, 0, h, 0, h, 0);
        // a lower bound first: the farthest point from point 0, then the farthest from that one
        double max2 = 0;
        for (int start = 0, pass = 0; pass < 2; pass++) {
            int far = start;
            for (int j = 0; j < h; j++) {
                double d2 = squared(x, y, z, start, j);
                if (d2 > max2) {
                    max2 = d2;
                    far = j;
                }
            }
            start = far;
        }
        Cells cells = new Cells(x, y, z, h);
        double[] px = cells.sorted(x), py = cells.sorted(y), pz = cells.sorted(z);
        int[] from = cells.start;
        double[][] lo = cells.lo, hi = cells.hi;
        for (int a = 0; a < cells.count; a++)
            for (int b = a; b < cells.count; b++) {
                double dx = Math.max(hi[0][a] - lo[0][b], hi[0][b] - lo[0][a]);
                double dy = Math.max(hi[1][a] - lo[1][b], hi[1][b] - lo[1][a]);
                double dz = Math.max(hi[2][a] - lo[2][b], hi[2][b] - lo[2][a]);
                if (dx * dx + dy * dy + dz * dz <= max2) continue;
                max2 = farthest2(px, py, pz, from[a], from[a + 1], from[b], from[b + 1], max2);
            }
        return max2;
    }

    /** The largest of max2 and the squared distances between [aFrom, aTo) and [bFrom, bTo) (each pair once when
     * the two ranges are the same). */
    private static double farthest2(double[] x, double[] y, double[] z, int aFrom, int aTo, int bFrom, int bTo, double max2) {
        for (int i = aFrom; i < aTo; i++)
            for (int j = aFrom == bFrom ? i + 1 : bFrom; j < bTo; j++) {
                double d2 = squared(x, y, z, i, j);
                if (d2 > max2) max2 = d2;
            }
        return max2;
    }

    private static double squared(double[] x, double[] y, double[] z, int i, int j) {
        double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
        return dx * dx + dy * dy + dz * dz;
    }

    /** Points bucketed into the non-empty cells of a grid of about 4 points per cell: each cell's range of the
     * reordered points and its bounding box (the points' own extremes, so the box is as tight as it can be). */
    private static final class Cells {
        final int count;
        final int[] start;
        final double[][] lo, hi;
        private final int[] order;

        Cells(double[] x, double[] y, double[] z, int h) {
            double[][] p = {x, y, z};
            int side = (int) Math.ceil(Math.cbrt(h / 4.0));
            int[] cell = new int[h];
            for (double[] c : p) {
                double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < h; i++) {
                    min = Math.min(min, c[i]);
                    max = Math.max(max, c[i]);
                }
                int g = max > min ? side : 1; // a flat axis (one plane) gets no cells
                double scale = g / (max - min);
                for (int i = 0; i < h; i++) cell[i] = cell[i] * g + (g == 1 ? 0 : Math.min(g - 1, (int) ((c[i] - min) * scale)));
            }
            int cells = side * side * side;
            int[] first = new int[cells + 1];
            for (int i = 0; i < h; i++) first[cell[i] + 1]++;
            int used = 0;
            for (int c = 0; c < cells; c++) {
                if (first[c + 1] > 0) used++;
                first[c + 1] += first[c];
            }
            order = new int[h];
            int[] next = Arrays.copyOf(first, cells);
            for (int i = 0; i < h; i++) order[next[cell[i]]++] = i;
            count = used;
            start = new int[used + 1];
            lo = new double[3][used];
            hi = new double[3][used];
            for (int c = 0, k = 0; c < cells; c++) {
                if (first[c + 1] == first[c]) continue;
                start[k] = first[c];
                for (int axis = 0; axis < 3; axis++) {
                    double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
                    for (int i = first[c]; i < first[c + 1]; i++) {
                        min = Math.min(min, p[axis][order[i]]);
                        max = Math.max(max, p[axis][order[i]]);
                    }
                    lo[axis][k] = min;
                    hi[axis][k] = max;
                }
                k++;
            }
            start[used] = h;
        }

        /** A coordinate of the points in cell order. */
        double[] sorted(double[] c) {
            double[] out = new double[order.length];
            for (int i = 0; i < out.length; i++) out[i] = c[order[i]];
            return out;
        }
    }

    /** Andrew's monotone chain on points [from, to) sorted by (u, v), exact in integers: the hull's vertex indices
     * into hull, their count returned (both ends for collinear points). */
    private static int monotoneChain(long[] u, long[] v, int from, int to, int[] hull) {
        int n = to - from;
        if (n <= 2) {
            for (int k = 0; k < n; k++) hull[k] = from + k;
            return n;
        }
        int h = 0;
        for (int k = from; k < to; k++) { // lower chain
            while (h >= 2 && cross(u, v, hull[h - 2], hull[h - 1], k) <= 0) h--;
            hull[h++] = k;
        }
        for (int k = to - 2, lower = h + 1; k >= from; k--) { // upper chain
            while (h >= lower && cross(u, v, hull[h - 2], hull[h - 1], k) <= 0) h--;
            hull[h++] = k;
        }
        return h - 1; // the last point repeats the first
    }

    private static long cross(long[] u, long[] v, int o, int a, int b) {
        return (u[a] - u[o]) * (v[b] - v[o]) - (v[a] - v[o]) * (u[b] - u[o]);
    }

    private static long min(long[] a, int n) {
        long m = Long.MAX_VALUE;
        for (int k = 0; k < n; k++) m = Math.min(m, a[k]);
        return m;
    }

    private static long span(long[] a, int n) {
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            lo = Math.min(lo, a[k]);
            hi = Math.max(hi, a[k]);
        }
        return hi - lo + 1;
    }
}
