package org.gliomaradiomics.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes a volume as NIfTI-1 ({@code .nii}, or gzip-compressed when the name ends in {@code .gz}); NIfTI-2 when a
 * size exceeds 32767. Data are stored unscaled (scl_slope 0) in the volume's own type, little-endian; sform and
 * qform (both code 1, scanner) describe the geometry, converted from LPS to NIfTI's RAS. NIfTI-1 stores the
 * affine in float32, so spacing and origin are rounded to float precision there. The file appears atomically.
 */
public final class NiftiWriter {
    /** Largest size a NIfTI-1 header (16-bit dims) can hold. */
    static final int NIFTI1_MAX_DIM = Short.MAX_VALUE;

    private NiftiWriter() {}

    public static void write(Volume volume, Path file) throws IOException {
        Geometry g = volume.geometry();
        int version = Math.max(g.nx, Math.max(g.ny, g.nz)) > NIFTI1_MAX_DIM ? 2 : 1;
        write(volume, file, version);
    }

    /** Writes with an explicit NIfTI version (1 or 2). */
    public static void write(Volume volume, Path file, int version) throws IOException {
        if (version != 1 && version != 2) throw new IllegalArgumentException("NIfTI version must be 1 or 2: " + version);
        Geometry g = volume.geometry();
        if (version == 1 && Math.max(g.nx, Math.max(g.ny, g.nz)) > NIFTI1_MAX_DIM)
            throw new ImageFormatException(file, "size " + g.sizeString() + " does not fit NIfTI-1; use NIfTI-2");
        NiftiHeader header = NiftiHeader.forVolume(volume, version);
        boolean gzip = DataFiles.lowerName(file).endsWith(".gz");
        AtomicFiles.write(file, out -> {
            OutputStream o = gzip ? DataFiles.gzip(out) : out;
            o.write(header.toBytes());
            VoxelCodec.write(o, volume, volume.type(), ByteOrder.LITTLE_ENDIAN);
            if (gzip) o.close();
        });
    }
}
