package org.gliomaradiomics.image;

import java.lang.ref.SoftReference;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Large arrays lent out and taken back, so that a batch does not allocate the same megabytes for every case: the
 * storage of the volumes it reads and the scratch of its largest algorithms (the FFT of Moran's I). Why: on G1 an
 * array of half a region or more (2 MB and up with the 4 MB regions of a default heap on this project's machine) is
 * a humongous object; every such allocation may start a collection, and a heap grown to hold them takes fresh pages
 * from the kernel, which this project's 2-core VM hands out slowly (measured: two batch workers spent 3 s of system
 * time per 90 cases, one worker 1 s). Arrays are held through soft references, which the collector clears before it
 * would run out of memory, and at most {@link #KEPT_BYTES} bytes are kept.
 */
public final class ArrayPool {
    /** Smaller arrays are simply allocated: the thread-local allocation buffer makes them cheap. */
    static final int MIN_BYTES = 1 << 19;
    /** A quarter of the heap, at most 512 MB: enough for a few workers' volumes and spectra. */
    static final long KEPT_BYTES = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4);
    private static final List<SoftReference<Object>> HELD = new ArrayList<>();

    private ArrayPool() {}

    /**
     * An array of at least {@code length} doubles, contents undefined: the borrower writes every element it reads
     * and indexes by its own sizes, never by {@code length}, which may be larger. Give it back with {@link #release}.
     */
    public static double[] doubles(int length) {
        double[] a = (double[]) take(double[].class, length, false);
        return a != null ? a : new double[length];
    }

    /** As {@link #doubles}, for ints. */
    public static int[] ints(int length) {
        int[] a = (int[]) take(int[].class, length, false);
        return a != null ? a : new int[length];
    }

    /** A zeroed array of exactly {@code length} elements of {@code type} (e.g. float[].class), reused if one is held. */
    static Object zeroed(Class<?> type, int length) {
        Object a = take(type, length, true);
        if (a == null) return Array.newInstance(type.getComponentType(), length);
        if (a instanceof byte[] b) java.util.Arrays.fill(b, (byte) 0);
        else if (a instanceof short[] sh) java.util.Arrays.fill(sh, (short) 0);
        else if (a instanceof int[] i) java.util.Arrays.fill(i, 0);
        else if (a instanceof float[] f) java.util.Arrays.fill(f, 0);
        else java.util.Arrays.fill((double[]) a, 0);
        return a;
    }

    /** Takes back arrays lent here (or any others no longer used); the caller must not use them afterwards. */
    public static void release(Object... arrays) {
        synchronized (HELD) {
            long bytes = 0;
            for (Object a : held()) bytes += bytes(a);
            for (Object a : arrays) {
                long size = a == null ? 0 : bytes(a);
                if (size < MIN_BYTES || bytes + size > KEPT_BYTES) continue;
                HELD.add(new SoftReference<>(a));
                bytes += size;
            }
        }
    }

    /** The smallest held array of the type with at least (exact: exactly) {@code length} elements, removed; or null. */
    private static Object take(Class<?> type, int length, boolean exact) {
        if ((long) length * elementBytes(type) < MIN_BYTES) return null;
        synchronized (HELD) {
            List<Object> held = held();
            Object best = null;
            for (Object a : held) {
                int n = Array.getLength(a);
                if (a.getClass() == type && (exact ? n == length : n >= length) && (best == null || n < Array.getLength(best))) best = a;
            }
            if (best != null) HELD.remove(held.indexOf(best));
            return best;
        }
    }

    /** The arrays still held, in list order, after dropping the references the collector cleared. */
    private static List<Object> held() {
        List<Object> held = new ArrayList<>(HELD.size());
        HELD.removeIf(r -> {
            Object a = r.get();
            if (a != null) held.add(a);
            return a == null;
        });
        return held;
    }

    private static long bytes(Object array) {
        return (long) Array.getLength(array) * elementBytes(array.getClass());
    }

    private static int elementBytes(Class<?> type) {
        Class<?> c = type.getComponentType();
        if (c == byte.class) return 1;
        if (c == short.class) return 2;
        if (c == int.class || c == float.class) return 4;
        if (c == double.class) return 8;
        throw new IllegalArgumentException("not a primitive number array: " + type);
    }
}
