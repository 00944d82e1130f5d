package org.gliomaradiomics.features.pyradiomics;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * numpy's pairwise summation (its add.reduce along a contiguous axis), so sums round as numpy's do: fewer than
 * {@code unroll} values one by one from 0; up to 16·unroll with {@code unroll} running partial sums (partial j adds
 * values j, j + unroll, ...) combined as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the rest one by one;
 * longer runs split in two halves, the first a multiple of {@code unroll}. unroll is 8 for real values and 4 for the
 * real or imaginary parts of complex values (numpy unrolls 8 doubles, i.e. 4 complex numbers). Each addition is
 * passed through {@code round} (identity, or float32 rounding for float32 sums). Written by hand after numpy's C loops.
 */
final class NumpySum {
    private NumpySum() {}

    static double pairwise(double[] a, int n, DoubleUnaryOperator round, int unroll) {
        return pairwise(i -> a[i], 0, n, round, unroll);
    }

    /** The sum of {@code value(0) .. value(n - 1)}. */
    static double pairwise(IntToDoubleFunction value, int n, DoubleUnaryOperator round, int unroll) {
        return pairwise(value, 0, n, round, unroll);
    }

    private static double pairwise(IntToDoubleFunction a, int from, int n, DoubleUnaryOperator round, int unroll) {
        if (n < unroll) {
            double res = 0;
            for (int i = 0; i < n; i++) res = round.applyAsDouble(res + a.applyAsDouble(from + i));
            return res;
        }
        if (n <= 16 * unroll) {
            int blockEnd = n - n % unroll;
            double res = combine(a, from, 0, unroll, unroll, blockEnd, round);
            for (int i = blockEnd; i < n; i++) res = round.applyAsDouble(res + a.applyAsDouble(from + i));
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % unroll;
        return round.applyAsDouble(pairwise(a, from, n2, round, unroll) + pairwise(a, from + n2, n - n2, round, unroll));
    }

    /** Partial sums first .. first + count - 1 combined pairwise; partial j runs over j, j + unroll, ... below end. */
    private static double combine(IntToDoubleFunction a, int from, int first, int count, int unroll, int end, DoubleUnaryOperator round) {
        if (count == 1) {
            double r = a.applyAsDouble(from + first);
            for (int i = first + unroll; i < end; i += unroll) r = round.applyAsDouble(r + a.applyAsDouble(from + i));
            return r;
        }
        int half = count / 2;
        return round.applyAsDouble(combine(a, from, first, half, unroll, end, round) + combine(a, from, first + half, half, unroll, end, round));
    }
}
