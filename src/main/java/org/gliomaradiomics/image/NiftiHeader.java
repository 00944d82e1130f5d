package org.gliomaradiomics.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The fields of a NIfTI-1 (348-byte) or NIfTI-2 (540-byte) header that carry the grid, the voxel type and the
 * scaling, with parsing, serialisation and the conversion to and from our LPS {@link Geometry}. Layout and
 * quaternion algebra follow the NIfTI-1/2 standard (nifti1.h, nifti2.h and nifti1_io.c); written by hand
 * because no Maven Central library reads NIfTI into plain arrays without pulling in a framework.
 */
final class NiftiHeader {
    static final int SIZE_V1 = 348, SIZE_V2 = 540;
    private static final byte[] MAGIC_V2 = {'n', '+', '2', 0, '\r', '\n', 0x1a, '\n'};

    int version;
    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    final long[] dim = new long[8];
    int datatype;
    final double[] pixdim = new double[8];
    long voxOffset;
    double sclSlope, sclInter;
    int qformCode, sformCode;
    double quaternB, quaternC, quaternD, qoffsetX, qoffsetY, qoffsetZ;
    final double[] srow = new double[12];
    int xyztUnits;

    /** Header size and byte order from the first four bytes, or an error naming what the file is not. */
    static NiftiHeader sniff(Path file, byte[] first) throws ImageFormatException {
        if (first.length < 4) throw new ImageFormatException(file, "file too short for a NIfTI header (" + first.length + " bytes)");
        NiftiHeader h = new NiftiHeader();
        for (ByteOrder o : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            int size = ByteBuffer.wrap(first, 0, 4).order(o).getInt();
            if (size == SIZE_V1 || size == SIZE_V2) {
                h.order = o;
                h.version = size == SIZE_V1 ? 1 : 2;
                return h;
            }
        }
        throw new ImageFormatException(file, "not a NIfTI file (header size field is neither 348 nor 540)");
    }

    int headerSize() {
        return version == 1 ? SIZE_V1 : SIZE_V2;
    }

    /** Fills the fields from the complete header bytes (length {@link #headerSize()}). */
    void parse(Path file, byte[] bytes) throws ImageFormatException {
        if (bytes.length < headerSize())
            throw new ImageFormatException(file, "file too short for a NIfTI-" + version + " header (" + bytes.length + " of " + headerSize() + " bytes)");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        if (version == 1) parseV1(file, b);
        else parseV2(file, b);
    }

    private void parseV1(Path file, ByteBuffer b) throws ImageFormatException {
        String magic = new String(bytes(b, 344, 4), StandardCharsets.US_ASCII);
        if (magic.equals("ni1\0")) throw new ImageFormatException(file, "NIfTI-1 header/image pairs (.hdr/.img) are not supported; convert to .nii");
        if (!magic.equals("n+1\0")) throw new ImageFormatException(file, "not a NIfTI-1 file (bad magic, perhaps ANALYZE 7.5)");
        for (int i = 0; i < 8; i++) dim[i] = b.getShort(40 + 2 * i);
        datatype = b.getShort(70);
        for (int i = 0; i < 8; i++) pixdim[i] = b.getFloat(76 + 4 * i);
        voxOffset = checkedOffset(file, b.getFloat(108));
        sclSlope = b.getFloat(112);
        sclInter = b.getFloat(116);
        xyztUnits = b.get(123);
        qformCode = b.getShort(252);
        sformCode = b.getShort(254);
        quaternB = b.getFloat(256);
        quaternC = b.getFloat(260);
        quaternD = b.getFloat(264);
        qoffsetX = b.getFloat(268);
        qoffsetY = b.getFloat(272);
        qoffsetZ = b.getFloat(276);
        for (int i = 0; i < 12; i++) srow[i] = b.getFloat(280 + 4 * i);
    }

    private void parseV2(Path file, ByteBuffer b) throws ImageFormatException {
        byte[] magic = bytes(b, 4, 8);
        if (magic[0] == 'n' && magic[1] == 'i' && magic[2] == '2') throw new ImageFormatException(file, "NIfTI-2 header/image pairs are not supported; convert to .nii");
        for (int i = 0; i < 4; i++) if (magic[i] != MAGIC_V2[i]) throw new ImageFormatException(file, "not a NIfTI-2 file (bad magic)");
        datatype = b.getShort(12);
        for (int i = 0; i < 8; i++) dim[i] = b.getLong(16 + 8 * i);
        for (int i = 0; i < 8; i++) pixdim[i] = b.getDouble(104 + 8 * i);
        voxOffset = checkedOffset(file, b.getLong(168));
        sclSlope = b.getDouble(176);
        sclInter = b.getDouble(184);
        qformCode = b.getInt(344);
        sformCode = b.getInt(348);
        quaternB = b.getDouble(352);
        quaternC = b.getDouble(360);
        quaternD = b.getDouble(368);
        qoffsetX = b.getDouble(376);
        qoffsetY = b.getDouble(384);
        qoffsetZ = b.getDouble(392);
        for (int i = 0; i < 12; i++) srow[i] = b.getDouble(400 + 8 * i);
        xyztUnits = b.getInt(500);
    }

