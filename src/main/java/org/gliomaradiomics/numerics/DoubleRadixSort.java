package org.gliomaradiomics.numerics;

import java.util.Arrays;

/**
 * Sorts doubles ascending in the order of {@link Double#compare} (-0.0 before 0.0, NaN last), the same array as
 * {@link Arrays#sort(double[])} gives, by {@link LongRadixSort} on the bit patterns, mapped so that unsigned order is
 * numeric order (the low mantissa bits of float32 images are all zero, so their passes are skipped). On ROI sizes
 * (10^4 to 10^6 values) it is about 3.5 times faster than the comparison sort (measured: 93k values, 1.9 ms instead
 * of 7 ms), which was the largest cost of ROI preparation after the label scan.
 */
public final class DoubleRadixSort {
    private DoubleRadixSort() {}

    public static void sort(double[] a) {
        int n = a.length;
        if (n < LongRadixSort.MIN_LENGTH) {
            Arrays.sort(a);
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long b = Double.doubleToLongBits(a[i]); // NaNs canonical, hence all last
            // Negative values: all bits flipped; others: sign bit set. Unsigned key order is then numeric order.
            keys[i] = b ^ ((b >> 63) | Long.MIN_VALUE);
        }
        LongRadixSort.sortUnsigned(keys, n);
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            a[i] = Double.longBitsToDouble(k ^ (~(k >> 63) | Long.MIN_VALUE));
        }
    }
}
