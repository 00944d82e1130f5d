package org.gliomaradiomics.numerics;

import java.util.Arrays;

/**
 * Sorts longs ascending as unsigned numbers by an LSD radix sort: 11-bit digits (2048 buckets stay in cache), passes
 * whose digit is the same for every value skipped, so keys of a small range cost only the passes their bits need.
 * Written by hand: no library on the classpath radix-sorts primitives. The engine of {@link DoubleRadixSort}, and
 * of sorts by packed integer keys (mesh vertices by plane and position: three passes instead of a comparison sort).
 */
public final class LongRadixSort {
    /** Below this length the comparison sort is faster than the histogram passes. */
    static final int MIN_LENGTH = 4096;
    private static final int BITS = 11, RADIX = 1 << BITS, MASK = RADIX - 1;

    private LongRadixSort() {}

    /** Sorts a[0 .. n) ascending in unsigned order (for keys that are all non-negative, the numeric order). */
    public static void sortUnsigned(long[] a, int n) {
        if (n < MIN_LENGTH) {
            // flipping the sign bit maps unsigned order onto signed order
            for (int i = 0; i < n; i++) a[i] ^= Long.MIN_VALUE;
            Arrays.sort(a, 0, n);
            for (int i = 0; i < n; i++) a[i] ^= Long.MIN_VALUE;
            return;
        }
        long[] keys = a, other = new long[n];
        int[] start = new int[RADIX];
        for (int shift = 0; shift < 64; shift += BITS) {
            Arrays.fill(start, 0);
            for (int i = 0; i < n; i++) start[(int) (keys[i] >>> shift) & MASK]++;
            if (start[(int) (keys[0] >>> shift) & MASK] == n) continue; // one digit value: the pass changes nothing
            for (int d = 0, sum = 0; d < RADIX; d++) {
                int c = start[d];
                start[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                other[start[(int) (k >>> shift) & MASK]++] = k;
            }
            long[] t = keys;
            keys = other;
            other = t;
        }
        if (keys != a) System.arraycopy(keys, 0, a, 0, n);
    }
}
