package org.gliomaradiomics.mask;

import java.util.Arrays;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/**
 * Connected components of a binary mask (flood fill), size filtering, largest component and 3D hole filling.
 */
public final class ConnectedComponents {
    private ConnectedComponents() {}

    /** How labels are numbered. */
    public enum Order {
        /** Largest component = 1, then decreasing size; equal sizes keep scan order of their first voxel. */
        SIZE,
        /** In the order their first voxel is met scanning x fastest, then y, then z. */
        SCAN
    }

    /** Component labels (0 = background, 1..count) and the size in voxels of each label. */
    public static final class Labelling {
        private final Geometry geometry;
        private final int[] labels;
        private final long[] sizes;

        Labelling(Geometry geometry, int[] labels, long[] sizes) {
            this.geometry = geometry;
            this.labels = labels;
            this.sizes = sizes;
        }

        public int count() {
            return sizes.length;
        }

        /** Size in voxels of label {@code label} (1-based). */
        public long size(int label) {
            return sizes[label - 1];
        }

        public double volumeMm3(int label) {
            return sizes[label - 1] * geometry.voxelVolume();
        }

        /** Live label array (not a copy). */
        public int[] labels() {
            return labels;
        }

        public boolean[] mask(int label) {
            boolean[] m = new boolean[labels.length];
            for (int i = 0; i < m.length; i++) m[i] = labels[i] == label;
            return m;
        }

        /** Label map as a volume (UINT16 when it fits, else INT32). */
        public Volume toVolume() {
            double[] v = new double[labels.length];
            for (int i = 0; i < v.length; i++) v[i] = labels[i];
            return new Volume(geometry, v, sizes.length <= 65535 ? DataType.UINT16 : DataType.INT32);
        }
    }

    public static Labelling label(boolean[] mask, Geometry g, Connectivity connectivity, Order order) {
        Masks.checkSize(mask, g, "mask");
        int[] labels = new int[mask.length];
        long[] sizes = new long[16];
        int count = 0;
        Flood flood = new Flood(g, connectivity);
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i] || labels[i] != 0) continue;
            final int current = ++count;
            labels[i] = current;
            int size = flood.run(i, q -> {
                if (!mask[q] || labels[q] != 0) return false;
                labels[q] = current;
                return true;
            });
            if (count > sizes.length) sizes = Arrays.copyOf(sizes, sizes.length * 2);
            sizes[count - 1] = size;
        }
        sizes = Arrays.copyOf(sizes, count);
        if (order == Order.SIZE) sizes = renumberBySize(labels, sizes);
        return new Labelling(g, labels, sizes);
    }

    /** Renumbers labels by decreasing size (stable on scan order); returns the new sizes. */
    private static long[] renumberBySize(int[] labels, long[] sizes) {
        int n = sizes.length;
        // sort keys: larger size first, then lower scan label; sizes < 2^31 since a volume has < 2^31 voxels
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((Integer.MAX_VALUE - sizes[i]) << 32) | i;
        java.util.Arrays.sort(keys);
        int[] newLabel = new int[n + 1];
        long[] newSizes = new long[n];
        for (int rank = 0; rank < n; rank++) {
            int old = (int) (keys[rank] & 0xffffffffL);
            newLabel[old + 1] = rank + 1;
            newSizes[rank] = sizes[old];
        }
        for (int i = 0; i < labels.length; i++) labels[i] = newLabel[labels[i]];
        return newSizes;
    }

    /** Keeps the components with at least {@code minVoxels} voxels. */
    public static boolean[] removeSmallerThan(boolean[] mask, Geometry g, Connectivity connectivity, long minVoxels) {
        Labelling l = label(mask, g, connectivity, Order.SCAN);
        boolean[] out = new boolean[mask.length];
        int[] labels = l.labels();
        for (int i = 0; i < out.length; i++) out[i] = labels[i] != 0 && l.size(labels[i]) >= minVoxels;
        return out;
    }

    /** Keeps the components with a volume of at least {@code minMm3} mm³. */
    public static boolean[] removeSmallerThanMm3(boolean[] mask, Geometry g, Connectivity connectivity, double minMm3) {
        return removeSmallerThan(mask, g, connectivity, (long) Math.ceil(minMm3 / g.voxelVolume() - 1e-9));
    }

    /** The largest component (the first in scan order among equals); an empty mask stays empty. */
    public static boolean[] keepLargest(boolean[] mask, Geometry g, Connectivity connectivity) {
        Labelling l = label(mask, g, connectivity, Order.SIZE);
        return l.count() == 0 ? new boolean[mask.length] : l.mask(1);
    }

    /**
     * Fills holes in 3D: background voxels that cannot be reached from the volume border through background
     * voxels joined by {@code backgroundConnectivity} become foreground. Use 6 for a foreground seen with 18 or
     * 26 connectivity (the usual complementary pair), 26 for a 6-connected foreground.
     */
    public static boolean[] fillHoles(boolean[] mask, Geometry g, Connectivity backgroundConnectivity) {
        Masks.checkSize(mask, g, "mask");
        int nx = g.nx, ny = g.ny, nz = g.nz;
        boolean[] outside = new boolean[mask.length];
        int[] starts = new int[mask.length];
        int n = 0;
        for (int z = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++) {
                    boolean border = x == 0 || y == 0 || z == 0 || x == nx - 1 || y == ny - 1 || z == nz - 1;
                    if (!border) {
                        x = nx - 2; // jump to the last column of this row
                        continue;
                    }
                    int i = g.index(x, y, z);
                    if (!mask[i]) {
                        outside[i] = true;
                        starts[n++] = i;
                    }
                }
        new Flood(g, backgroundConnectivity).run(starts, n, q -> {
            if (mask[q] || outside[q]) return false;
            outside[q] = true;
            return true;
        });
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < out.length; i++) out[i] = !outside[i];
        return out;
    }
}