    private long checkedOffset(Path file, double offset) throws ImageFormatException {
        if (!(offset >= 0) || offset > Long.MAX_VALUE / 2) throw new ImageFormatException(file, "invalid vox_offset " + offset);
        long o = (long) offset;
        // vox_offset 0 is seen in old single-file writers; data then follows the header and its 4 extension bytes.
        if (o == 0) o = headerSize() + 4L;
        if (o < headerSize()) throw new ImageFormatException(file, "vox_offset " + o + " lies inside the " + headerSize() + "-byte header");
        return o;
    }

    private static byte[] bytes(ByteBuffer b, int at, int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = b.get(at + i);
        return out;
    }

    /** The three spatial sizes; 4D files are accepted only when the fourth and higher dimensions are 1. */
    long[] spatialSize(Path file) throws ImageFormatException {
        long rank = dim[0];
        if (rank < 1 || rank > 7) throw new ImageFormatException(file, "invalid dim[0] = " + rank + " (must be 1..7)");
        if (rank >= 4 && dim[4] > 1) throw new ImageFormatException(file, "4D images are not supported (dim4=" + dim[4] + ")");
        for (int i = 5; i <= rank; i++)
            if (dim[i] > 1) throw new ImageFormatException(file, "images with more than 4 dimensions are not supported (dim" + i + "=" + dim[i] + ")");
        long[] size = {dim[1], rank >= 2 ? dim[2] : 1, rank >= 3 ? dim[3] : 1};
        for (int i = 0; i < 3; i++)
            if (size[i] <= 0) throw new ImageFormatException(file, "invalid image size " + VoxelCodec.sizeText(size) + " (dim" + (i + 1) + "=" + size[i] + ")");
        return size;
    }

    DataType dataType(Path file) throws ImageFormatException {
        switch (datatype) {
            case 2: return DataType.UINT8;
            case 4: return DataType.INT16;
            case 8: return DataType.INT32;
            case 16: return DataType.FLOAT32;
            case 64: return DataType.FLOAT64;
            case 256: return DataType.INT8;
            case 512: return DataType.UINT16;
            case 768: return DataType.UINT32;
            case 1024: return DataType.INT64;
            case 1280: return DataType.UINT64;
            default: throw new ImageFormatException(file, "unsupported datatype " + datatype);
        }
    }

    static int code(DataType t) {
        switch (t) {
            case UINT8: return 2;
            case INT16: return 4;
            case INT32: return 8;
            case FLOAT32: return 16;
            case FLOAT64: return 64;
            case INT8: return 256;
            case UINT16: return 512;
            case UINT32: return 768;
            case INT64: return 1024;
            case UINT64: return 1280;
            default: throw new IllegalArgumentException("no NIfTI code for " + t);
        }
    }

    /** Whether scl_slope/scl_inter change the values (slope 0 or NaN means "not scaled", as in the standard). */
    boolean scaled() {
        return sclSlope != 0 && Double.isFinite(sclSlope) && Double.isFinite(sclInter) && !(sclSlope == 1 && sclInter == 0);
    }

    /** Millimetres per stored spatial unit (xyzt_units: 1 metre, 2 mm, 3 micron; unknown = mm). */
    private double unitScale() {
        switch (xyztUnits & 7) {
            case 1: return 1000;
            case 3: return 0.001;
            default: return 1;
        }
    }

    // ---------------------------------------------------------------- geometry

