package org.gliomaradiomics.features;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.gliomaradiomics.image.Volume;
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
        this(planes(() -> (start, firstLast) -> {
            int first = 0, last = nx - 1, n = 0;
            while (first < nx && !mask[start + first]) first++;
            if (first == nx) return 0;
            while (!mask[start + last]) last--;
            for (int i = start + first; i <= start + last; i++) if (mask[i]) n++;
            firstLast[0] = first;
            firstLast[1] = last;
            return n;
        }, nx, ny, nz, false));
    }

    /** The box of the voxels equal to {@code label}, reading the label map row by row in its stored type (only a
     * row that holds the label is copied to doubles, to find its first and last); the planes of a large image are
     * scanned concurrently (the result does not depend on the thread count). */
    public static RoiBox ofLabel(Volume labels, double label) {
        int nx = labels.nx(), ny = labels.ny(), nz = labels.nz();
        return new RoiBox(planes(() -> {
            double[] row = new double[nx];
            return (start, firstLast) -> {
                if (labels.count(label, start, nx) == 0) return 0; // most rows: a native scan, no conversion
                labels.copyTo(start, row, 0, nx);
                return equalIn(row, nx, label, firstLast);
            };
        }, nx, ny, nz, (long) nx * ny * nz > 1 << 20));
    }

    /** Count of values[0 .. n) equal to label; first and last such index (or -1) into firstLast. */
    private static int equalIn(double[] values, int n, double label, int[] firstLast) {
        int first = -1, last = -1, count = 0;
        for (int x = 0; x < n; x++)
            if (values[x] == label) {
                if (first < 0) first = x;
                last = x;
                count++;
            }
        firstLast[0] = first;
        firstLast[1] = last;
        return count;
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

    /** Scans one row of an image: returns its ROI voxel count and writes the first and last ROI x. */
    private interface RowScanner {
        int scan(int rowStart, int[] firstLast);
    }

    /** Per-plane boxes. Whole rows are scanned by one tight loop (one scanner per plane, with its own row buffer):
     * a per-voxel predicate call through an interface was a hot spot of batch extraction (6.5M voxels a case). */
    private static int[][] planes(Supplier<RowScanner> scanners, int nx, int ny, int nz, boolean parallel) {
        int[][] perPlane = new int[nz][];
        IntConsumer scan = z -> {
            RowScanner scanner = scanners.get();
            int[] firstLast = new int[2];
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1, n = 0;
            for (int y = 0; y < ny; y++) {
                int inRow = scanner.scan(nx * (y + ny * z), firstLast);
                if (inRow == 0) continue;
                n += inRow;
                x0 = Math.min(x0, firstLast[0]);
                x1 = Math.max(x1, firstLast[1]);
                if (y < y0) y0 = y;
                y1 = y;
            }
            if (n > 0) perPlane[z] = new int[] {x0, y0, x1, y1, n};
        };
        if (parallel) Parallel.forEach(nz, scan);
        else for (int z = 0; z < nz; z++) scan.accept(z);
        return perPlane;
    }

    private RoiBox(int[] lo, int[] hi, int count) {
        System.arraycopy(lo, 0, this.lo, 0, 3);
        System.arraycopy(hi, 0, this.hi, 0, 3);
        this.count = count;
    }

    /** The voxels within Chebyshev distance {@code radius} of voxel (x, y, z), clipped to an image of size {@code dims}. */
    public static RoiBox around(int x, int y, int z, int radius, int[] dims) {
        int[] centre = {x, y, z}, from = new int[3], to = new int[3];
        for (int a = 0; a < 3; a++) {
            from[a] = Math.max(0, centre[a] - radius);
            to[a] = Math.min(dims[a] - 1, centre[a] + radius);
        }
        return new RoiBox(from, to, (to[0] - from[0] + 1) * (to[1] - from[1] + 1) * (to[2] - from[2] + 1));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int size(int axis) {
        return hi[axis] - lo[axis] + 1;
    }

    /** Size in voxels along x, y, z. */
    public int[] size() {
        return new int[] {size(0), size(1), size(2)};
    }

    /**
     * This box grown by {@code margin[a]} voxels on both sides of each axis a, within an image of size {@code dims}.
     * Clamped to the image; or, with {@code wholeAxisAtEdge}, an axis on which the grown box would reach the image
     * edge is taken whole, so that a filter run on the crop sees the image's own boundary there.
     */
    public RoiBox grown(int[] margin, int[] dims, boolean wholeAxisAtEdge) {
        int[] from = new int[3], to = new int[3];
        for (int a = 0; a < 3; a++) {
            from[a] = Math.max(0, lo[a] - margin[a]);
            to[a] = Math.min(dims[a] - 1, hi[a] + margin[a]);
            if (wholeAxisAtEdge && (from[a] == 0 || to[a] == dims[a] - 1)) {
                from[a] = 0;
                to[a] = dims[a] - 1;
            }
        }
        return new RoiBox(from, to, count);
    }

    /** Whether the box spans the whole image (size {@code dims}) along the axis. */
    public boolean spansWhole(int axis, int[] dims) {
        return lo[axis] == 0 && hi[axis] == dims[axis] - 1;
    }

    /** The box's part of an image nx wide and ny high (x fastest). */
    public double[] crop(double[] image, int nx, int ny) {
        return copy(image, new double[voxelCount()], nx, ny);
    }

    /** The box's part of a volume, read row by row in its stored type (never widened). */
    public double[] crop(Volume image) {
        double[] out = new double[size(0) * size(1) * size(2)];
        for (int z = lo[2], o = 0; z <= hi[2]; z++)
            for (int y = lo[1]; y <= hi[1]; y++, o += size(0)) image.copyTo(image.geometry().index(lo[0], y, z), out, o, size(0));
        return out;
    }

    /** The box's part of the mask {@code labels == label}, read as {@link #crop(Volume)} reads. */
    public boolean[] cropLabel(Volume labels, double label) {
        int sx = size(0);
        boolean[] out = new boolean[sx * size(1) * size(2)];
        double[] row = new double[sx];
        for (int z = lo[2], o = 0; z <= hi[2]; z++)
            for (int y = lo[1]; y <= hi[1]; y++, o += sx) {
                labels.copyTo(labels.geometry().index(lo[0], y, z), row, 0, sx);
                for (int x = 0; x < sx; x++) out[o + x] = row[x] == label;
            }
        return out;
    }

    /** {@link #crop(double[], int, int)} for a mask. */
    public boolean[] crop(boolean[] mask, int nx, int ny) {
        return copy(mask, new boolean[voxelCount()], nx, ny);
    }

    /** {@link #crop(double[], int, int)} for grey levels. */
    public int[] crop(int[] levels, int nx, int ny) {
        return copy(levels, new int[voxelCount()], nx, ny);
    }

    /** Copies the box's rows of {@code src} (an array nx wide and ny high) into {@code dst}, an array of the box's size. */
    private <T> T copy(T src, T dst, int nx, int ny) {
        for (int z = lo[2], o = 0; z <= hi[2]; z++)
            for (int y = lo[1]; y <= hi[1]; y++, o += size(0)) System.arraycopy(src, lo[0] + nx * (y + ny * z), dst, o, size(0));
        return dst;
    }

    private int voxelCount() {
        return size(0) * size(1) * size(2);
    }
}
