package org.gliomaradiomics.features.voxel;

import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.features.CooccurrenceCounts;
import org.gliomaradiomics.features.CooccurrenceFeatures;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.SparseGlcm;
import org.gliomaradiomics.features.TextureDirections;
import org.gliomaradiomics.features.TextureGrid;

/**
 * GLCM feature maps by a sliding kernel, written by hand because no library offers masked sliding co-occurrences.
 * The kernel slides over the {@link TextureGrid} the GLCM family reads (grey levels padded by the kernel radius),
 * along each x line one voxel at a time: the pairs of the leaving plane are removed and those of the entering plane
 * added (O(w^2 * 13) updates per step instead of O(w^3 * 13)), counts are kept sparse ({@link CooccurrenceCounts})
 * and {@link CooccurrenceFeatures} reads only the non-zero cells. A pair belongs to a kernel when both voxels lie in
 * the kernel and in the ROI (PyRadiomics' masked kernel). Each grid slice is computed independently, so slices may
 * run in parallel with bit-identical results; slices reuse the counts and matrices of finished ones.
 */
final class SlidingGlcmMaps {
    private final TextureGrid grid;
    private final int radius, roiLevelCount;
    private final boolean symmetric;
    private final Convention convention;
    private final int[] dx, dy, dz, offset;
    /** Positions of the selected features in {@link CooccurrenceFeatures}' value array. */
    private final int[] selected;
    /**
     * Work arrays of the slices that are not running: at most one set per thread is ever made, and they go with
     * this object (a ThreadLocal would keep them on pool threads, up to 13 * 8 * ng^2 bytes each).
     */
    private final Queue<Work> idle = new ConcurrentLinkedQueue<>();
    private final Supplier<Work> newWork;
    /** out[k][r]: map of selected feature k at the r-th ROI voxel (the grid lists them in the maps' order). */
    final double[][] out;

    /** @param selected positions in {@link CooccurrenceFeatures}' value array */
    SlidingGlcmMaps(RoiData roi, int radius, int distance, boolean symmetric, Convention convention, int[] selected) {
        if (roi.ng > 1024) // dense count and slot arrays of ng^2 cells per matrix and thread
            throw new IllegalArgumentException(roi.ng + " grey levels are too many for GLCM maps (at most 1024); use a coarser discretisation");
        grid = TextureGrid.of(roi, radius, false);
        this.radius = radius;
        this.symmetric = symmetric;
        this.convention = convention;
        this.selected = selected;
        roiLevelCount = Arrays.stream(selected).anyMatch(k -> k == CooccurrenceFeatures.MCC) ? roi.levelsPresent() : 0;
        int nd = TextureDirections.DIRECTIONS.length;
        dx = new int[nd];
        dy = new int[nd];
        dz = new int[nd];
        offset = new int[nd];
        for (int d = 0; d < nd; d++) {
            dx[d] = TextureDirections.DIRECTIONS[d][0] * distance;
            dy[d] = TextureDirections.DIRECTIONS[d][1] * distance;
            dz[d] = TextureDirections.DIRECTIONS[d][2] * distance;
            offset[d] = TextureDirections.offset(grid, d, distance);
        }
        int w = 2 * radius + 1, matrices = convention.averageDirections() ? nd : 1, maxCells = w * w * w * (nd / matrices);
        newWork = () -> new Work(grid.ng, matrices, maxCells);
        out = new double[selected.length][grid.roiVoxels.length];
    }

    /** Counts (one per direction, or one merged), matrix and value arrays of one running slice. */
    private static final class Work {
        final CooccurrenceCounts[] counts;
        final SparseGlcm matrix;
        final double[] values = new double[CooccurrenceFeatures.VALUES], sum = new double[CooccurrenceFeatures.VALUES];

        Work(int ng, int matrices, int maxCells) {
            counts = new CooccurrenceCounts[matrices];
            for (int k = 0; k < matrices; k++) counts[k] = new CooccurrenceCounts(ng, maxCells);
            matrix = new SparseGlcm(ng, maxCells);
        }
    }

    /** Number of grid slices, the range of {@link #computeSlice}. */
    int slices() {
        return grid.nz;
    }

