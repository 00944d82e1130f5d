package org.gliomaradiomics.features.filters;

import java.util.stream.IntStream;

/**
 * The 1D lines of a flat x-fastest array along one axis, processed in parallel. Each line is read and written
 * by exactly one task, so results do not depend on the thread count.
 */
final class Lines {
    /** Receives one line: the index of its first voxel and the stride between its voxels. */
    interface LineTask {
        void run(int first, int stride, double[] scratch);
    }

    private Lines() {}

    static int stride(int[] dims, int axis) {
        return axis == 0 ? 1 : axis == 1 ? dims[0] : dims[0] * dims[1];
    }

    /** Runs {@code task} on every line along {@code axis}; {@code scratchLength} doubles of per-task scratch. */
    static void forEach(int[] dims, int axis, int scratchLength, LineTask task) {
        int n = dims[axis], stride = stride(dims, axis);
        int count = dims[0] * dims[1] * dims[2] / n;
        int blocks = Math.min(count, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, blocks).parallel().forEach(b -> {
            double[] scratch = new double[scratchLength];
            int from = (int) ((long) count * b / blocks), to = (int) ((long) count * (b + 1) / blocks);
            for (int line = from; line < to; line++) task.run(firstVoxel(dims, axis, line), stride, scratch);
        });
    }

    private static int firstVoxel(int[] dims, int axis, int line) {
        switch (axis) {
            case 0: return line * dims[0];
            case 1: return line % dims[0] + dims[0] * dims[1] * (line / dims[0]);
            default: return line;
        }
    }
}
