package org.gliomaradiomics.image;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** File plumbing shared by the readers and writers: gzip detection, buffered streams (writes go through {@link AtomicFiles}). */
final class DataFiles {
    static final int BUFFER = 1 << 16;
    /**
     * Deflate level for written .gz/.nrrd data: 1 (fastest). On brain MRI it is several times faster than the
     * default 6 for files only slightly larger (see ImageIoBenchmark); compression is lossless either way.
     */
    static final int GZIP_LEVEL = 1;

    private DataFiles() {}

    static void requireRegularFile(Path file) throws ImageFormatException {
        if (!Files.exists(file)) throw new ImageFormatException(file, "file does not exist");
        if (!Files.isRegularFile(file)) throw new ImageFormatException(file, "not a regular file");
        if (!Files.isReadable(file)) throw new ImageFormatException(file, "file is not readable");
    }

    /** Whether the bytes at {@code offset} start a gzip stream (magic 1f 8b). */
    static boolean isGzip(Path file, long offset) throws IOException {
        byte[] head = readBytes(file, offset, 2);
        return head.length == 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
    }

    /** Up to {@code n} bytes of the file from {@code offset} (fewer at the end of the file). */
    static byte[] readBytes(Path file, long offset, int n) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(n);
            ch.position(offset);
            while (b.hasRemaining() && ch.read(b) > 0) { /* fill */ }
            byte[] out = new byte[b.position()];
            b.flip().get(out);
            return out;
        } catch (NoSuchFileException e) {
            throw new ImageFormatException(file, "file does not exist", e);
        }
    }

    /** A stream of the file from {@code offset}, decompressed when {@code gzip}. */
    static InputStream open(Path file, long offset, boolean gzip) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ch.position(offset);
            InputStream raw = Channels.newInputStream(ch);
            return gzip ? new GZIPInputStream(raw, BUFFER) : new java.io.BufferedInputStream(raw, BUFFER);
        } catch (IOException e) {
            ch.close();
            if (gzip) throw new ImageFormatException(file, "corrupt gzip header (" + e.getMessage() + ")", e);
            throw e;
        }
    }

    /** A buffered gzip stream at {@link #GZIP_LEVEL}. */
    static OutputStream gzip(OutputStream out) throws IOException {
        return gzip(out, GZIP_LEVEL);
    }

    /** A buffered gzip stream at a given deflate level (1 fastest .. 9 smallest). */
    static OutputStream gzip(OutputStream out, int level) throws IOException {
        return new GZIPOutputStream(new BufferedOutputStream(out, BUFFER), BUFFER) {
            {
                def.setLevel(level);
            }
        };
    }

    /** Lower-case file name, for extension tests. */
    static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
