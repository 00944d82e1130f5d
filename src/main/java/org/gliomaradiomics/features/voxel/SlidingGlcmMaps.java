package org.gliomaradiomics.features.voxel;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.features.CooccurrenceCounts;
import org.gliomaradiomics.features.CooccurrenceFeatures;
import org.gliomaradiomics.features.SparseGlcm;

/**
 * GLCM feature maps by a sliding kernel, written by hand because no library offers masked sliding co-occurrences.
 * Along each x line the kernel moves one voxel at a time: the pairs of the leaving plane are removed and those of
 * the entering plane added (O(w^2 * 13) updates per step instead of O(w^3 * 13)), counts are kept sparse
 * ({@link CooccurrenceCounts}) and the features read only the non-zero cells. A pair belongs to a kernel when both
 * voxels lie in the kernel and in the ROI (PyRadiomics' masked kernel). Each z-slice of the output is computed
 * independently, so slices may run in parallel with bit-identical results.
 */
final class SlidingGlcmMaps {
    /** The 13 unique directions (dx, dy, dz) of IBSI and PyRadiomics (one of each +/- pair). */
    static final int[][] DIRECTIONS = {
        {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {-1, 1, 0},
        {0, 0, 1}, {1, 0, 1}, {-1, 0, 1}, {0, 1, 1}, {0, -1, 1}, {1, 1, 1}, {1, -1, 1}, {-1, 1, 1}, {-1, -1, 1}};

    private final int bx, by, bz, radius, distance, ng, roiLevelCount;
    private final boolean symmetric;
    private final Convention convention;
    /** Grey levels on the box padded by {@link #pad} zero voxels on every side. */
    private final int[] grey;
    private final int pad, nx, ny;
    private final int[] dx, dy, dz, offset;
    /** Positions of the selected features in {@link CooccurrenceFeatures}' value array. */
    private final int[] selected;
    private final boolean withMcc;
    /** Position of each box voxel among the ROI voxels (the maps' index). */
    private final int[] rank;
    /** out[k][rank[boxIndex]]: map of selected feature k over the ROI voxels. */
    final double[][] out;

    /**
     * @param boxGrey grey levels 1..ng of the ROI voxels of a bx x by x bz box, 0 elsewhere
     * @param selected positions in {@link CooccurrenceFeatures}' value array
     * @param roiVoxels the ROI voxels of the box (those with a grey level), which the maps hold
     */
    SlidingGlcmMaps(int[] boxGrey, int bx, int by, int bz, int ng, int radius, int distance, boolean symmetric,
                    Convention convention, int[] selected, RoiVoxelIndex roiVoxels) {
        if (ng > 1024) // dense count and slot arrays of ng^2 cells per matrix and thread
            throw new IllegalArgumentException(ng + " grey levels are too many for GLCM maps (at most 1024); use a coarser discretisation");
        this.bx = bx;
        this.by = by;
        this.bz = bz;
        this.ng = ng;
        this.radius = radius;
        this.distance = distance;
        this.symmetric = symmetric;
        this.convention = convention;
        this.selected = selected;
        withMcc = Arrays.stream(selected).anyMatch(k -> k == CooccurrenceFeatures.MCC);
        pad = radius;
        nx = bx + 2 * pad;
        ny = by + 2 * pad;
        int nz = bz + 2 * pad;
        grey = new int[nx * ny * nz];
        boolean[] present = new boolean[ng + 1];
        for (int z = 0, i = 0; z < bz; z++)
            for (int y = 0; y < by; y++)
                for (int x = 0; x < bx; x++, i++) {
                    int g = boxGrey[i];
                    if (g < 0 || g > ng) throw new IllegalArgumentException("grey level " + g + " outside 1.." + ng + " at box voxel " + i);
                    grey[(x + pad) + nx * ((y + pad) + ny * (z + pad))] = g;
                    present[g] = true;
                }
        int levels = 0;
        for (int g = 1; g <= ng; g++) if (present[g]) levels++;
        roiLevelCount = levels;
        int nd = DIRECTIONS.length;
        dx = new int[nd];
        dy = new int[nd];
        dz = new int[nd];
        offset = new int[nd];
        for (int d = 0; d < nd; d++) {
            dx[d] = DIRECTIONS[d][0] * distance;
            dy[d] = DIRECTIONS[d][1] * distance;
            dz[d] = DIRECTIONS[d][2] * distance;
            offset[d] = dx[d] + nx * (dy[d] + ny * dz[d]);
        }
        rank = roiVoxels.rank;
        out = roiVoxels.maps(selected.length);
    }

    /** Computes the maps of box slice z; {@code lineDone} is told each finished line. */
    void computeSlice(int z, IntConsumer lineDone) {
        boolean perDirection = convention.averageDirections();
        int nMatrices = perDirection ? DIRECTIONS.length : 1;
        CooccurrenceCounts[] counts = new CooccurrenceCounts[nMatrices];
        int w = 2 * radius + 1, maxCells = w * w * w * (perDirection ? 1 : DIRECTIONS.length);
        for (int k = 0; k < nMatrices; k++) counts[k] = new CooccurrenceCounts(ng, maxCells);
        SparseGlcm matrix = new SparseGlcm(ng, maxCells);
        int nf = CooccurrenceFeatures.VALUES;
        double[] values = new double[nf], sum = new double[nf];
        for (int y = 0; y < by; y++) {
            int row = bx * (y + by * z);
            int first = -1, last = -1;
            int prow = pad + nx * ((y + pad) + ny * (z + pad));
            for (int x = 0; x < bx; x++)
                if (grey[prow + x] != 0) {
                    if (first < 0) first = x;
                    last = x;
                }
            if (first >= 0) slideLine(first, last, y + pad, z + pad, row, counts, matrix, values, sum);
            lineDone.accept(y);
        }
    }

    /** Slides the kernel over centres x = first..last (box coordinates) of padded line (cy, cz). */
    private void slideLine(int first, int last, int cy, int cz, int row, CooccurrenceCounts[] counts, SparseGlcm matrix,
                           double[] values, double[] sum) {
        for (CooccurrenceCounts c : counts) c.clear();
        int r = radius;
        int c0 = first + pad;
        for (int x = c0 - r; x <= c0 + r; x++) plane(x, c0 - r, x, cy, cz, +1, counts);
        for (int bxc = first; ; bxc++) {
            int cx = bxc + pad;
            if (grey[cx + nx * (cy + ny * cz)] != 0) features(counts, matrix, values, sum, row + bxc);
            if (bxc == last) break;
            plane(cx - r, cx - r, cx + r, cy, cz, -1, counts);
            plane(cx + r + 1, cx - r + 1, cx + r + 1, cy, cz, +1, counts);
        }
    }

    /**
     * Adds (sign +1) or removes (-1) the pairs that have one voxel in plane {@code px} and the other in the kernel
     * spanning x0..x1 around (cy, cz); pairs inside the plane are counted once.
     */
    private void plane(int px, int x0, int x1, int cy, int cz, int sign, CooccurrenceCounts[] counts) {
        int r = radius, nd = offset.length;
        for (int z = cz - r; z <= cz + r; z++)
            for (int y = cy - r; y <= cy + r; y++) {
                int p = px + nx * (y + ny * z);
                int gp = grey[p];
                if (gp == 0) continue;
                for (int d = 0; d < nd; d++) {
                    int qy = y + dy[d], qz = z + dz[d], qx = px + dx[d];
                    if (qx >= x0 && qx <= x1 && Math.abs(qy - cy) <= r && Math.abs(qz - cz) <= r) {
                        int gq = grey[p + offset[d]];
                        if (gq != 0) apply(counts[counts.length > 1 ? d : 0], gp, gq, sign);
                    }
                    if (dx[d] != 0) { // a partner at p - d in the same plane counts this pair from its own side
                        qx = px - dx[d];
                        qy = y - dy[d];
                        qz = z - dz[d];
                        if (qx >= x0 && qx <= x1 && Math.abs(qy - cy) <= r && Math.abs(qz - cz) <= r) {
                            int gq = grey[p - offset[d]];
                            if (gq != 0) apply(counts[counts.length > 1 ? d : 0], gq, gp, sign);
                        }
                    }
                }
            }
    }

    /** Pair (centre level gc, neighbour level gn) of direction +d. */
    private void apply(CooccurrenceCounts c, int gc, int gn, int sign) {
        int a = gc - 1, b = gn - 1;
        int cell = symmetric ? Math.min(a, b) * ng + Math.max(a, b) : a * ng + b;
        if (sign > 0) c.add(cell);
        else c.remove(cell);
    }

    private void features(CooccurrenceCounts[] counts, SparseGlcm matrix, double[] values, double[] sum, int boxIndex) {
        Arrays.fill(sum, 0);
        int used = 0, levels = withMcc ? roiLevelCount : 0;
        for (CooccurrenceCounts c : counts) {
            if (!matrix.load(c, symmetric)) continue; // empty directions are left out (NaN in PyRadiomics' nanmean)
            CooccurrenceFeatures.of(matrix, convention, levels, values);
            for (int k = 0; k < sum.length; k++) sum[k] += values[k];
            used++;
        }
        for (int k = 0; k < sum.length; k++) values[k] = used == 0 ? Double.NaN : sum[k] / used;
        store(values, boxIndex);
    }

    private void store(double[] values, int boxIndex) {
        int i = rank[boxIndex];
        for (int k = 0; k < selected.length; k++) out[k][i] = values[selected[k]];
    }
}
