package org.gliomaradiomics.features.shape;

import java.util.Arrays;

/** A triangle mesh with integer vertex coordinates in half-voxel units (see {@link MarchingCubes}). */
public final class TriangleMesh {
    private int[] vx = new int[1024], vy = new int[1024], vz = new int[1024];
    private int[] tri = new int[3072];
    private int vertexCount, triangleCount;

    int addVertex(int x, int y, int z) {
        if (vertexCount == vx.length) {
            int n = vx.length * 2;
            vx = Arrays.copyOf(vx, n);
            vy = Arrays.copyOf(vy, n);
            vz = Arrays.copyOf(vz, n);
        }
        vx[vertexCount] = x;
        vy[vertexCount] = y;
        vz[vertexCount] = z;
        return vertexCount++;
    }

    void addTriangle(int a, int b, int c) {
        if (3 * triangleCount + 3 > tri.length) tri = Arrays.copyOf(tri, tri.length * 2);
        tri[3 * triangleCount] = a;
        tri[3 * triangleCount + 1] = b;
        tri[3 * triangleCount + 2] = c;
        triangleCount++;
    }

    public int vertexCount() { return vertexCount; }
    public int triangleCount() { return triangleCount; }
    public int x(int v) { return vx[v]; }
    public int y(int v) { return vy[v]; }
    public int z(int v) { return vz[v]; }
    /** Vertex index of corner k (0..2) of triangle t. */
    public int corner(int t, int k) { return tri[3 * t + k]; }

    /** |sum of signed tetrahedra (origin, a, b, c)| in mm^3, for voxel spacing (sx, sy, sz) mm. */
    public double volume(double sx, double sy, double sz) {
        return volume(sx, sy, sz, 0, 0, 0);
    }

    /**
     * |sum of signed tetrahedra (apex, a, b, c)| in mm^3, the apex in half-voxel units. The apex matters only for a
     * mesh that is not closed (PyRadiomics' case table leaves holes where neighbouring cubes resolve an ambiguous
     * face differently; PyRadiomics takes the corner of its padded grid).
     */
    public double volume(double sx, double sy, double sz, int apexX, int apexY, int apexZ) {
        // Exact in integers (half units), then scaled: the sum is independent of rounding order.
        long six = 0;
        for (int t = 0; t < triangleCount; t++) {
            int a = tri[3 * t], b = tri[3 * t + 1], c = tri[3 * t + 2];
            long ax = vx[a] - apexX, ay = vy[a] - apexY, az = vz[a] - apexZ;
            long bx = vx[b] - apexX, by = vy[b] - apexY, bz = vz[b] - apexZ, cx = vx[c] - apexX, cy = vy[c] - apexY, cz = vz[c] - apexZ;
            six += ax * (by * cz - bz * cy) + ay * (bz * cx - bx * cz) + az * (bx * cy - by * cx);
        }
        return Math.abs(six) / 6.0 * (sx * sy * sz / 8);
    }

    /** Lowest and highest vertex coordinates in half-voxel units: {x0, y0, z0, x1, y1, z1}. */
    public int[] bounds() {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int v = 0; v < vertexCount; v++) {
            b[0] = Math.min(b[0], vx[v]); b[3] = Math.max(b[3], vx[v]);
            b[1] = Math.min(b[1], vy[v]); b[4] = Math.max(b[4], vy[v]);
            b[2] = Math.min(b[2], vz[v]); b[5] = Math.max(b[5], vz[v]);
        }
        return b;
    }

    /** Axis-aligned extent of the vertices in mm along x, y, z. */
    public double[] extent(double sx, double sy, double sz) {
        int[] b = bounds();
        return new double[] {(b[3] - b[0]) * sx / 2, (b[4] - b[1]) * sy / 2, (b[5] - b[2]) * sz / 2};
    }

    /** Sum of triangle areas in mm^2. */
    public double area(double sx, double sy, double sz) {
        double hx = sx / 2, hy = sy / 2, hz = sz / 2, sum = 0;
        for (int t = 0; t < triangleCount; t++) {
            int a = tri[3 * t], b = tri[3 * t + 1], c = tri[3 * t + 2];
            double ux = (vx[b] - vx[a]) * hx, uy = (vy[b] - vy[a]) * hy, uz = (vz[b] - vz[a]) * hz;
            double wx = (vx[c] - vx[a]) * hx, wy = (vy[c] - vy[a]) * hy, wz = (vz[c] - vz[a]) * hz;
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            sum += Math.sqrt(nx * nx + ny * ny + nz * nz);
        }
        return sum / 2;
    }
}
