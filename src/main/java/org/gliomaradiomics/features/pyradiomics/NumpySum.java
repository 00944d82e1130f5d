package org.gliomaradiomics.features.pyradiomics;

import java.util.function.DoubleUnaryOperator;

/**
 * numpy's pairwise summation (its add.reduce along a contiguous axis), so sums round as numpy's do: fewer than
 * {@code unroll} values one by one from 0; up to 16·unroll with {@code unroll} running partial sums combined as
 * ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the rest; longer runs split in two halves (the first a
 * multiple of {@code unroll}). unroll is 8 for real values and 4 for the real or imaginary parts of complex values
 * (numpy unrolls 8 doubles, i.e. 4 complex numbers). Each addition is passed through {@code round} (float32 sums).
 */
final class NumpySum {
    private NumpySum() {}

    static double pairwise(double[] a, int n, DoubleUnaryOperator round, int unroll) {
        return pairwise(a, 0, n, round, unroll);
    }

    private static double pairwise(double[] a, int from, int n, DoubleUnaryOperator round, int unroll) {
        if (n < unroll) {
            double res = 0;
            for (int i = 0; i < n; i++) res = round.applyAsDouble(res + a[from + i]);
            return res;
        }
        if (n <= 16 * unroll) {
            double[] r = new double[unroll];
            System.arraycopy(a, from, r, 0, unroll);
            int i;
            for (i = unroll; i < n - (n % unroll); i += unroll)
                for (int j = 0; j < unroll; j++) r[j] = round.applyAsDouble(r[j] + a[from + i + j]);
            double res = combine(r, 0, unroll, round);
            for (; i < n; i++) res = round.applyAsDouble(res + a[from + i]);
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % unroll;
        return round.applyAsDouble(pairwise(a, from, n2, round, unroll) + pairwise(a, from + n2, n - n2, round, unroll));
    }

    /** ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) for 8 partial sums, ((r0 + r1) + (r2 + r3)) for 4. */
    private static double combine(double[] r, int from, int count, DoubleUnaryOperator round) {
        if (count == 1) return r[from];
        int half = count / 2;
        return round.applyAsDouble(combine(r, from, half, round) + combine(r, from + half, half, round));
    }
}