    /** The grid in LPS: sform if sform_code > 0, else qform if qform_code > 0, else pixdim only (method 1). */
    Geometry geometry(Path file, long[] size) throws ImageFormatException {
        int nx = (int) size[0], ny = (int) size[1], nz = (int) size[2];
        double unit = unitScale();
        double[][] affine = null; // RAS: {3x3 row-major matrix with spacing, offset}
        if (sformCode > 0) affine = new double[][] {
            {srow[0], srow[1], srow[2], srow[4], srow[5], srow[6], srow[8], srow[9], srow[10]}, {srow[3], srow[7], srow[11]}};
        if ((affine == null || !usable(affine[0])) && qformCode > 0) affine = qformAffine();
        if (affine == null || !usable(affine[0])) affine = new double[][] {
            {pixelSize(1), 0, 0, 0, pixelSize(2), 0, 0, 0, pixelSize(3)}, {0, 0, 0}};
        double[] m = affine[0];
        double[] spacing = new double[3], direction = new double[9];
        for (int c = 0; c < 3; c++) {
            double len = Math.sqrt(m[c] * m[c] + m[3 + c] * m[3 + c] + m[6 + c] * m[6 + c]);
            spacing[c] = len * unit;
            // RAS -> LPS: negate the x and y world rows.
            direction[c] = -m[c] / len;
            direction[3 + c] = -m[3 + c] / len;
            direction[6 + c] = m[6 + c] / len;
        }
        double[] origin = {-affine[1][0] * unit, -affine[1][1] * unit, affine[1][2] * unit};
        for (double o : origin) if (!Double.isFinite(o)) throw new ImageFormatException(file, "origin is not finite");
        try {
            return new Geometry(nx, ny, nz, spacing, origin, direction);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "invalid geometry: " + e.getMessage(), e);
        }
    }

    /** A 3x3 matrix whose columns are all non-zero and finite and which is not singular. */
    private static boolean usable(double[] m) {
        for (double v : m) if (!Double.isFinite(v)) return false;
        for (int c = 0; c < 3; c++) if (m[c] == 0 && m[3 + c] == 0 && m[6 + c] == 0) return false;
        double det = Matrix3.determinant(m);
        return Double.isFinite(det) && Math.abs(det) > 1e-30;
    }

    private double pixelSize(int axis) {
        double p = Math.abs(pixdim[axis]);
        return Double.isFinite(p) && p > 0 ? p : 1;
    }

    private double[][] qformAffine() {
        double b = quaternB, c = quaternC, d = quaternD;
        double a = 1 - (b * b + c * c + d * d);
        if (a < 1e-7) { // nifti1_io: a tiny or negative a means a 180-degree rotation; renormalise (b, c, d)
            a = 1 / Math.sqrt(b * b + c * c + d * d);
            b *= a;
            c *= a;
            d *= a;
            a = 0;
        } else {
            a = Math.sqrt(a);
        }
        double qfac = pixdim[0] < 0 ? -1 : 1;
        double[] r = {
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
            2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b),
            2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b};
        double[] s = {pixelSize(1), pixelSize(2), pixelSize(3) * qfac};
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) m[3 * i + j] = r[3 * i + j] * s[j];
        return new double[][] {m, {qoffsetX, qoffsetY, qoffsetZ}};
    }

    /** A header for {@code v}: unscaled data, sform and qform (code 1, scanner) from its LPS geometry, mm units. */
    static NiftiHeader forVolume(Volume v, int version) {
        Geometry g = v.geometry();
        NiftiHeader h = new NiftiHeader();
        h.version = version;
        h.dim[0] = 3;
        h.dim[1] = g.nx;
        h.dim[2] = g.ny;
        h.dim[3] = g.nz;
        for (int i = 4; i < 8; i++) h.dim[i] = 1;
        h.datatype = code(v.type());
        h.voxOffset = h.headerSize() + 4L;
        h.sclSlope = 0;
        h.sclInter = 0;
        h.xyztUnits = 2; // mm, no time unit
        double[] d = g.direction(), s = g.spacing(), o = g.origin();
        double[] ras = d.clone(); // LPS -> RAS: negate the x and y world rows
        for (int c = 0; c < 3; c++) {
            ras[c] = -ras[c];
            ras[3 + c] = -ras[3 + c];
        }
        double[] rasOrigin = {-o[0], -o[1], o[2]};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) h.srow[4 * r + c] = ras[3 * r + c] * s[c];
            h.srow[4 * r + 3] = rasOrigin[r];
        }
        h.sformCode = 1;
        h.qformCode = 1;
        double[] rot = orthonormal(ras);
        double qfac = 1;
        if (Matrix3.determinant(rot) < 0) {
            qfac = -1;
            rot[2] = -rot[2];
            rot[5] = -rot[5];
            rot[8] = -rot[8];
        }
        double[] q = quaternion(rot);
        h.quaternB = q[0];
        h.quaternC = q[1];
        h.quaternD = q[2];
        h.qoffsetX = rasOrigin[0];
        h.qoffsetY = rasOrigin[1];
        h.qoffsetZ = rasOrigin[2];
        h.pixdim[0] = qfac;
        for (int i = 0; i < 3; i++) h.pixdim[i + 1] = s[i];
        for (int i = 4; i < 8; i++) h.pixdim[i] = 1;
        return h;
    }

    /** The nearest orthonormal matrix (polar factor, by the iteration R <- (R + R^-T)/2). */
    private static double[] orthonormal(double[] m) {
        double[] r = m.clone();
        for (int iter = 0; iter < 30; iter++) {
            double[] inv = Matrix3.inverse(r);
            double change = 0;
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) {
                double next = 0.5 * (r[3 * i + j] + inv[3 * j + i]);
                change = Math.max(change, Math.abs(next - r[3 * i + j]));
                r[3 * i + j] = next;
            }
            if (change < 1e-15) break;
        }
        return r;
    }

    /** (b, c, d) of a proper rotation, with a >= 0, as nifti_mat44_to_quatern computes them. */
    private static double[] quaternion(double[] r) {
        double a = r[0] + r[4] + r[8] + 1, b, c, d;
        if (a > 0.5) {
            a = 0.5 * Math.sqrt(a);
            b = 0.25 * (r[7] - r[5]) / a;
            c = 0.25 * (r[2] - r[6]) / a;
            d = 0.25 * (r[3] - r[1]) / a;
        } else {
            double xd = 1 + r[0] - (r[4] + r[8]), yd = 1 + r[4] - (r[0] + r[8]), zd = 1 + r[8] - (r[0] + r[4]);
            if (xd > 1) {
                b = 0.5 * Math.sqrt(xd);
                c = 0.25 * (r[1] + r[3]) / b;
                d = 0.25 * (r[2] + r[6]) / b;
                a = 0.25 * (r[7] - r[5]) / b;
            } else if (yd > 1) {
                c = 0.5 * Math.sqrt(yd);
                b = 0.25 * (r[1] + r[3]) / c;
                d = 0.25 * (r[5] + r[7]) / c;
                a = 0.25 * (r[2] - r[6]) / c;
            } else {
                d = 0.5 * Math.sqrt(zd);
                b = 0.25 * (r[2] + r[6]) / d;
                c = 0.25 * (r[5] + r[7]) / d;
                a = 0.25 * (r[3] - r[1]) / d;
            }
            if (a < 0) {
                b = -b;
                c = -c;
                d = -d;
            }
        }
        return new double[] {b, c, d};
    }

    /** The header bytes in {@link #order}, followed by the 4-byte extension flag (no extensions). */
    byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(headerSize() + 4).order(order);
        int bitpix = bitpixOf(datatype);
        byte[] descrip = "glioma-radiomics".getBytes(StandardCharsets.US_ASCII);
        if (version == 1) {
            b.putInt(0, SIZE_V1);
            for (int i = 0; i < 8; i++) b.putShort(40 + 2 * i, (short) dim[i]);
            b.putShort(70, (short) datatype);
            b.putShort(72, (short) bitpix);
            for (int i = 0; i < 8; i++) b.putFloat(76 + 4 * i, (float) pixdim[i]);
            b.putFloat(108, voxOffset);
            b.putFloat(112, (float) sclSlope);
            b.putFloat(116, (float) sclInter);
            b.put(123, (byte) xyztUnits);
            b.put(148, descrip);
            b.putShort(252, (short) qformCode);
            b.putShort(254, (short) sformCode);
            double[] q = {quaternB, quaternC, quaternD, qoffsetX, qoffsetY, qoffsetZ};
            for (int i = 0; i < 6; i++) b.putFloat(256 + 4 * i, (float) q[i]);
            for (int i = 0; i < 12; i++) b.putFloat(280 + 4 * i, (float) srow[i]);
            b.put(344, new byte[] {'n', '+', '1', 0});
        } else {
            b.putInt(0, SIZE_V2);
            b.put(4, MAGIC_V2);
            b.putShort(12, (short) datatype);
            b.putShort(14, (short) bitpix);
            for (int i = 0; i < 8; i++) b.putLong(16 + 8 * i, dim[i]);
            for (int i = 0; i < 8; i++) b.putDouble(104 + 8 * i, pixdim[i]);
            b.putLong(168, voxOffset);
            b.putDouble(176, sclSlope);
            b.putDouble(184, sclInter);
            b.put(240, descrip);
            b.putInt(344, qformCode);
            b.putInt(348, sformCode);
            double[] q = {quaternB, quaternC, quaternD, qoffsetX, qoffsetY, qoffsetZ};
            for (int i = 0; i < 6; i++) b.putDouble(352 + 8 * i, q[i]);
            for (int i = 0; i < 12; i++) b.putDouble(400 + 8 * i, srow[i]);
            b.putInt(500, xyztUnits);
        }
        return b.array();
    }

    private static int bitpixOf(int datatype) {
        switch (datatype) {
            case 2: case 256: return 8;
            case 4: case 512: return 16;
            case 8: case 768: case 16: return 32;
            default: return 64;
        }
    }
}
