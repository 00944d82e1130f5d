package org.gliomaradiomics.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads NRRD images: attached ({@code .nrrd}) or detached ({@code .nhdr} + data file), encodings raw and gzip,
 * either byte order, all NRRD spellings of the scalar types, "space directions" and "space origin" in LPS, RAS
 * or LAS (converted to LPS), or plain "spacings". Honours "line skip" and "byte skip" (-1 for raw data at the end
 * of the file). The voxels keep their stored type in memory (int16 stays {@code short[]}, see {@link Volume}).
 */
public final class NrrdReader {
    private NrrdReader() {}

    public static Volume read(Path file) throws IOException {
        return Readers.guard(file, () -> readUnguarded(file));
    }

    private static Volume readUnguarded(Path file) throws IOException {
        DataFiles.requireRegularFile(file);
        NrrdHeader h = NrrdHeader.read(file);
        DataType type = h.type();
        int dimension = h.dimension();
        long[] size = h.sizes(dimension);
        int count = VoxelCodec.voxelCount(file, size);
        boolean gzip = h.gzip();
        ByteOrder order = h.byteOrder(type);
        Geometry geometry = h.geometry(size, dimension);
        Path data = h.dataFile();
        if (!data.equals(file) && !Files.isRegularFile(data)) throw new ImageFormatException(file, "NRRD data file " + data + " does not exist");
        long start = data.equals(file) ? h.headerEnd : 0;
        int lineSkip = h.fields.containsKey("line skip") ? h.parseInt("line skip", h.fields.get("line skip")) : 0;
        int byteSkip = h.fields.containsKey("byte skip") ? h.parseInt("byte skip", h.fields.get("byte skip")) : 0;
        if (lineSkip < 0) throw new ImageFormatException(file, "negative NRRD \"line skip\" " + lineSkip);
        if (byteSkip < -1 || (byteSkip == -1 && gzip)) throw new ImageFormatException(file, "invalid NRRD \"byte skip\" " + byteSkip);
        start = skipLines(data, start, lineSkip);
        long dataSize = Files.size(data);
        long needed = (long) count * type.bytes;
        if (byteSkip == -1) start = dataSize - needed;
        else if (!gzip) start += byteSkip;
        VoxelCodec.checkDataSize(data, dataSize - start, gzip, count, type);
        try (InputStream in = DataFiles.open(data, start, gzip)) {
            if (gzip) VoxelCodec.skipExactly(in, byteSkip, data);
            return Volume.wrap(geometry, VoxelCodec.read(in, type, order, count, data, dataSize - start), type);
        }
    }

    /** The offset after {@code lines} more line ends from {@code start}. */
    private static long skipLines(Path data, long start, int lines) throws IOException {
        if (lines == 0) return start;
        try (InputStream in = DataFiles.open(data, start, false)) {
            long pos = start;
            for (int seen = 0; seen < lines; ) {
                int c = in.read();
                if (c < 0) throw new ImageFormatException(data, "file ends within the " + lines + " lines to skip");
                pos++;
                if (c == '\n') seen++;
            }
            return pos;
        }
    }
}
