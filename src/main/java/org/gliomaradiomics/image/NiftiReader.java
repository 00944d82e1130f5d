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
 * slope is non-zero and not (1, 0); the volume is then FLOAT32 (from 8/16-bit or float32 data) or FLOAT64.
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
            VoxelCodec.checkDataSize(file, gzip ? fileSize : fileSize - h.voxOffset, gzip, count, stored);
            VoxelCodec.skipExactly(in, h.voxOffset - h.headerSize(), file);
            double[] voxels = VoxelCodec.read(in, stored, h.order, count, file);
            DataType type = stored;
            if (h.scaled()) {
                type = stored.bytes <= 2 || stored == DataType.FLOAT32 ? DataType.FLOAT32 : DataType.FLOAT64;
                double slope = h.sclSlope, inter = h.sclInter;
                for (int i = 0; i < voxels.length; i++) voxels[i] = type.cast(voxels[i] * slope + inter);
            }
            return new Volume(geometry, voxels, type);
        }
    }
}
