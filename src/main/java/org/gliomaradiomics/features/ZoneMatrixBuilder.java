package org.gliomaradiomics.features;

/**
 * Builds GLSZM (zone size) or GLDZM (zone distance to the ROI edge) matrices per slice or for the volume. Zones
 * are 8-connected in a slice and 26-connected in 3D; GLDZM distances come from the morphological mask
 * ({@link EdgeDistanceMap}, 4- or 6-connected Manhattan distance), a zone's distance being its smallest.
 */
final class ZoneMatrixBuilder implements TextureAggregation.SliceBuilder<LengthMatrix> {
    private final TextureGrid grid;
    private final boolean byDistance;
    private ZoneLabeller inPlane, volume;
    private int[] inPlaneDistance, volumeDistance;

    /** {@code byDistance}: GLDZM (the grid must carry the morphological mask); otherwise GLSZM. */
    ZoneMatrixBuilder(TextureGrid grid, boolean byDistance) {
        if (byDistance && grid.morph == null) throw new IllegalArgumentException("GLDZM needs the morphological mask in the texture grid");
        this.grid = grid;
        this.byDistance = byDistance;
    }

    /** PyRadiomics' glszm: the zones of the whole ROI, connected in-plane only ({@code inPlane}) or in 3D. */
    LengthMatrix zones(boolean inPlane) {
        ZoneLabeller labeller = new ZoneLabeller(grid, TextureDirections.chebyshevNeighbourhood(grid, 1, inPlane));
        int zones = labeller.label(-1, null);
        return LengthMatrix.ofPairs(grid.ng, labeller.zoneGrey, labeller.zoneSize, zones, grid.roiVoxels.length);
    }

    @Override
    public LengthMatrix build(int slice) {
        boolean in2d = slice >= 0;
        ZoneLabeller labeller = in2d ? inPlane : volume;
        if (labeller == null) {
            labeller = new ZoneLabeller(grid, TextureDirections.chebyshevNeighbourhood(grid, 1, in2d));
            if (in2d) inPlane = labeller;
            else volume = labeller;
        }
        int[] distance = null;
        if (byDistance) {
            distance = in2d ? inPlaneDistance : volumeDistance;
            if (distance == null) {
                distance = EdgeDistanceMap.manhattan(grid.morph, grid.nx, grid.ny, grid.nz, in2d);
                if (in2d) inPlaneDistance = distance;
                else volumeDistance = distance;
            }
        }
        int zones = labeller.label(slice, distance);
        int[] lengths = labeller.zoneSize;
        if (byDistance) {
            lengths = labeller.zoneDistance;
            // A zone voxel outside the morphological mask has distance 0; IBSI distances start at 1.
            for (int z = 0; z < zones; z++) if (lengths[z] < 1) lengths[z] = 1;
        }
        return LengthMatrix.ofPairs(grid.ng, labeller.zoneGrey, lengths, zones, grid.to(slice) - grid.from(slice));
    }
}
