package org.gliomaradiomics.features;

/**
 * Distance of each mask voxel to the edge of the mask by the Manhattan norm (IBSI GLDZM): 1 for a voxel with a
 * face neighbour outside the mask, 0 outside the mask. Two raster passes of the city-block chamfer transform,
 * which is exact for this norm (written by hand; a few lines). In-plane mode measures within each axial slice
 * (2D GLDZM). The mask must be false on the faces of the box (a {@link TextureGrid} is padded), so the image
 * border counts as edge and no bounds checks are needed.
 */
final class EdgeDistanceMap {
    private EdgeDistanceMap() {}

    static int[] manhattan(boolean[] mask, int nx, int ny, int nz, boolean inPlane) {
        int n = mask.length, plane = nx * ny;
        int dz = inPlane ? 0 : plane; // 0: no neighbour across slices
        int[] d = new int[n];
        int first = plane + nx + 1, last = n - plane - nx - 1; // voxels off the box faces lie strictly between
        for (int i = first; i < last; i++) {
            if (!mask[i]) continue;
            int best = Math.min(d[i - 1], d[i - nx]);
            if (dz != 0) best = Math.min(best, d[i - dz]);
            d[i] = best + 1;
        }
        for (int i = last - 1; i >= first; i--) {
            if (!mask[i]) continue;
            int best = Math.min(d[i] - 1, Math.min(d[i + 1], d[i + nx]));
            if (dz != 0) best = Math.min(best, d[i + dz]);
            d[i] = best + 1;
        }
        return d;
    }
}
