package org.gliomaradiomics.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A region of interest ready for feature computation: the image cropped to a box around the ROI (with a margin,
 * so that local-intensity spheres and neighbourhoods see the voxels around the ROI), the morphological and
 * intensity masks, and the discretised grey levels. Arrays are indexed x fastest: {@code x + nx * (y + ny * z)}.
 * The one ROI of both conventions: built by the IBSI extractor, or by PyRadiomics' pipeline ({@link #crop}, no
 * margin); families only read it.
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
    /** Labelled zones shared by GLSZM and GLDZM, in-plane (key true) and 3D ({@link ZoneMatrixBuilder}). */
    final Map<Boolean, ZoneMatrixBuilder.Zones> zones = new ConcurrentHashMap<>(2);
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

    /**
     * The box {@code box} of an image of size {@code dims} (x fastest) with one mask as both morphological and
     * intensity mask, before discretisation (grey levels 0, none counted): PyRadiomics' pipeline crops each
     * (filtered) image so and discretises it later ({@link #withGreyLevels}).
     */
    public static RoiData crop(double[] image, boolean[] mask, int[] dims, RoiBox box, double[] spacing) {
        int[] n = box.size();
        boolean[] m = box.crop(mask, dims[0], dims[1]);
        return new RoiData(n[0], n[1], n[2], spacing[0], spacing[1], spacing[2], box.crop(image, dims[0], dims[1]), m, m,
            new int[m.length], 0, new double[0], new double[0]);
    }

    /** {@link #crop} of the mask's own box. */
    public static RoiData cropToMask(double[] image, boolean[] mask, int[] dims, double[] spacing) {
        return crop(image, mask, dims, new RoiBox(mask, dims[0], dims[1], dims[2]), spacing);
    }

    /**
     * The part of this ROI in {@code box} (a box of its own grid) with its grey levels, the intensity mask serving
     * as both masks: the ROI of a voxel map's kernel. The IVH input is the part's grey levels, evaluated at
     * {@code ivhLevels}.
     */
    public RoiData crop(RoiBox box, double[] ivhLevels) {
        boolean[] mask = box.crop(intensityMask, nx, ny);
        int[] levels = box.crop(grey, nx, ny); // 0 outside the intensity mask, as in this ROI
        double[] ivh = new double[count(mask)];
        for (int i = 0, k = 0; i < mask.length; i++) if (mask[i]) ivh[k++] = levels[i];
        return new RoiData(box.size(0), box.size(1), box.size(2), sx, sy, sz, box.crop(image, nx, ny), mask, mask, levels, ng, ivh,
            ivhLevels);
    }

    /** This ROI with the given grey level of each voxel (0 outside the intensity mask) and level count. */
    public RoiData withGreyLevels(int[] levels, int levelCount) {
        return new RoiData(nx, ny, nz, sx, sy, sz, image, morphMask, intensityMask, levels, levelCount, ivhValues, ivhLevels);
    }

    /** Intensities of the intensity-mask voxels in voxel order. */
    public double[] intensityValues() {
        double[] out = new double[intensityCount()];
        for (int i = 0, k = 0; i < image.length; i++) if (intensityMask[i]) out[k++] = image[i];
        return out;
    }

    /** Voxel spacing in mm along axis 0 (x), 1 (y) or 2 (z). */
    public double spacing(int axis) {
        return axis == 0 ? sx : axis == 1 ? sy : sz;
    }

    /** Box size in voxels along axis 0 (x), 1 (y) or 2 (z). */
    public int size(int axis) {
        return axis == 0 ? nx : axis == 1 ? ny : nz;
    }

    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    public int voxelCount() {
        return nx * ny * nz;
    }

    /** Number of distinct grey levels in the intensity mask (PyRadiomics' GLCM keeps a row for each: MCC). */
    public int levelsPresent() {
        boolean[] seen = new boolean[ng + 1];
        int n = 0;
        for (int g : grey)
            if (g > 0 && !seen[g]) {
                seen[g] = true;
                n++;
            }
        return n;
    }

    /** Number of voxels in the intensity mask. */
    public int intensityCount() {
        return count(intensityMask);
    }

    /** Number of voxels in the morphological mask. */
    public int morphCount() {
        return count(morphMask);
    }

    private static int count(boolean[] mask) {
        int c = 0;
        for (boolean b : mask) if (b) c++;
        return c;
    }
}