    /** Computes the maps of grid slice z, line by line (a line's ROI voxels are consecutive in the grid's list). */
    void computeSlice(int z) {
        Work w = idle.poll();
        if (w == null) w = newWork.get();
        int[] voxels = grid.roiVoxels;
        for (int k = grid.sliceStart[z], end = grid.sliceStart[z + 1]; k < end; ) {
            int line = voxels[k] / grid.nx, last = k;
            while (last + 1 < end && voxels[last + 1] / grid.nx == line) last++;
            slideLine(k, last, w);
            k = last + 1;
        }
        idle.add(w);
    }

    /** Slides the kernel over the ROI voxels first..last (positions in the grid's list) of one line. */
    private void slideLine(int first, int last, Work w) {
        for (CooccurrenceCounts c : w.counts) c.clear();
        int r = radius, start = grid.roiVoxels[first], end = grid.roiVoxels[last];
        for (int p = start - r; p <= start + r; p++) plane(p, start - r, p, +1, w.counts); // each pair once, when its later plane comes
        for (int centre = start, k = first; ; centre++) {
            if (grid.grey[centre] != 0) features(w, k++);
            if (centre == end) break;
            plane(centre - r, centre - r, centre + r, -1, w.counts);
            plane(centre + r + 1, centre - r + 1, centre + r + 1, +1, w.counts);
        }
    }

    /**
     * Adds (sign +1) or removes (-1) the pairs that have one voxel in the y-z plane through grid voxel {@code px} and
     * the other in the kernel spanning grid voxels x0..x1 of px's line; pairs inside the plane are counted once.
     */
    private void plane(int px, int x0, int x1, int sign, CooccurrenceCounts[] counts) {
        int r = radius, nd = offset.length, nx = grid.nx, ny = grid.ny;
        int cx = px % nx, cy = (px / nx) % ny, cz = px / (nx * ny), lo = x0 % nx, hi = x1 % nx;
        for (int z = cz - r; z <= cz + r; z++)
            for (int y = cy - r; y <= cy + r; y++) {
                int p = cx + nx * (y + ny * z);
                int gp = grid.grey[p];
                if (gp == 0) continue;
                for (int d = 0; d < nd; d++) {
                    int qy = y + dy[d], qz = z + dz[d], qx = cx + dx[d];
                    if (qx >= lo && qx <= hi && Math.abs(qy - cy) <= r && Math.abs(qz - cz) <= r) {
                        int gq = grid.grey[p + offset[d]];
                        if (gq != 0) apply(counts[counts.length > 1 ? d : 0], gp, gq, sign);
                    }
                    if (dx[d] != 0) { // a partner at p - d in the same plane counts this pair from its own side
                        qx = cx - dx[d];
                        qy = y - dy[d];
                        qz = z - dz[d];
                        if (qx >= lo && qx <= hi && Math.abs(qy - cy) <= r && Math.abs(qz - cz) <= r) {
                            int gq = grid.grey[p - offset[d]];
                            if (gq != 0) apply(counts[counts.length > 1 ? d : 0], gq, gp, sign);
                        }
                    }
                }
            }
    }

    /** Pair (centre level gc, neighbour level gn) of direction +d. */
    private void apply(CooccurrenceCounts c, int gc, int gn, int sign) {
        int a = gc - 1, b = gn - 1, ng = grid.ng;
        int cell = symmetric ? Math.min(a, b) * ng + Math.max(a, b) : a * ng + b;
        if (sign > 0) c.add(cell);
        else c.remove(cell);
    }

    /** The features of the kernel, averaged over its non-empty directions, stored for the ROI voxel {@code rank}. */
    private void features(Work w, int rank) {
        double[] values = w.values, sum = w.sum;
        Arrays.fill(sum, 0);
        int used = 0;
        for (CooccurrenceCounts c : w.counts) {
            if (!w.matrix.load(c, symmetric)) continue; // empty directions are left out (NaN in PyRadiomics' nanmean)
            CooccurrenceFeatures.of(w.matrix, convention, roiLevelCount, values);
            for (int k = 0; k < sum.length; k++) sum[k] += values[k];
            used++;
        }
        for (int k = 0; k < selected.length; k++) out[k][rank] = used == 0 ? Double.NaN : sum[selected[k]] / used;
    }
}
