package org.gliomaradiomics.features;

import java.util.Arrays;
import org.gliomaradiomics.image.ArrayPool;
import org.gliomaradiomics.mask.DistanceTransform;

/**
 * Builds GLSZM (zone size) or GLDZM (zone distance to the ROI edge) matrices per slice or for the volume. Zones
 * are 8-connected in a slice and 26-connected in 3D; GLDZM distances come from the morphological mask
 * ({@link DistanceTransform#manhattanToEdge}, 4- or 6-connected Manhattan distance), a zone's distance being its smallest. The zones
 * of a ROI are labelled once, with both their size and their distance, and shared by GLSZM and GLDZM (a matrix
 * only counts (grey level, length) pairs, so it does not depend on which family labelled them).
 */
final class ZoneMatrixBuilder implements TextureAggregation.SliceBuilder<LengthMatrix> {
    private final RoiData roi;
    private final TextureGrid grid;
    private final boolean byDistance;

    /** {@code byDistance}: GLDZM; otherwise GLSZM. */
    ZoneMatrixBuilder(RoiData roi, boolean byDistance) {
        this.roi = roi;
        this.grid = TextureGrid.of(roi, 1, true);
        this.byDistance = byDistance;
    }

    /** The grid the zones are labelled on (its slices index {@link #build}). */
    TextureGrid grid() {
        return grid;
    }

    /** PyRadiomics' glszm: the zones of the whole ROI, connected in-plane only ({@code inPlane}) or in 3D. */
    static LengthMatrix zones(TextureGrid grid, boolean inPlane) {
        ZoneLabeller labeller = new ZoneLabeller(grid, TextureDirections.chebyshevNeighbourhood(grid, 1, inPlane));
        int zones = labeller.label(-1, null);
        return LengthMatrix.ofPairs(grid.ng, labeller.zoneGrey, labeller.zoneSize, zones, grid.roiVoxels.length);
    }

    @Override
    public LengthMatrix build(int slice) {
        Zones zones = roi.zones.computeIfAbsent(slice >= 0, inPlane -> Zones.label(grid, inPlane));
        int first = slice < 0 ? 0 : zones.sliceStart[slice], end = slice < 0 ? zones.grey.length : zones.sliceStart[slice + 1];
        return LengthMatrix.ofPairs(grid.ng, zones.grey, byDistance ? zones.distance : zones.size, first, end,
            grid.to(slice) - grid.from(slice));
    }

    /** Grey level, size and distance (at least 1) of every zone; in-plane zones slice after slice, those of grid
     * slice z at sliceStart[z]..sliceStart[z + 1]. Labelled by one thread, with no nested parallel work. */
    record Zones(int[] grey, int[] size, int[] distance, int[] sliceStart) {
        static Zones label(TextureGrid grid, boolean inPlane) {
            ZoneLabeller labeller = new ZoneLabeller(grid, TextureDirections.chebyshevNeighbourhood(grid, 1, inPlane));
            int[] edgeDistance = DistanceTransform.manhattanToEdge(grid.morph, grid.nx, grid.ny, grid.nz, inPlane);
            int[] sliceStart = new int[grid.nz + 1];
            int n = 0;
            if (inPlane) {
                for (int z = 0; z < grid.nz; z++) {
                    sliceStart[z] = n;
                    n = labeller.label(z, edgeDistance);
                }
                sliceStart[grid.nz] = n;
            } else {
                n = labeller.label(-1, edgeDistance);
            }
            ArrayPool.release(edgeDistance);
            int[] distance = Arrays.copyOf(labeller.zoneDistance, n);
            // A zone voxel outside the morphological mask has distance 0; IBSI distances start at 1.
            for (int z = 0; z < n; z++) if (distance[z] < 1) distance[z] = 1;
            return new Zones(Arrays.copyOf(labeller.zoneGrey, n), Arrays.copyOf(labeller.zoneSize, n), distance, sliceStart);
        }
    }
}
