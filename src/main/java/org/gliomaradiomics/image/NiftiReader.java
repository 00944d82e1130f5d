package org.gliomaradiomics.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads NIfTI-1 and NIfTI-2 single files ({@code .nii}, gzip-compressed or not, detected by content), either byte
 * order. Geometry comes from the sform when sform_code &gt; 0, else the qform when qform_code &gt; 0, else pixdim
 * alone (the standard's method 1), converted from NIfTI's RAS world to LPS; a degenerate sform (a zero or
 * non-finite axis) falls back to the qform. Spatial units metre and micron are converted to mm. scl_slope/scl_inter are applied when
 * slope is non-zero and not (1, 0); the volume is then FLOAT32 (from 8/16-bit or float32 data) or FLOAT64. Unscaled data
 * keep their stored type in memory (int16 stays {@code short[]}, see {@link Volume}).
 * Images with a fourth dimension larger than 1 are rejected.
 */
public final class NiftiReader {
    private NiftiReader() {}

    public static Volume read(Path file) throws IOException {
        return Readers.guard(file, () -> readUnguarded(file));
    }

    private static Volume readUnguarded(Path file) throws IOException {
        DataFiles.requireRegularFile(file);
        boolean gzip = DataFiles.isGzip(file, 0);
        long fileSize = Files.size(file);
        try (InputStream in = DataFiles.open(file, 0, gzip)) {
            byte[] first = Readers.readUpTo(in, NiftiHeader.SIZE_V1, file);
            NiftiHeader h = NiftiHeader.sniff(file, first);
            byte[] all = first;
            if (h.version == 2 && first.length == NiftiHeader.SIZE_V1) {
                byte[] rest = Readers.readUpTo(in, NiftiHeader.SIZE_V2 - NiftiHeader.SIZE_V1, file);
                all = new byte[first.length + rest.length];
                System.arraycopy(first, 0, all, 0, first.length);
                System.arraycopy(rest, 0, all, first.length, rest.length);
            }
            h.parse(file, all);
            long[] size = h.spatialSize(file);
            int count = VoxelCodec.voxelCount(file, size);
            DataType stored = h.dataType(file);
            Geometry geometry = h.geometry(file, size);
            long dataBytes = gzip ? fileSize : fileSize - h.voxOffset;
            VoxelCodec.checkDataSize(file, dataBytes, gzip, count, stored);
            VoxelCodec.skipExactly(in, h.voxOffset - h.headerSize(), file);
            Volume raw = Volume.wrap(geometry, VoxelCodec.read(in, stored, h.order, count, file, dataBytes), stored);
            return h.scaled() ? scaled(raw, h.sclSlope, h.sclInter) : raw;
        }
    }

    /** value * slope + inter, as FLOAT32 (from 8/16-bit or float32 data) or FLOAT64, each value cast to that type. */
    private static Volume scaled(Volume raw, double slope, double inter) {
        DataType stored = raw.type();
        if (stored.bytes <= 2 || stored == DataType.FLOAT32) {
            float[] out = new float[raw.size()];
            for (int i = 0; i < out.length; i++) out[i] = (float) (raw.get(i) * slope + inter);
            return new Volume(raw.geometry(), out);
        }
        double[] out = raw.toDoubleArray();
        for (int i = 0; i < out.length; i++) out[i] = out[i] * slope + inter;
        return new Volume(raw.geometry(), out, DataType.FLOAT64);
    }
}
