package org.gliomaradiomics.features;

/**
 * Finds the zones of a {@link TextureGrid}: groups of connected ROI voxels with the same grey level, by an
 * iterative flood fill with one preallocated stack (written by hand: a few lines, and no library on the classpath
 * labels grey-level zones of a flat array). Connectivity is given as neighbour offsets (8 in-plane or 26).
 * One labeller visits every voxel at most once, so it serves all slices of one run, appending each slice's zones
 * to the previous ones; use a new one per run.
 */
final class ZoneLabeller {
    private final TextureGrid grid;
    private final int[] neighbours;
    /** Grey levels still to visit: a copy of the grid's, with each voxel set to 0 (never a zone's level) when it
     * joins a zone, so the fill tests one array instead of grey level and a visited flag. */
    private final int[] unvisited;
    private final int[] stack;
    /** Grey level, size and minimum distance of each zone found so far, in the order found. */
    final int[] zoneGrey, zoneSize, zoneDistance;
    private int zones;

    ZoneLabeller(TextureGrid grid, int[] neighbourOffsets) {
        this.grid = grid;
        this.neighbours = neighbourOffsets;
        int n = grid.roiVoxels.length;
        unvisited = grid.grey.clone();
        stack = new int[Math.max(n, 1)];
        zoneGrey = new int[n];
        zoneSize = new int[n];
        zoneDistance = new int[n];
    }

    /**
     * Labels the zones whose first voxel lies in the given slice (or anywhere when {@code slice < 0}); with
     * in-plane neighbours a zone never leaves its slice. {@code distance}: per-voxel distance map whose minimum over
     * each zone is recorded in {@link #zoneDistance}, or null.
     * @return the number of zones found so far, this call's included (they follow the earlier calls' zones)
     */
    int label(int slice, int[] distance) {
        int[] grey = unvisited, voxels = grid.roiVoxels, offsets = neighbours, stack = this.stack;
        int zones = this.zones;
        for (int k = grid.from(slice), end = grid.to(slice); k < end; k++) {
            int seed = voxels[k];
            int g = grey[seed];
            if (g == 0) continue;
            grey[seed] = 0;
            stack[0] = seed;
            int top = 1, size = 0, minDistance = Integer.MAX_VALUE;
            while (top > 0) {
                int v = stack[--top];
                size++;
                if (distance != null && distance[v] < minDistance) minDistance = distance[v];
                for (int offset : offsets) {
                    int w = v + offset;
                    if (grey[w] == g) {
                        grey[w] = 0;
                        stack[top++] = w;
                    }
                }
            }
            zoneGrey[zones] = g;
            zoneSize[zones] = size;
            zoneDistance[zones] = minDistance;
            zones++;
        }
        this.zones = zones;
        return zones;
    }
}
