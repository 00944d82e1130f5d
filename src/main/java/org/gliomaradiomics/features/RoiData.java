package org.gliomaradiomics.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A region of interest ready for feature computation: the image cropped to a box around the ROI (with a margin,
 * so that local-intensity spheres and neighbourhoods see the voxels around the ROI), the morphological and
 * intensity masks, and the discretised grey levels. Arrays are indexed x fastest: {@code x + nx * (y + ny * z)}.
 * Built by the extractor; families only read it.
 */
public final class RoiData {
    /** Box size in voxels. */
    public final int nx, ny, nz;
    /** Voxel spacing in mm (x, y, z). */
    public final double sx, sy, sz;
    /** Intensities of every voxel in the box (inside and outside the ROI), after interpolation. */
    public final double[] image;
    /** Morphological mask (shape features). */
    public final boolean[] morphMask;
    /** Intensity mask (morphological mask after re-segmentation): statistics and textures use these voxels. */
    public final boolean[] intensityMask;
    /** Discretised grey level 1..ng of each voxel in the intensity mask, 0 elsewhere. */
    public final int[] grey;
    /** Number of grey levels (the highest possible level, empty levels included). */
    public final int ng;
    /** Intensity-volume-histogram input: discretised (or exact) values of the voxels in the intensity mask, and
     * the grid of intensities at which the curve is evaluated (ascending). */
    public final double[] ivhValues;
    public final double[] ivhLevels;

    // Derived read-only data the families share, cached on the ROI itself so that it lives and dies with it: no
    // global map (and no lock shared by threads) gets an entry per ROI, which matters for voxel maps, whose every
    // kernel is a RoiData of its own.
    /** Texture grids by (pad, morph) key ({@link TextureGrid#of}). */
    final Map<Integer, TextureGrid> textureGrids = new ConcurrentHashMap<>(2);
    /** Bounding boxes of the masks ({@link TextureGrid#bounds}), null until first asked. */
    volatile int[] bounds;
    /** Intensities of the intensity mask in ascending order ({@link SortedIntensities}), null until known. */
    volatile double[] sortedIntensities;

    public RoiData(int nx, int ny, int nz, double sx, double sy, double sz, double[] image, boolean[] morphMask,
                   boolean[] intensityMask, int[] grey, int ng, double[] ivhValues, double[] ivhLevels) {
        int n = nx * ny * nz;
        if (image.length != n || morphMask.length != n || intensityMask.length != n || grey.length != n)
            throw new IllegalArgumentException("array sizes do not match the box " + nx + "x" + ny + "x" + nz);
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.sx = sx;
        this.sy = sy;
        this.sz = sz;
        this.image = image;
        this.morphMask = morphMask;
        this.intensityMask = intensityMask;
        this.grey = grey;
        this.ng = ng;
        this.ivhValues = ivhValues;
        this.ivhLevels = ivhLevels;
    }

    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    public int voxelCount() {
        return nx * ny * nz;
    }

    /** Number of voxels in the intensity mask. */
    public int intensityCount() {
        int c = 0;
        for (boolean b : intensityMask) if (b) c++;
        return c;
    }
}
