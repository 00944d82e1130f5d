package org.gliomaradiomics.mask;

import org.gliomaradiomics.image.Geometry;

/**
 * Breadth-first flood fill over a voxel grid, the one flood fill of the masks (components, hole filling, region
 * growing) with a preallocated int queue (one slot per voxel, since a voxel
 * is accepted at most once): no allocation per voxel. The visitor decides whether a neighbour joins (and marks
 * it, so that it is never offered again).
 */
public final class Flood {
    /** Accepts (and marks) a voxel, or refuses it. */
    public interface Visitor {
        boolean tryVisit(int index);
    }

    private final int nx, ny, nz;
    private final int[] dx, dy, dz, offset;
    private final int[] queue;

    public Flood(Geometry g, Connectivity c) {
        nx = g.nx;
        ny = g.ny;
        nz = g.nz;
        dx = c.dx;
        dy = c.dy;
        dz = c.dz;
        offset = new int[dx.length];
        for (int k = 0; k < dx.length; k++) offset[k] = dx[k] + nx * (dy[k] + ny * dz[k]);
        queue = new int[Math.toIntExact(g.voxelCount())];
    }

    /** Grows from voxels already accepted by the caller; returns how many voxels were accepted in total,
     * starts included. */
    public int run(int[] starts, int startCount, Visitor visitor) {
        int head = 0, tail = 0;
        for (int i = 0; i < startCount; i++) queue[tail++] = starts[i];
        int nxy = nx * ny;
        while (head < tail) {
            int p = queue[head++];
            int z = p / nxy, r = p - z * nxy, y = r / nx, x = r - y * nx;
            if (x > 0 && y > 0 && z > 0 && x < nx - 1 && y < ny - 1 && z < nz - 1) { // interior: no bounds checks
                for (int k = 0; k < offset.length; k++) {
                    int q = p + offset[k];
                    if (visitor.tryVisit(q)) queue[tail++] = q;
                }
                continue;
            }
            for (int k = 0; k < offset.length; k++) {
                int xx = x + dx[k], yy = y + dy[k], zz = z + dz[k];
                if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) continue;
                int q = p + offset[k];
                if (visitor.tryVisit(q)) queue[tail++] = q;
            }
        }
        return tail;
    }

    /** Grows from a single voxel already accepted by the caller. */
    public int run(int start, Visitor visitor) {
        queue[0] = start;
        return run(queue, 1, visitor);
    }
}
