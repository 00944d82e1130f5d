package org.gliomaradiomics.image;

import java.util.Locale;

/**
 * Sanity limits checked before work or allocation starts, with messages that say the value and the limit: grid
 * sizes (a volume is one Java array) and the memory a step needs compared with what this Java may use.
 */
public final class Limits {
    /** Most voxels of a grid: a Java array holds at most 2^31 - 9 values. */
    public static final long MAX_VOXELS = Integer.MAX_VALUE - 8;

    private Limits() {}

    /**
     * The voxel count of a grid of the given (possibly fractional, possibly huge) sizes, checked against
     * {@link #MAX_VOXELS} and against the memory of one double per voxel.
     *
     * @param what names the grid in the message, e.g. "resampled grid (spacing 0.01 mm)"
     */
    public static int gridVoxels(String what, double nx, double ny, double nz) {
        double n = nx * ny * nz;
        String size = String.format(Locale.ROOT, "%.0fx%.0fx%.0f", nx, ny, nz);
        if (!(nx >= 1 && ny >= 1 && nz >= 1) || Double.isNaN(n))
            throw new IllegalArgumentException(what + ": invalid grid size " + size);
        if (n > MAX_VOXELS)
            throw new IllegalArgumentException(what + ": " + size + " = " + String.format(Locale.ROOT, "%.3g", n) + " voxels, more than the limit of "
                + MAX_VOXELS + " voxels per volume");
        requireMemory(what + " (" + size + " voxels)", (long) n * Double.BYTES);
        return (int) n;
    }

    /** Most voxels a filter kernel or neighbourhood may reach from its centre along one axis. */
    public static final int MAX_KERNEL_RADIUS = 4096;

    /**
     * A kernel radius in voxels (a length in mm over the voxel spacing), refused beyond {@link #MAX_KERNEL_RADIUS}
     * (tiny voxels or a huge sigma: the work grows with it and the arrays overflow).
     *
     * @param what e.g. "LoG sigma 1 mm (truncated at 4 sigma)"
     */
    public static int kernelRadius(String what, double lengthMm, double spacingMm) {
        double r = Math.ceil(lengthMm / spacingMm - 1e-9);
        if (!(r <= MAX_KERNEL_RADIUS))
            throw new IllegalArgumentException(what + " at voxel spacing " + spacingMm + " mm reaches " + String.format(Locale.ROOT, "%.0f", r)
                + " voxels from its centre (limit " + MAX_KERNEL_RADIUS + "); resample to larger voxels or use a smaller kernel");
        return (int) Math.max(0, r);
    }

    /** Refuses, naming the -Xmx to use, a step that needs more bytes than this Java may ever use. */
    public static void requireMemory(String what, long bytes) {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE || bytes <= max) return;
        long suggestGb = Math.max(1, (long) Math.ceil(2.0 * bytes / (1L << 30)));
        throw new IllegalArgumentException(what + " needs " + megabytes(bytes) + " of memory, more than the " + megabytes(max)
            + " this Java may use: run Java with -Xmx" + suggestGb + "g (or more), or reduce the work");
    }

    /** What the user reads when Java ran out of memory: the heap this run had, and the -Xmx to use instead. */
    public static String outOfMemory() {
        return outOfMemory(Runtime.getRuntime().maxMemory());
    }

    /** The heap {@code maxHeapBytes} and a -Xmx twice as large (whole GiB, at least 2), and where Fiji sets it. */
    public static String outOfMemory(long maxHeapBytes) {
        double gib = maxHeapBytes / (double) (1L << 30);
        long suggested = Math.max(2, (long) Math.ceil(2 * gib));
        return String.format(java.util.Locale.ROOT, "out of memory: Java may use %.1f GB here; run java -Xmx%dg -jar ... "
            + "(in Fiji: Edit > Options > Memory & Threads), or fewer cases or threads at once", gib, suggested);
    }

    private static String megabytes(long bytes) {
        return bytes >= 10L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30)) : (bytes >> 20) + " MB";
    }
}
