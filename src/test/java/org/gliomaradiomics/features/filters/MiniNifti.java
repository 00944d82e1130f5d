package org.gliomaradiomics.features.filters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/** Stand-in NIfTI-1 reader (uint8/int16/float32/float64, little or big endian) until image.ImageIO lands on main. */
final class MiniNifti {
    private MiniNifti() {}

    static Volume read(Path p) throws IOException {
        byte[] bytes;
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            bytes = in.readAllBytes();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 348) b.order(ByteOrder.BIG_ENDIAN);
        int nx = b.getShort(42), ny = b.getShort(44), nz = b.getShort(46);
        int code = b.getShort(70);
        Geometry g = Geometry.of(nx, ny, nz, b.getFloat(80), b.getFloat(84), b.getFloat(88));
        int off = (int) b.getFloat(108);
        double slope = b.getFloat(112), inter = b.getFloat(116);
        if (slope == 0) { slope = 1; inter = 0; }
        double[] v = new double[nx * ny * nz];
        for (int i = 0; i < v.length; i++) {
            double x;
            switch (code) {
                case 2: x = bytes[off + i] & 0xff; break;
                case 4: x = b.getShort(off + 2 * i); break;
                case 16: x = b.getFloat(off + 4 * i); break;
                case 64: x = b.getDouble(off + 8 * i); break;
                default: throw new IOException(p + ": unsupported NIfTI datatype " + code);
            }
            v[i] = x * slope + inter;
        }
        return new Volume(g, v, code == 2 ? DataType.UINT8 : DataType.FLOAT32);
    }
}
