package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The pool lends back what it was given, never to two borrowers at once, and a volume made from recycled storage
 * starts at zero like a fresh one.
 */
class ArrayPoolTest {
    /** Sizes distinct from any other test's, so that arrays other tests gave back (same JVM) cannot answer here. */
    private static final int BIG = 1_234_567;

    @Test
    void aReleasedArrayIsLentAgainOnceAndSmallOnesAreNotKept() {
        double[] a = ArrayPool.doubles(BIG);
        assertTrue(a.length >= BIG);
        ArrayPool.release(a);
        double[] again = ArrayPool.doubles(BIG - 10); // at least: a larger held array serves a smaller request
        assertSame(a, again);
        assertNotSame(a, ArrayPool.doubles(BIG - 10), "an array is lent to one borrower at a time");
        ArrayPool.release(again);

        double[] small = new double[1000];
        ArrayPool.release(small);
        assertNotSame(small, ArrayPool.doubles(1000));
    }

    @Test
    void volumesOfRecycledStorageStartAtZero() {
        Geometry g = Geometry.of(123, 101, 97, 1, 1, 1);
        Volume first = Volume.allocate(g, DataType.FLOAT32);
        for (int i = 0; i < g.voxelCount(); i += 7) first.set(i, i % 1000 + 0.5);
        Object storage = first.storageArray();
        Volume.recycle(first);
        Volume second = Volume.allocate(g, DataType.FLOAT32);
        assertSame(storage, second.storageArray(), "same kind and size: the storage is reused");
        float[] values = (float[]) second.storageArray();
        float[] zeros = new float[values.length];
        assertTrue(Arrays.equals(zeros, values));
        assertEquals(0.0, second.get(7 * 1000), 0.0);
    }
}
