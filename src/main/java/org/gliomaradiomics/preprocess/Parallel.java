package org.gliomaradiomics.preprocess;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Parallel loops with deterministic results: work is cut into a fixed number of chunks that does not depend on
 * the thread count, each chunk writes disjoint output or its own partial result, and partial results are merged
 * by the caller in chunk order.
 */
final class Parallel {
    /** Chunks for reductions: enough to keep a few cores busy, few enough to merge cheaply. */
    static final int CHUNKS = 16;

    private Parallel() {}

    /** Runs {@code body} for 0..n-1, in parallel; the body must write only to locations owned by its index. */
    static void forEach(int n, IntConsumer body) {
        if (n <= 1) {
            for (int i = 0; i < n; i++) body.accept(i);
            return;
        }
        IntStream.range(0, n).parallel().forEach(body);
    }

    /** Start of chunk {@code c} of {@code chunks} when splitting {@code n} items. */
    static int chunkStart(int n, int chunks, int c) {
        return (int) ((long) n * c / chunks);
    }
}
