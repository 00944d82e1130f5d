package org.gliomaradiomics.features;

/**
 * Distance of each mask voxel to the edge of the mask by the Manhattan norm (IBSI GLDZM): 1 for a voxel with a
 * face neighbour outside the mask, 0 outside the mask. Two raster passes of the city-block chamfer transform,
 * which is exact for this norm (written by hand; a few lines). The grid's zero padding makes the image border
 * an edge. In-plane mode measures within each axial slice (2D GLDZM).
 */
final class EdgeDistanceMap {
    private EdgeDistanceMap() {}

    static int[] manhattan(boolean[] mask, int nx, int ny, int nz, boolean inPlane) {
        int n = mask.length, plane = nx * ny;
        int[] d = new int[n];
        int big = Integer.MAX_VALUE / 2;
        for (int z = 0, i = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (!mask[i]) continue;
                    int best = big;
                    if (x > 0) best = Math.min(best, d[i - 1]);
                    if (y > 0) best = Math.min(best, d[i - nx]);
                    if (!inPlane && z > 0) best = Math.min(best, d[i - plane]);
                    if (x == 0 || y == 0 || (!inPlane && z == 0)) best = 0;
                    d[i] = best + 1;
                }
            }
        }
        for (int z = nz - 1, i = n - 1; z >= 0; z--) {
            for (int y = ny - 1; y >= 0; y--) {
                for (int x = nx - 1; x >= 0; x--, i--) {
                    if (!mask[i]) continue;
                    int best = d[i] - 1;
                    if (x < nx - 1) best = Math.min(best, d[i + 1]);
                    if (y < ny - 1) best = Math.min(best, d[i + nx]);
                    if (!inPlane && z < nz - 1) best = Math.min(best, d[i + plane]);
                    if (x == nx - 1 || y == ny - 1 || (!inPlane && z == nz - 1)) best = 0;
                    d[i] = best + 1;
                }
            }
        }
        return d;
    }
}
