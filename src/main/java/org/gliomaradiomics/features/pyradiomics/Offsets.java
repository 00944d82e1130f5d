package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.List;

/** PyRadiomics' neighbour offsets {dx, dy, dz}: Chebyshev norm in the requested distances, generated from
 * (d, d, d) downwards in (z, y, x) order; optionally one of each +/- pair; in-plane only with force2D. */
final class Offsets {
    private Offsets() {}

    static int[][] of(int[] distances, boolean half, boolean force2D, int force2Ddimension, Roi roi) {
        int dmax = 0;
        for (int d : distances) dmax = Math.max(dmax, d);
        List<int[]> out = new ArrayList<>();
        for (int dz = dmax; dz >= -dmax; dz--)
            for (int dy = dmax; dy >= -dmax; dy--)
                for (int dx = dmax; dx >= -dmax; dx--) {
                    if (dx == 0 && dy == 0 && dz == 0) continue;
                    int norm = Math.max(Math.abs(dx), Math.max(Math.abs(dy), Math.abs(dz)));
                    boolean wanted = false;
                    for (int d : distances) wanted |= d == norm;
                    if (!wanted) continue;
                    if (half && !(dz > 0 || (dz == 0 && (dy > 0 || (dy == 0 && dx > 0))))) continue;
                    if (force2D && (force2Ddimension == 0 ? dz : force2Ddimension == 1 ? dy : dx) != 0) continue;
                    if (Math.abs(dx) >= roi.nx || Math.abs(dy) >= roi.ny || Math.abs(dz) >= roi.nz) continue;
                    out.add(new int[] {dx, dy, dz});
                }
        return out.toArray(new int[0][]);
    }
}
