package org.gliomaradiomics.features;

/**
 * Neighbour geometry of the texture families: the 13 unique directions of IBSI (the first four lie in the
 * axial plane) and Chebyshev neighbourhoods, as linear offsets into a {@link TextureGrid}.
 */
public final class TextureDirections {
    /** Number of in-plane directions (the first entries of {@link #DIRECTIONS}). */
    static final int IN_PLANE = 4;
    /** Unit direction vectors (dx, dy, dz): 4 in-plane, then 9 out of plane; opposite directions are omitted. Read-only. */
    public static final int[][] DIRECTIONS = {
        {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {-1, 1, 0},
        {0, 0, 1}, {1, 0, 1}, {-1, 0, 1}, {0, 1, 1}, {0, -1, 1}, {1, 1, 1}, {1, -1, 1}, {-1, 1, 1}, {-1, -1, 1}};

    private TextureDirections() {}

    /** Linear offset of direction {@code d} scaled by {@code distance}. */
    public static int offset(TextureGrid grid, int d, int distance) {
        int[] v = DIRECTIONS[d];
        return grid.offset(v[0] * distance, v[1] * distance, v[2] * distance);
    }

    /**
     * Offsets of all voxels within Chebyshev distance {@code distance} of a centre voxel, centre excluded; in the
     * axial plane only when {@code inPlane}.
     */
    static int[] chebyshevNeighbourhood(TextureGrid grid, int distance, boolean inPlane) {
        int dzMax = inPlane ? 0 : distance;
        int side = 2 * distance + 1;
        int[] offsets = new int[side * side * (2 * dzMax + 1) - 1];
        int k = 0;
        for (int dz = -dzMax; dz <= dzMax; dz++)
            for (int dy = -distance; dy <= distance; dy++)
                for (int dx = -distance; dx <= distance; dx++)
                    if (dx != 0 || dy != 0 || dz != 0) offsets[k++] = grid.offset(dx, dy, dz);
        return offsets;
    }
}
