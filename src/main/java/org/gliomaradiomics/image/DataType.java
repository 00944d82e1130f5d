package org.gliomaradiomics.image;

/** Voxel storage type on disk. Values are held as doubles in memory, which represent every type but 64-bit
 * integers above 2^53 exactly; the type is kept so that a writer can round-trip the file bit-exactly. */
public enum DataType {
    UINT8(1, true), INT8(1, true), UINT16(2, true), INT16(2, true), UINT32(4, true), INT32(4, true),
    UINT64(8, true), INT64(8, true), FLOAT32(4, false), FLOAT64(8, false);

    public final int bytes;
    public final boolean integer;

    DataType(int bytes, boolean integer) {
        this.bytes = bytes;
        this.integer = integer;
    }

    /** Clamps and rounds (integers) or narrows (float) a value to what this type can hold, as ITK casts do. */
    public double cast(double v) {
        switch (this) {
            case FLOAT32: return (float) v;
            case FLOAT64: return v;
            default:
                if (Double.isNaN(v)) return 0;
                double t = v < 0 ? Math.ceil(v) : Math.floor(v); // truncation toward zero, like a C cast
                return Math.max(min(), Math.min(max(), t));
        }
    }

    public double min() {
        switch (this) {
            case UINT8: case UINT16: case UINT32: case UINT64: return 0;
            case INT8: return Byte.MIN_VALUE;
            case INT16: return Short.MIN_VALUE;
            case INT32: return Integer.MIN_VALUE;
            case INT64: return Long.MIN_VALUE;
            case FLOAT32: return -Float.MAX_VALUE;
            default: return -Double.MAX_VALUE;
        }
    }

    public double max() {
        switch (this) {
            case UINT8: return 255;
            case INT8: return Byte.MAX_VALUE;
            case UINT16: return 65535;
            case INT16: return Short.MAX_VALUE;
            case UINT32: return 4294967295.0;
            case INT32: return Integer.MAX_VALUE;
            case UINT64: return 18446744073709551615.0;
            case INT64: return Long.MAX_VALUE;
            case FLOAT32: return Float.MAX_VALUE;
            default: return Double.MAX_VALUE;
        }
    }
}
