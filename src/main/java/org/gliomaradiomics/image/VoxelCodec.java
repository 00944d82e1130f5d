package org.gliomaradiomics.image;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Bulk conversion between stored voxel bytes (any {@link DataType}, either byte order) and the typed storage of a
 * {@link Volume}, in fixed-size chunks through typed {@link ByteBuffer} views (no per-voxel stream calls). Reading
 * allocates the header's voxel count at once only when the data present could hold it ({@link #PLAUSIBLE_RATIO}) or
 * the array is small ({@link #ALWAYS_ALLOCATED_BYTES});
 * otherwise its array grows only as data actually arrive, so a header that lies about the size cannot force a large
 * allocation before the data is seen. Hand-written because the JDK and our dependencies have no typed bulk decoder into
 * the primitive arrays of a volume.
 */
final class VoxelCodec {
    /** Largest voxel count a Java array (and so a Volume) can hold. */
    static final long MAX_VOXELS = Integer.MAX_VALUE - 8;
    /** Deflate cannot expand more than about 1032:1, so a compressed stream of n bytes holds at most this much. */
    static final long MAX_DEFLATE_RATIO = 1032;
    private static final int CHUNK = 1 << 18; // bytes per conversion step; a multiple of 8
    private static final int FIRST_ALLOCATION = 1 << 20;
    /**
     * A compressed stream is taken at its word for its size when that is at most this many times the compressed
     * bytes (MRI deflates 2-8:1): the array is then allocated once, without growing. A claim beyond it (at most
     * 1032:1 can be true) grows the array only as data arrive, so a small lying file cannot force a large allocation.
     */
    static final long PLAUSIBLE_RATIO = 16;
    /**
     * A claim of at most this many bytes is allocated at once whatever the data: a lie costs no more than this, while
     * a label map (which deflates far beyond {@link #PLAUSIBLE_RATIO}) is read without growing its array by doubling.
     */
    static final long ALWAYS_ALLOCATED_BYTES = 64L << 20;
    private static final double TWO_TO_63 = 9.223372036854775808E18;

    private VoxelCodec() {}

    /** The voxel count of a grid, or an error when a size is not positive or the product exceeds a Java array. */
    static int voxelCount(Path file, long... sizes) throws ImageFormatException {
        long n = 1;
        for (long s : sizes) {
            if (s <= 0) throw new ImageFormatException(file, "invalid image size " + sizeText(sizes) + " (sizes must be positive)");
            if (s > MAX_VOXELS || n * s > MAX_VOXELS)
                throw new ImageFormatException(file, "image size " + sizeText(sizes) + " has too many voxels (limit " + MAX_VOXELS + ")");
            n *= s;
        }
        return (int) n;
    }

    static String sizeText(long... sizes) {
        StringBuilder b = new StringBuilder();
        for (long s : sizes) b.append(b.length() == 0 ? "" : "x").append(s);
        return b.toString();
    }

    /**
     * Checks, before anything is allocated, that the data can hold {@code count} voxels: an uncompressed file
     * must be long enough; a compressed one must be large enough for the maximal deflate ratio.
     */
    static void checkDataSize(Path file, long available, boolean compressed, long count, DataType type) throws ImageFormatException {
        long needed = count * type.bytes;
        if (!compressed && available < needed)
            throw new ImageFormatException(file, "file holds " + Math.max(0, available) + " bytes of voxel data but the header needs " + needed + " (truncated file or wrong header)");
        if (compressed && available * MAX_DEFLATE_RATIO < needed)
            throw new ImageFormatException(file, "compressed data of " + available + " bytes cannot hold the " + needed + " bytes the header claims (truncated file or wrong header)");
    }

    /**
     * Reads {@code count} voxels into the storage of their type ({@link Volume#storageFor}: short[] for 16-bit data,
     * float[] for float32, ...). Beyond {@link #ALWAYS_ALLOCATED_BYTES} the array starts small and grows by doubling,
     * capped at {@code count}, only as data arrives: nothing the stream says about its own size is trusted for a large
     * allocation. A count that could never fit
     * this Java's memory is refused first, naming the -Xmx to use.
     */
    static Object read(InputStream in, DataType type, ByteOrder order, int count, Path file) throws IOException {
        return read(in, type, order, count, file, 0);
    }

    /**
     * As {@link #read(InputStream, DataType, ByteOrder, int, Path)}, allocating the whole array at once when
     * {@code count} voxels are plausible for {@code dataBytes} bytes of (compressed or raw) data already checked
     * by {@link #checkDataSize}: at most {@link #PLAUSIBLE_RATIO} times as many bytes, or at most
     * {@link #ALWAYS_ALLOCATED_BYTES} in all.
     */
    static Object read(InputStream in, DataType type, ByteOrder order, int count, Path file, long dataBytes) throws IOException {
        DataType storage = Volume.storageFor(type);
        try {
            Limits.requireMemory(count + " voxels", (long) count * storage.bytes);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, e.getMessage());
        }
        boolean plausible = (long) count * type.bytes <= dataBytes * PLAUSIBLE_RATIO || (long) count * storage.bytes <= ALWAYS_ALLOCATED_BYTES;
        Object out = allocate(file, storage, plausible ? count : Math.min(count, FIRST_ALLOCATION), count);
        byte[] buffer = new byte[CHUNK];
        ByteBuffer bytes = ByteBuffer.wrap(buffer).order(order);
        int done = 0;
        try {
            while (done < count) {
                int want = (int) Math.min(CHUNK, (long) (count - done) * type.bytes);
                int got = in.readNBytes(buffer, 0, want);
                int n = got / type.bytes;
                int capacity = java.lang.reflect.Array.getLength(out);
                if (done + n > capacity) {
                    Object grown = allocate(file, storage, (int) Math.min(count, Math.max(2L * capacity, done + n)), count);
                    System.arraycopy(out, 0, grown, 0, done);
                    out = grown;
                }
                decode(bytes, type, out, done, n);
                done += n;
                if (got < want) throw truncated(file, done, count);
            }
        } catch (EOFException e) {
            throw new ImageFormatException(file, "compressed data ends early after " + done + " of " + count + " voxels (truncated file?)", e);
        } catch (ZipException e) {
            throw new ImageFormatException(file, "corrupt compressed data (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private static Object allocate(Path file, DataType storage, int capacity, int count) throws ImageFormatException {
        try {
            return Volume.newStorageArray(storage, capacity);
        } catch (OutOfMemoryError e) {
            throw new ImageFormatException(file, "cannot hold " + count + " voxels: " + Limits.outOfMemory());
        }
    }

    private static ImageFormatException truncated(Path file, int done, int count) {
        return new ImageFormatException(file, "voxel data ends after " + done + " of " + count + " voxels (truncated file or wrong header)");
    }

    /** Skips exactly {@code n} bytes of a (possibly compressed) stream, or reports the file as truncated. */
    static void skipExactly(InputStream in, long n, Path file) throws IOException {
        try {
            in.skipNBytes(n);
        } catch (EOFException e) {
            throw new ImageFormatException(file, "file ends before its voxel data (truncated?)", e);
        } catch (ZipException e) {
            throw new ImageFormatException(file, "corrupt compressed data (" + e.getMessage() + ")", e);
        }
    }

    /** Bulk conversion of {@code n} stored values into the storage array (typed buffer views, no per-voxel calls). */
    private static void decode(ByteBuffer b, DataType type, Object out, int off, int n) {
        switch (type) {
            case UINT8: case INT8: System.arraycopy(b.array(), 0, out, off, n); break;
            case UINT16: case INT16: b.asShortBuffer().get((short[]) out, off, n); break;
            case INT32: b.asIntBuffer().get((int[]) out, off, n); break;
            case FLOAT32: b.asFloatBuffer().get((float[]) out, off, n); break;
            case FLOAT64: b.asDoubleBuffer().get((double[]) out, off, n); break;
            case UINT32: { double[] d = (double[]) out; for (int i = 0; i < n; i++) d[off + i] = b.getInt(4 * i) & 0xFFFFFFFFL; break; }
            case UINT64: { double[] d = (double[]) out; for (int i = 0; i < n; i++) d[off + i] = unsignedToDouble(b.getLong(8 * i)); break; }
            case INT64: { double[] d = (double[]) out; for (int i = 0; i < n; i++) d[off + i] = b.getLong(8 * i); break; }
            default: throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** Writes all voxels as {@code type}, cast as {@link DataType#cast} does (clamped, truncated toward zero). */
    static void write(OutputStream out, double[] voxels, DataType type, ByteOrder order) throws IOException {
        write(out, new Volume(Geometry.of(voxels.length, 1, 1, 1, 1, 1), voxels, type), type, order);
    }

    /**
     * Writes all voxels of a volume as {@code type}: storage already of that type is copied in bulk (bit-exact);
     * other storage is cast value by value as {@link DataType#cast} does (clamped, truncated toward zero).
     */
    static void write(OutputStream out, Volume volume, DataType type, ByteOrder order) throws IOException {
        byte[] buffer = new byte[CHUNK];
        ByteBuffer b = ByteBuffer.wrap(buffer).order(order);
        int perChunk = CHUNK / type.bytes, count = volume.size();
        Object array = volume.storageType() == type ? volume.storageArray() : null;
        double[] values = array == null ? new double[perChunk] : null;
        for (int start = 0; start < count; start += perChunk) {
            int n = Math.min(perChunk, count - start);
            if (array != null) {
                encodeSame(b, type, array, start, n);
            } else {
                volume.copyTo(start, values, 0, n);
                encode(b, type, values, 0, n);
            }
            out.write(buffer, 0, n * type.bytes);
        }
    }

    private static void encodeSame(ByteBuffer b, DataType type, Object a, int off, int n) {
        switch (type) {
            case UINT8: case INT8: System.arraycopy(a, off, b.array(), 0, n); break;
            case UINT16: case INT16: b.asShortBuffer().put((short[]) a, off, n); break;
            case INT32: b.asIntBuffer().put((int[]) a, off, n); break;
            case FLOAT32: b.asFloatBuffer().put((float[]) a, off, n); break;
            case FLOAT64: b.asDoubleBuffer().put((double[]) a, off, n); break;
            default: throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static void encode(ByteBuffer b, DataType type, double[] v, int off, int n) {
        switch (type) {
            case UINT8: case INT8: for (int i = 0; i < n; i++) b.put(i, (byte) (long) type.cast(v[off + i])); break;
            case UINT16: case INT16: for (int i = 0; i < n; i++) b.putShort(2 * i, (short) (long) type.cast(v[off + i])); break;
            case UINT32: case INT32: for (int i = 0; i < n; i++) b.putInt(4 * i, (int) (long) type.cast(v[off + i])); break;
            case UINT64: for (int i = 0; i < n; i++) b.putLong(8 * i, doubleToUnsigned(type.cast(v[off + i]))); break;
            case INT64: for (int i = 0; i < n; i++) b.putLong(8 * i, (long) type.cast(v[off + i])); break;
            case FLOAT32: for (int i = 0; i < n; i++) b.putFloat(4 * i, (float) v[off + i]); break;
            case FLOAT64: for (int i = 0; i < n; i++) b.putDouble(8 * i, v[off + i]); break;
            default: throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static long doubleToUnsigned(double d) {
        return d >= TWO_TO_63 ? ((long) (d - TWO_TO_63)) ^ Long.MIN_VALUE : (long) d;
    }
}
