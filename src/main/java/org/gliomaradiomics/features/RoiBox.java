package org.gliomaradiomics.features;

import java.util.function.IntConsumer;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Inclusive index bounds of the voxels of a flat mask (x fastest) and their count, and the crop of an array to a
 * box: the one ROI box of the IBSI texture grid, PyRadiomics' pipeline and the voxel maps.
 */
public final class RoiBox {
    /** Lowest and highest index per axis (x, y, z); hi = -1 when the mask is empty. */
    public final int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}, hi = {-1, -1, -1};
    /** Number of mask voxels. */
    public final int count;

    public RoiBox(boolean[] mask, int nx, int ny, int nz) {
        this(planes((start, row) -> {
            for (int x = 0; x < row.length; x++) row[x] = mask[start + x] ? 1 : 0;
        }, 1, nx, ny, nz, false));
    }

    /** The box of the voxels equal to {@code label}; the planes of a large image are scanned concurrently (the
     * result does not depend on the thread count). */
    public static RoiBox ofLabel(double[] labels, int nx, int ny, int nz, double label) {
        return new RoiBox(planes((start, row) -> System.arraycopy(labels, start, row, 0, row.length),
            label, nx, ny, nz, (long) nx * ny * nz > 1 << 20));
    }

    /** As {@link #ofLabel(double[], int, int, int, double)}, reading the label map in its stored type (no copy to doubles). */
    public static RoiBox ofLabel(org.gliomaradiomics.image.Volume labels, double label) {
        int nx = labels.nx(), ny = labels.ny(), nz = labels.nz();
        return new RoiBox(planes((start, row) -> labels.copyTo(start, row, 0, row.length),
            label, nx, ny, nz, (long) nx * ny * nz > 1 << 20));
    }

    /** Merges per-plane boxes {x0, y0, x1, y1, count} (null: empty plane) in plane order. */
    private RoiBox(int[][] perPlane) {
        int n = 0;
        for (int z = 0; z < perPlane.length; z++) {
            int[] p = perPlane[z];
            if (p == null) continue;
            lo[0] = Math.min(lo[0], p[0]);
            lo[1] = Math.min(lo[1], p[1]);
            lo[2] = Math.min(lo[2], z);
            hi[0] = Math.max(hi[0], p[2]);
            hi[1] = Math.max(hi[1], p[3]);
            hi[2] = z;
            n += p[4];
        }
        count = n;
    }

    /** Copies the row of nx voxels starting at index {@code start} into {@code row} as doubles. */
    private interface RowReader {
        void read(int start, double[] row);
    }

    /** Per-plane boxes of the voxels equal to {@code label}. Rows are read in bulk and compared in one tight loop:
     * a per-voxel predicate call through an interface was a hot spot of batch extraction (6.5M voxels a case). */
    private static int[][] planes(RowReader reader, double label, int nx, int ny, int nz, boolean parallel) {
        int[][] perPlane = new int[nz][];
        IntConsumer scan = z -> {
            double[] row = new double[nx];
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1, n = 0;
            for (int y = 0; y < ny; y++) {
                reader.read(nx * (y + ny * z), row);
                int first = -1, last = -1, inRow = 0;
                for (int x = 0; x < nx; x++)
                    if (row[x] == label) {
                        if (first < 0) first = x;
                        last = x;
                        inRow++;
                    }
                if (inRow == 0) continue;
                n += inRow;
                x0 = Math.min(x0, first);
                x1 = Math.max(x1, last);
                if (y < y0) y0 = y;
                y1 = y;
            }
            if (n > 0) perPlane[z] = new int[] {x0, y0, x1, y1, n};
        };
        if (parallel) Parallel.forEach(nz, scan);
        else for (int z = 0; z < nz; z++) scan.accept(z);
        return perPlane;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int size(int axis) {
        return hi[axis] - lo[axis] + 1;
    }

    /** The box of the given size from corner lo of an image nx wide and ny high (x fastest). */
    public static double[] copy(double[] image, int nx, int ny, int[] lo, int[] size) {
        double[] out = new double[size[0] * size[1] * size[2]];
        for (int z = 0, o = 0; z < size[2]; z++)
            for (int y = 0; y < size[1]; y++, o += size[0])
                System.arraycopy(image, lo[0] + nx * (lo[1] + y + ny * (lo[2] + z)), out, o, size[0]);
        return out;
    }

    /** {@link #copy(double[], int, int, int[], int[])} for a mask. */
    public static boolean[] copy(boolean[] mask, int nx, int ny, int[] lo, int[] size) {
        boolean[] out = new boolean[size[0] * size[1] * size[2]];
        for (int z = 0, o = 0; z < size[2]; z++)
            for (int y = 0; y < size[1]; y++, o += size[0])
                System.arraycopy(mask, lo[0] + nx * (lo[1] + y + ny * (lo[2] + z)), out, o, size[0]);
        return out;
    }
}
