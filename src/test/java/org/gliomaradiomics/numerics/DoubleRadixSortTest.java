package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DoubleRadixSortTest {
    /** Same array as Arrays.sort, bit for bit, on mixed signs, signed zeros, infinities, NaN, ties and float32 data. */
    @Test
    void sortsLikeArraysSort() {
        SplittableRandom rnd = new SplittableRandom(8);
        for (int n : new int[] {0, 1, 7, 4095, 4096, 20_000, 100_003}) {
            for (int kind = 0; kind < 3; kind++) {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = switch (kind) {
                        case 0 -> (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-5, 6));
                        case 1 -> (float) (1000 + 300 * rnd.nextGaussian()); // float32 intensities: zero low bits
                        default -> new double[] {-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                            -1, 1, Double.MIN_VALUE, -Double.MIN_VALUE, 3}[rnd.nextInt(10)];
                    };
                }
                double[] expected = a.clone(), actual = a.clone();
                Arrays.sort(expected);
                DoubleRadixSort.sort(actual);
                for (int i = 0; i < n; i++)
                    assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]), "n=" + n + " kind=" + kind + " i=" + i);
            }
        }
    }
}
