package org.gliomaradiomics.features;

/**
 * The ROI's discretised grey levels copied into a tight box around the ROI, padded on every side with
 * {@code pad} voxels of grey level 0. Texture kernels then reach neighbours by a constant linear offset with no
 * bounds check: anything outside the ROI (or outside the image) reads as 0. Also lists the ROI voxels in
 * ascending index order, so a slice is a contiguous range of that list.
 */
public final class TextureGrid {
    /** Padded box size. */
    public final int nx, ny, nz;
    /** Padding width in voxels (at least 1). */
    public final int pad;
    /** Number of grey levels. */
    public final int ng;
    /** Grey level 1..ng inside the intensity mask, 0 elsewhere (padding included). */
    public final int[] grey;
    /** Morphological mask on the same grid (null unless requested). */
    final boolean[] morph;
    /** Grid indices of the intensity-mask voxels, ascending. */
    public final int[] roiVoxels;
    /** roiVoxels[sliceStart[z] .. sliceStart[z+1]) are the ROI voxels of grid slice z. */
    public final int[] sliceStart;

    private TextureGrid(int nx, int ny, int nz, int pad, int ng, int[] grey, boolean[] morph, int[] roiVoxels,
                        int[] sliceStart) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.pad = pad;
        this.ng = ng;
        this.grey = grey;
        this.morph = morph;
        this.roiVoxels = roiVoxels;
        this.sliceStart = sliceStart;
    }

    /**
     * Crops the ROI. {@code withMorphMask}: also copy the morphological mask (the box then covers both masks). The
     * texture families of one ROI share the grid (read-only), cached on the RoiData.
     * @throws IllegalArgumentException when a voxel of the intensity mask has a grey level outside 1..ng
     */
    public static TextureGrid of(RoiData roi, int pad, boolean withMorphMask) {
        return roi.textureGrids.computeIfAbsent(2 * pad + (withMorphMask ? 1 : 0), k -> build(roi, pad, withMorphMask));
    }

    /** The uncached crop behind {@link #of}. */
    private static TextureGrid build(RoiData roi, int pad, boolean withMorphMask) {
        if (pad < 1) throw new IllegalArgumentException("texture grid padding must be at least 1, got " + pad);
        if (roi.ng < 1) throw new IllegalArgumentException("number of grey levels must be at least 1, got " + roi.ng);
        int rx = roi.nx, ry = roi.ny;
        boolean[] mask = roi.intensityMask;
        boolean[] morphMask = withMorphMask ? roi.morphMask : null;
        int[] bounds = bounds(roi);
        int o = withMorphMask ? 6 : 0;
        int x0 = bounds[o], y0 = bounds[o + 1], z0 = bounds[o + 2], x1 = bounds[o + 3], y1 = bounds[o + 4], z1 = bounds[o + 5];
        if (x1 < 0) { // empty ROI: a grid around voxel (0,0,0), which is outside the ROI, so no voxels are listed
            x0 = y0 = z0 = 0;
            x1 = y1 = z1 = 0;
        }
        int nx = x1 - x0 + 1 + 2 * pad, ny = y1 - y0 + 1 + 2 * pad, nz = z1 - z0 + 1 + 2 * pad;
        int[] grey = new int[nx * ny * nz];
        boolean[] morph = withMorphMask ? new boolean[grey.length] : null;
        int[] roiGrey = roi.grey;
        int ng = roi.ng;
        int count = 0;
        for (int z = z0; z <= z1; z++) {
            for (int y = y0; y <= y1; y++) {
                int src = x0 + rx * (y + ry * z);
                int dst = pad + nx * (y - y0 + pad + ny * (z - z0 + pad));
                for (int x = x0; x <= x1; x++, src++, dst++) {
                    if (mask[src]) {
                        int g = roiGrey[src];
                        if (g < 1 || g > ng)
                            throw new IllegalArgumentException("grey level " + g + " at voxel (" + x + ", " + y + ", " + z
                                + ") of the intensity mask is outside 1.." + ng);
                        grey[dst] = g;
                        count++;
                    }
                    if (morph != null) morph[dst] = morphMask[src];
                }
            }
        }
        int[] voxels = new int[count];
        int[] sliceStart = new int[nz + 1];
        int k = 0;
        for (int z = 0, i = 0; z < nz; z++) {
            sliceStart[z] = k;
            for (int end = i + nx * ny; i < end; i++) if (grey[i] != 0) voxels[k++] = i;
        }
        sliceStart[nz] = k;
        return new TextureGrid(nx, ny, nz, pad, ng, grey, morph, voxels, sliceStart);
    }

    /**
     * Bounding boxes {x0, y0, z0, x1, y1, z1} of the intensity mask (first six) and of the union of both masks (last
     * six); x1 = -1 when empty. Scanning a large box dominates the cost of a small ROI, so the boxes are computed
     * once per RoiData and shared by the texture families (RoiData is read-only by contract).
     */
    static int[] bounds(RoiData roi) {
        int[] b = roi.bounds;
        if (b == null) roi.bounds = b = scanBounds(roi); // a race only scans twice, to the same result
        return b;
    }

    /** The uncached scan behind {@link #bounds}. */
    static int[] scanBounds(RoiData roi) {
        RoiBox intensity = new RoiBox(roi.intensityMask, roi.nx, roi.ny, roi.nz), morph = new RoiBox(roi.morphMask, roi.nx, roi.ny, roi.nz);
        int[] b = new int[12];
        for (int k = 0; k < 3; k++) { // empty: lo = MAX_VALUE, hi = -1
            b[k] = intensity.lo[k];
            b[3 + k] = intensity.hi[k];
            b[6 + k] = Math.min(morph.lo[k], intensity.lo[k]); // the union box covers the intensity box too
            b[9 + k] = Math.max(morph.hi[k], intensity.hi[k]);
        }
        return b;
    }

    /** Grid slices (z) that contain ROI voxels, ascending. */
    int[] occupiedSlices() {
        int n = 0;
        for (int z = 0; z < nz; z++) if (sliceStart[z + 1] > sliceStart[z]) n++;
        int[] slices = new int[n];
        for (int z = 0, k = 0; z < nz; z++) if (sliceStart[z + 1] > sliceStart[z]) slices[k++] = z;
        return slices;
    }

    /** First index into {@link #roiVoxels} of a slice, or of the whole volume when {@code slice < 0}. */
    int from(int slice) {
        return slice < 0 ? 0 : sliceStart[slice];
    }

    /** End (exclusive) index into {@link #roiVoxels} of a slice, or of the whole volume when {@code slice < 0}. */
    int to(int slice) {
        return slice < 0 ? roiVoxels.length : sliceStart[slice + 1];
    }

    /** Linear offset of the displacement (dx, dy, dz). */
    public int offset(int dx, int dy, int dz) {
        return dx + nx * (dy + ny * dz);
    }
}
