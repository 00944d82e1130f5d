package org.gliomaradiomics.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.parallel.Parallel;

/**
 * The few binary-mask operations the brain mask needs (spherical erosion/dilation, largest 6-connected
 * component, 3D hole filling), kept small and private to this package; the segment package has the full set.
 */
final class BinaryMasks {
    private BinaryMasks() {}

    /** Offsets (dx, dy, dz triples) of a ball of radius {@code radiusMm} on the grid's spacing. */
    static int[] ball(Geometry g, double radiusMm) {
        int rx = (int) Math.floor(radiusMm / g.spacing(0)), ry = (int) Math.floor(radiusMm / g.spacing(1)), rz = (int) Math.floor(radiusMm / g.spacing(2));
        List<int[]> offsets = new ArrayList<>();
        for (int dz = -rz; dz <= rz; dz++)
            for (int dy = -ry; dy <= ry; dy++)
                for (int dx = -rx; dx <= rx; dx++) {
                    double x = dx * g.spacing(0), y = dy * g.spacing(1), z = dz * g.spacing(2);
                    if (x * x + y * y + z * z <= radiusMm * radiusMm + 1e-9) offsets.add(new int[] {dx, dy, dz});
                }
        int[] r = new int[3 * offsets.size()];
        for (int i = 0; i < offsets.size(); i++) System.arraycopy(offsets.get(i), 0, r, 3 * i, 3);
        return r;
    }

    /** Erosion (all ball voxels inside; outside the image counts as background) or dilation (any inside). */
    static boolean[] morph(boolean[] in, Geometry g, int[] ball, boolean erode) {
        boolean[] out = new boolean[in.length];
        int nx = g.nx, ny = g.ny, nz = g.nz;
        Parallel.forEach(nz, z -> {
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    if (erode && !in[i]) continue;
                    if (!erode && in[i]) {
                        out[i] = true;
                        continue;
                    }
                    boolean result = erode;
                    for (int k = 0; k < ball.length; k += 3) {
                        int xx = x + ball[k], yy = y + ball[k + 1], zz = z + ball[k + 2];
                        boolean v = xx >= 0 && yy >= 0 && zz >= 0 && xx < nx && yy < ny && zz < nz && in[xx + nx * (yy + ny * zz)];
                        if (erode && !v) {
                            result = false;
                            break;
                        }
                        if (!erode && v) {
                            result = true;
                            break;
                        }
                    }
                    out[i] = result;
                }
        });
        return out;
    }

    static boolean[] open(boolean[] m, Geometry g, double radiusMm) {
        if (!(radiusMm > 0)) return m;
        int[] b = ball(g, radiusMm);
        return morph(morph(m, g, b, true), g, b, false);
    }

    static boolean[] close(boolean[] m, Geometry g, double radiusMm) {
        if (!(radiusMm > 0)) return m;
        int[] b = ball(g, radiusMm);
        return morph(morph(m, g, b, false), g, b, true);
    }

    /** The largest 6-connected component (ties: the one met first in index order); empty input stays empty. */
    static boolean[] largestComponent(boolean[] m, Geometry g) {
        int[] label = new int[m.length];
        int[] queue = new int[m.length];
        int best = 0, bestSize = 0, next = 0;
        for (int seed = 0; seed < m.length; seed++) {
            if (!m[seed] || label[seed] != 0) continue;
            int id = ++next;
            int size = flood(m, true, label, id, queue, seed, g);
            if (size > bestSize) {
                bestSize = size;
                best = id;
            }
        }
        boolean[] r = new boolean[m.length];
        for (int i = 0; i < m.length; i++) r[i] = best != 0 && label[i] == best;
        return r;
    }

    /** Fills cavities: background not 6-connected to the image border becomes foreground. */
    static boolean[] fillHoles(boolean[] m, Geometry g) {
        int[] label = new int[m.length];
        int[] queue = new int[m.length];
        int nx = g.nx, ny = g.ny, nz = g.nz;
        for (int z = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++) {
                    if (x != 0 && y != 0 && z != 0 && x != nx - 1 && y != ny - 1 && z != nz - 1) continue;
                    int i = x + nx * (y + ny * z);
                    if (!m[i] && label[i] == 0) flood(m, false, label, 1, queue, i, g);
                }
        boolean[] r = new boolean[m.length];
        for (int i = 0; i < m.length; i++) r[i] = m[i] || label[i] == 0;
        return r;
    }

    /** Breadth-first 6-connected flood of voxels whose mask value equals {@code value}; returns the size. */
    private static int flood(boolean[] m, boolean value, int[] label, int id, int[] queue, int seed, Geometry g) {
        int nx = g.nx, ny = g.ny, nz = g.nz, nxy = nx * ny;
        int head = 0, tail = 0;
        queue[tail++] = seed;
        label[seed] = id;
        while (head < tail) {
            int i = queue[head++];
            int x = i % nx, y = (i / nx) % ny, z = i / nxy;
            if (x > 0) tail = visit(m, value, label, id, queue, tail, i - 1);
            if (x < nx - 1) tail = visit(m, value, label, id, queue, tail, i + 1);
            if (y > 0) tail = visit(m, value, label, id, queue, tail, i - nx);
            if (y < ny - 1) tail = visit(m, value, label, id, queue, tail, i + nx);
            if (z > 0) tail = visit(m, value, label, id, queue, tail, i - nxy);
            if (z < nz - 1) tail = visit(m, value, label, id, queue, tail, i + nxy);
        }
        return tail;
    }

    private static int visit(boolean[] m, boolean value, int[] label, int id, int[] queue, int tail, int j) {
        if (m[j] == value && label[j] == 0) {
            label[j] = id;
            queue[tail++] = j;
        }
        return tail;
    }
}
