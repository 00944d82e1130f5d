package org.gliomaradiomics.image;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A 3D scalar volume: voxel values (x fastest, then y, then z) on a {@link Geometry}. Label maps are volumes
 * with an integer {@link DataType}.
 *
 * <p>Values are doubles to every reader and writer of this class, but they are stored compactly in the type the
 * file had: {@code byte[]} for 8-bit, {@code short[]} for 16-bit, {@code int[]} for INT32, {@code float[]} for
 * FLOAT32 and {@code double[]} for the rest ({@link #storageType()}); a 240x240x155 int16 MRI sequence takes 18 MB,
 * not 71 MB. Storage is always exact: {@link #set(int, double)} of a value the storage cannot hold (a fraction into
 * a short volume) first widens the storage to {@code double[]}. Hot code reads through {@link #get(int)},
 * {@link #copyTo} and the label helpers, which never widen. {@link #voxels()} hands out the live
 * {@code double[]} for code written before typed storage; on a volume that is not stored as doubles it widens
 * the storage to doubles once (8 bytes per voxel from then on: a documented cost), so writes through that array
 * stay visible to every view of the volume.
 *
 * <p>Views made by {@link #withGeometry} and {@link #withType} share the storage (widening included). Threads may
 * read at will and write distinct voxels at once as long as no write widens the storage; code that writes arbitrary
 * values from several threads widens first (by calling {@link #voxels()}) or writes into its own array.
 */
public final class Volume {
    private final Geometry geometry;
    private final Storage storage;
    private final DataType type;

    /** A volume over a {@code double[]} (not copied). */
    public Volume(Geometry geometry, double[] voxels, DataType type) {
        this(geometry, new Storage(DataType.FLOAT64, voxels), type);
    }

    /** A volume over 8-bit values (not copied): type UINT8 or INT8 says how the bytes read. */
    public Volume(Geometry geometry, byte[] voxels, DataType type) {
        this(geometry, new Storage(requireStorage(type, DataType.UINT8, DataType.INT8), voxels), type);
    }

    /** A volume over 16-bit values (not copied): type UINT16 or INT16 says how the shorts read. */
    public Volume(Geometry geometry, short[] voxels, DataType type) {
        this(geometry, new Storage(requireStorage(type, DataType.UINT16, DataType.INT16), voxels), type);
    }

    /** A volume over signed 32-bit values (not copied), type INT32. */
    public Volume(Geometry geometry, int[] voxels) {
        this(geometry, new Storage(DataType.INT32, voxels), DataType.INT32);
    }

    /** A volume over float32 values (not copied), type FLOAT32. */
    public Volume(Geometry geometry, float[] voxels) {
        this(geometry, new Storage(DataType.FLOAT32, voxels), DataType.FLOAT32);
    }

    private Volume(Geometry geometry, Storage storage, DataType type) {
        if (storage.length() != geometry.voxelCount())
            throw new IllegalArgumentException("voxel array has " + storage.length() + " values, grid " + geometry.sizeString() + " needs " + geometry.voxelCount());
        this.geometry = geometry;
        this.storage = storage;
        this.type = type;
    }

    /** A volume over an array of the storage that {@code type} is kept in (see {@link #storageFor}); for readers. */
    static Volume wrap(Geometry geometry, Object array, DataType type) {
        return new Volume(geometry, new Storage(storageFor(type), array), type);
    }

    private static DataType requireStorage(DataType type, DataType unsigned, DataType signed) {
        if (type != unsigned && type != signed) throw new IllegalArgumentException(type + " values cannot be held in the " + unsigned.bytes * 8 + "-bit array given");
        return type;
    }

    /**
     * The storage a volume of {@code type} is read into: its own type for 8- and 16-bit integers, INT32 and FLOAT32;
     * FLOAT64 (doubles) for UINT32, 64-bit integers and FLOAT64.
     */
    public static DataType storageFor(DataType type) {
        switch (type) {
            case UINT8: case INT8: case UINT16: case INT16: case INT32: case FLOAT32: return type;
            default: return DataType.FLOAT64;
        }
    }

    /** Zeros stored as doubles (the storage of code that fills {@link #voxels()}). */
    public static Volume zeros(Geometry g, DataType type) {
        return new Volume(g, new double[checkedCount(g)], type);
    }

    /** Zeros in the compact storage of {@code type} ({@link #storageFor}). */
    public static Volume allocate(Geometry g, DataType type) {
        return wrap(g, Storage.allocate(storageFor(type), checkedCount(g)), type);
    }

    /** A zeroed array of the storage kind {@code storage} (a {@link #storageType()}): byte[], short[], int[], float[] or double[]. */
    static Object newStorageArray(DataType storage, int n) {
        return Storage.allocate(storage, n);
    }

    /**
     * Hands the storage of volumes that are no longer used to {@link ArrayPool}, for the next volume of the same
     * kind and size (a batch reads one image and mask per case). The caller guarantees that neither these volumes
     * nor any view of them is used afterwards.
     */
    public static void recycle(Volume... volumes) {
        for (Volume v : volumes) if (v != null) ArrayPool.release(v.storage.array());
    }

    private static int checkedCount(Geometry g) {
        if (g.voxelCount() > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("volume too large: " + g.sizeString());
        return (int) g.voxelCount();
    }

    public Geometry geometry() {
        return geometry;
    }

    /**
     * The live voxel array as doubles (not a copy). A volume stored otherwise is widened to doubles first, once
     * and for good: prefer {@link #get(int)}, {@link #copyTo} or {@link #toDoubleArray()} in code that only reads.
     */
    public double[] voxels() {
        return storage.doubles();
    }

    /** On-disk type: what a writer stores. */
    public DataType type() {
        return type;
    }

    /** How the values are held in memory: UINT8, INT8, UINT16, INT16, INT32, FLOAT32 or FLOAT64 (doubles). */
    public DataType storageType() {
        return storage.kind();
    }

    /** Bytes of memory the voxel values take. */
    public long storageBytes() {
        return (long) storage.length() * storage.kind().bytes;
    }

    /** The live storage array (byte[], short[], int[], float[] or double[]), for zero-copy views in this package. */
    Object storageArray() {
        return storage.array();
    }

    public int nx() { return geometry.nx; }
    public int ny() { return geometry.ny; }
    public int nz() { return geometry.nz; }

    /** Number of voxels. */
    public int size() {
        return storage.length();
    }

    /** The value of voxel {@code i} (index x + nx * (y + ny * z)). */
    public double get(int i) {
        return storage.get(i);
    }

    /** Sets voxel {@code i}; a value the storage cannot hold exactly widens it to doubles first. */
    public void set(int i, double v) {
        storage.set(i, v);
    }

    public double get(int x, int y, int z) {
        return storage.get(geometry.index(x, y, z));
    }

    public void set(int x, int y, int z, double v) {
        storage.set(geometry.index(x, y, z), v);
    }

    /** Copies {@code n} values from voxel {@code from} into {@code dst[off ..]} as doubles (a row of a crop). */
    public void copyTo(int from, double[] dst, int off, int n) {
        storage.copyTo(from, dst, off, n);
    }

    /** All values as a new {@code double[]}; the storage stays as it is. */
    public double[] toDoubleArray() {
        double[] out = new double[size()];
        copyTo(0, out, 0, out.length);
        return out;
    }

    public Volume withGeometry(Geometry g) {
        return new Volume(g, storage, type);
    }

    public Volume withType(DataType t) {
        return new Volume(geometry, storage, t);
    }

    /** A copy in the same storage. */
    public Volume copy() {
        return new Volume(geometry, storage.copy(), type);
    }

    /** Sorted distinct non-zero values, rounded to integers, for label maps. */
    public int[] labels() {
        return storage.labels();
    }

    /** A 0/1 mask of the voxels equal to {@code label}. */
    public boolean[] maskOf(int label) {
        boolean[] m = new boolean[size()];
        double[] chunk = new double[Math.min(CHUNK, m.length)];
        for (int start = 0; start < m.length; start += chunk.length) {
            int n = Math.min(chunk.length, m.length - start);
            copyTo(start, chunk, 0, n);
            for (int k = 0; k < n; k++) m[start + k] = chunk[k] == label;
        }
        return m;
    }

    /** Number of voxels equal to {@code value}. */
    public long count(double value) {
        return storage.count(value, 0, size());
    }

    /** Number of the {@code n} voxels from index {@code from} (x fastest) equal to {@code value}. */
    public long count(double value, int from, int n) {
        return storage.count(value, from, n);
    }

    /** Values converted per step by the whole-volume loops (fits the L1/L2 cache). */
    private static final int CHUNK = 4096;

    @Override
    public String toString() {
        return "Volume[" + type + ", " + geometry + "]";
    }

    /**
     * The values of a volume and of its views, in one typed array. Widening to doubles replaces the array once;
     * the array and its kind change together (one reference to an immutable pair), so a reader on another thread
     * sees the old or the new storage, both with the same values. Not volatile, so that loops keep it in a
     * register: like a plain array, writes from several threads need the caller's own synchronisation.
     */
    private static final class Storage {
        /** Eight bytes of a byte[] read as one long ({@link #countBytes}). */
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private record Data(DataType kind, Object array) {}

        private Data data;

        Storage(DataType kind, Object array) {
            boolean matches = switch (kind) {
                case UINT8, INT8 -> array instanceof byte[];
                case UINT16, INT16 -> array instanceof short[];
                case INT32 -> array instanceof int[];
                case FLOAT32 -> array instanceof float[];
                case FLOAT64 -> array instanceof double[];
                default -> false;
            };
            if (!matches) throw new IllegalArgumentException("a " + array.getClass().getSimpleName() + " cannot hold " + kind + " values");
            this.data = new Data(kind, array);
        }

        static Object allocate(DataType kind, int n) {
            return ArrayPool.zeroed(switch (kind) {
                case UINT8, INT8 -> byte[].class;
                case UINT16, INT16 -> short[].class;
                case INT32 -> int[].class;
                case FLOAT32 -> float[].class;
                default -> double[].class;
            }, n);
        }

        DataType kind() {
            return data.kind;
        }

        Object array() {
            return data.array;
        }

        int length() {
            return java.lang.reflect.Array.getLength(data.array);
        }

        double get(int i) {
            Data d = data;
            switch (d.kind) {
                case UINT8: return ((byte[]) d.array)[i] & 0xFF;
                case INT8: return ((byte[]) d.array)[i];
                case UINT16: return ((short[]) d.array)[i] & 0xFFFF;
                case INT16: return ((short[]) d.array)[i];
                case INT32: return ((int[]) d.array)[i];
                case FLOAT32: return ((float[]) d.array)[i];
                default: return ((double[]) d.array)[i];
            }
        }

        void set(int i, double v) {
            Data d = data;
            switch (d.kind) {
                case UINT8: if (v >= 0 && v <= 255 && v == (int) v) { ((byte[]) d.array)[i] = (byte) (int) v; return; } break;
                case INT8: if (v >= -128 && v <= 127 && v == (int) v) { ((byte[]) d.array)[i] = (byte) (int) v; return; } break;
                case UINT16: if (v >= 0 && v <= 65535 && v == (int) v) { ((short[]) d.array)[i] = (short) (int) v; return; } break;
                case INT16: if (v >= -32768 && v <= 32767 && v == (int) v) { ((short[]) d.array)[i] = (short) (int) v; return; } break;
                case INT32: if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE && v == (int) v) { ((int[]) d.array)[i] = (int) v; return; } break;
                case FLOAT32: if ((float) v == v || Double.isNaN(v)) { ((float[]) d.array)[i] = (float) v; return; } break;
                default: ((double[]) d.array)[i] = v; return;
            }
            doubles()[i] = v;
        }

        /** The values as doubles, widening the storage once when it holds another type. */
        synchronized double[] doubles() {
            Data d = data;
            if (d.kind == DataType.FLOAT64) return (double[]) d.array;
            double[] out = new double[length()];
            copyTo(0, out, 0, out.length);
            data = new Data(DataType.FLOAT64, out);
            return out;
        }

        void copyTo(int from, double[] dst, int off, int n) {
            Data d = data;
            switch (d.kind) {
                case UINT8: { byte[] a = (byte[]) d.array; for (int k = 0; k < n; k++) dst[off + k] = a[from + k] & 0xFF; break; }
                case INT8: { byte[] a = (byte[]) d.array; for (int k = 0; k < n; k++) dst[off + k] = a[from + k]; break; }
                case UINT16: { short[] a = (short[]) d.array; for (int k = 0; k < n; k++) dst[off + k] = a[from + k] & 0xFFFF; break; }
                case INT16: { short[] a = (short[]) d.array; for (int k = 0; k < n; k++) dst[off + k] = a[from + k]; break; }
                case INT32: { int[] a = (int[]) d.array; for (int k = 0; k < n; k++) dst[off + k] = a[from + k]; break; }
                case FLOAT32: { float[] a = (float[]) d.array; for (int k = 0; k < n; k++) dst[off + k] = a[from + k]; break; }
                default: System.arraycopy(d.array, from, dst, off, n);
            }
        }

        /** Number of the n values from index from equal to v, compared in the stored type (a label count on a BraTS mask
         * reads 6.5 MB of bytes instead of converting 6.5 million values to doubles). */
        long count(double v, int from, int n) {
            int end = from + n;
            Data d = data;
            long c = 0;
            if (d.kind == DataType.FLOAT32) {
                float[] a = (float[]) d.array;
                for (int i = from; i < end; i++) if (a[i] == v) c++;
                return c;
            }
            if (d.kind == DataType.FLOAT64) {
                double[] a = (double[]) d.array;
                for (int i = from; i < end; i++) if (a[i] == v) c++;
                return c;
            }
            if (!(v == Math.rint(v) && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE)) return 0; // NaN, fractions
            int t = (int) v;
            switch (d.kind) {
                case UINT8: return t >= 0 && t <= 255 ? countBytes((byte[]) d.array, from, end, (byte) t) : 0;
                case INT8: return t >= Byte.MIN_VALUE && t <= Byte.MAX_VALUE ? countBytes((byte[]) d.array, from, end, (byte) t) : 0;
                case UINT16: { short[] a = (short[]) d.array; for (int i = from; i < end; i++) if ((a[i] & 0xFFFF) == t) c++; break; }
                case INT16: { short[] a = (short[]) d.array; for (int i = from; i < end; i++) if (a[i] == t) c++; break; }
                default: { int[] a = (int[]) d.array; for (int i = from; i < end; i++) if (a[i] == t) c++; break; }
            }
            return c;
        }

        /** Bytes of a[from, end) equal to b, eight at a time (a label map's scan: one compare per byte was the
         * loop's limit): in x = word ^ b's pattern, a byte is zero where it equals b, and the high bit of
         * ~((x &amp; 7F..) + 7F.. | x | 7F..) is set exactly for the zero bytes. */
        private static long countBytes(byte[] a, int from, int end, byte b) {
            final long low7 = 0x7F7F7F7F7F7F7F7FL;
            long pattern = (b & 0xFFL) * 0x0101010101010101L, c = 0;
            int i = from;
            for (; i + 8 <= end; i += 8) {
                long x = (long) LONGS.get(a, i) ^ pattern;
                c += Long.bitCount(~(((x & low7) + low7) | x | low7));
            }
            for (; i < end; i++) if (a[i] == b) c++;
            return c;
        }

        Storage copy() {
            Data d = data;
            Object a = d.array;
            Object c = switch (d.kind) {
                case UINT8, INT8 -> ((byte[]) a).clone();
                case UINT16, INT16 -> ((short[]) a).clone();
                case INT32 -> ((int[]) a).clone();
                case FLOAT32 -> ((float[]) a).clone();
                default -> ((double[]) a).clone();
            };
            return new Storage(d.kind, c);
        }

        /** Sorted distinct non-zero values rounded to integers; 8- and 16-bit storage through a table of seen values. */
        int[] labels() {
            Data d = data;
            if (d.array instanceof byte[] || d.array instanceof short[]) {
                int offset = d.kind == DataType.INT8 ? 128 : d.kind == DataType.INT16 ? 32768 : 0;
                boolean[] seen = new boolean[d.array instanceof byte[] ? 256 : 65536];
                if (d.array instanceof byte[] b) {
                    if (offset == 0) for (byte v : b) seen[v & 0xFF] = true;
                    else for (byte v : b) seen[v + offset] = true;
                } else {
                    short[] a = (short[]) d.array;
                    if (offset == 0) for (short v : a) seen[v & 0xFFFF] = true;
                    else for (short v : a) seen[v + offset] = true;
                }
                int[] out = new int[seen.length];
                int k = 0;
                for (int v = 0; v < seen.length; v++) if (seen[v] && v != offset) out[k++] = v - offset;
                return Arrays.copyOf(out, k);
            }
            int n = length();
            java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
            for (int i = 0; i < n; i++) {
                double v = get(i);
                if (v != 0) set.add((int) Math.round(v));
            }
            return set.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
