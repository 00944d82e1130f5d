package org.gliomaradiomics.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongRadixSortTest {
    /** The prefix comes out in Long.compareUnsigned order (checked against a boxed sort by it); the rest is untouched. */
    @Test
    void sortsAPrefixInUnsignedOrder() {
        SplittableRandom rnd = new SplittableRandom(21);
        for (int n : new int[] {0, 1, 5, 4095, 4096, 20_000, 70_001}) {
            for (int kind = 0; kind < 3; kind++) {
                long[] a = new long[n + 3];
                for (int i = 0; i < a.length; i++) {
                    a[i] = switch (kind) {
                        case 0 -> rnd.nextLong(); // both signs: negative ones are the largest unsigned
                        case 1 -> rnd.nextLong(1L << 27); // packed plane keys: the high passes are skipped
                        default -> new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, 7}[rnd.nextInt(7)];
                    };
                }
                long[] expected = a.clone();
                Long[] prefix = Arrays.stream(expected, 0, n).boxed().sorted(Long::compareUnsigned).toArray(Long[]::new);
                for (int i = 0; i < n; i++) expected[i] = prefix[i];
                long[] actual = a.clone();
                LongRadixSort.sortUnsigned(actual, n);
                assertArrayEquals(expected, actual, "n=" + n + " kind=" + kind);
            }
        }
    }
}
