package org.gliomaradiomics.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Builds NIfTI-1/-2 files byte by byte from the offsets of nifti1.h / nifti2.h, independently of NiftiHeader, so
 * that reader tests do not trust the writer. Fields default to a 3D little-endian NIfTI-1 with no transform.
 */
final class HandMadeNifti {
    int version = 1;
    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    long[] dim = {3, 1, 1, 1, 1, 1, 1, 1};
    int datatype = 4;
    double[] pixdim = {1, 1, 1, 1, 0, 0, 0, 0};
    double slope = 0, inter = 0;
    int qformCode = 0, sformCode = 0;
    double[] quatern = new double[6]; // b, c, d, qoffset x, y, z
    double[] srow = new double[12];
    int xyztUnits = 2;
    String magic = null; // override for broken files
    Long voxOffset = null;
    byte[] data = new byte[0];

    HandMadeNifti size(long nx, long ny, long nz) {
        dim[1] = nx;
        dim[2] = ny;
        dim[3] = nz;
        return this;
    }

    int headerSize() {
        return version == 1 ? 348 : 540;
    }

    byte[] bytes() {
        int hs = headerSize();
        long offset = voxOffset != null ? voxOffset : hs + 4;
        ByteBuffer b = ByteBuffer.allocate((int) Math.max(hs + 4, offset) + data.length).order(order);
        if (version == 1) {
            b.putInt(0, 348);
            for (int i = 0; i < 8; i++) b.putShort(40 + 2 * i, (short) dim[i]);
            b.putShort(70, (short) datatype);
            b.putShort(72, (short) 16);
            for (int i = 0; i < 8; i++) b.putFloat(76 + 4 * i, (float) pixdim[i]);
            b.putFloat(108, offset);
            b.putFloat(112, (float) slope);
            b.putFloat(116, (float) inter);
            b.put(123, (byte) xyztUnits);
            b.putShort(252, (short) qformCode);
            b.putShort(254, (short) sformCode);
            for (int i = 0; i < 6; i++) b.putFloat(256 + 4 * i, (float) quatern[i]);
            for (int i = 0; i < 12; i++) b.putFloat(280 + 4 * i, (float) srow[i]);
            byte[] m = (magic != null ? magic : "n+1\0").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < 4; i++) b.put(344 + i, m[i]);
        } else {
            b.putInt(0, 540);
            byte[] m = magic != null ? magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : new byte[] {'n', '+', '2', 0, '\r', '\n', 0x1a, '\n'};
            for (int i = 0; i < 8; i++) b.put(4 + i, m[i]);
            b.putShort(12, (short) datatype);
            b.putShort(14, (short) 16);
            for (int i = 0; i < 8; i++) b.putLong(16 + 8 * i, dim[i]);
            for (int i = 0; i < 8; i++) b.putDouble(104 + 8 * i, pixdim[i]);
            b.putLong(168, offset);
            b.putDouble(176, slope);
            b.putDouble(184, inter);
            b.putInt(344, qformCode);
            b.putInt(348, sformCode);
            for (int i = 0; i < 6; i++) b.putDouble(352 + 8 * i, quatern[i]);
            for (int i = 0; i < 12; i++) b.putDouble(400 + 8 * i, srow[i]);
            b.putInt(500, xyztUnits);
        }
        b.position((int) Math.max(hs + 4, offset));
        b.put(data);
        return b.array();
    }

    Path write(Path file) throws IOException {
        byte[] bytes = bytes();
        if (file.toString().endsWith(".gz")) bytes = gzip(bytes);
        Files.write(file, bytes);
        return file;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** int16 voxel data in the given order. */
    static byte[] shorts(ByteOrder order, int... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(order);
        for (int v : values) b.putShort((short) v);
        return b.array();
    }
}
