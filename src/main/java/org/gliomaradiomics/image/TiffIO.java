package org.gliomaradiomics.image;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.Opener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * TIFF stacks through ImageJ 1 ({@link Opener}, {@link FileSaver#saveAsTiffStack}). ImageJ's calibration carries
 * spacing (pixelWidth, pixelHeight, pixelDepth) and the origin as {@code xOrigin = -origin.x / spacing.x} (see
 * {@link ImagePlusViews}); direction cosines have no place in ImageJ's calibration, so the writer also records the
 * exact geometry and data type in the image's "Info" text ({@code glioma-radiomics.*} lines), which the reader
 * uses when they still agree with the calibration (an image resized in ImageJ falls back to the calibration).
 * Written voxels are 16-bit when the type is an integer type and all values lie in 0..65535, else 32-bit float;
 * integer values that float32 cannot hold exactly are refused, FLOAT64 values are rounded to float32.
 */
public final class TiffIO {
    private static final String KEY = "glioma-radiomics.";

    private TiffIO() {}

    public static Volume read(Path file) throws IOException {
        return Readers.guard(file, () -> {
            DataFiles.requireRegularFile(file);
            if (!isTiff(DataFiles.readBytes(file, 0, 4))) throw new ImageFormatException(file, "not a TIFF file (bad magic)");
            Path abs = file.toAbsolutePath();
            checkDirectories(file);
            checkDeclaredSize(file, Opener.getTiffFileInfo(abs.toString()));
            ImagePlus imp = new Opener().openTiff(abs.getParent() + java.io.File.separator, abs.getFileName().toString());
            if (imp == null || imp.getStack() == null || imp.getStackSize() == 0)
                throw new ImageFormatException(file, "ImageJ cannot read this TIFF (corrupt or unsupported layout)");
            if (imp.getBitDepth() == 24) throw new ImageFormatException(file, "RGB TIFF images are not supported");
            if (imp.getNChannels() > 1 || imp.getNFrames() > 1)
                throw new ImageFormatException(file, "TIFF hyperstacks with several channels or frames are not supported");
            Volume v = ImagePlusViews.fromImagePlus(imp);
            return withRecordedGeometry(v, imp.getInfoProperty());
        });
    }

    /** Most image directories (slices) and strips or tiles per directory a TIFF may declare. */
    static final int MAX_DIRECTORIES = 1 << 16, MAX_STRIPS = 1 << 16;
    /** Bytes per value of the TIFF field types 1..12 (BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SSHORT, SLONG, SRATIONAL, FLOAT, DOUBLE). */
    private static final int[] TYPE_BYTES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8};

    /**
     * Walks the chain of image directories before ImageJ reads them (it reads every strip offset one by one):
     * refuses loops, more than {@link #MAX_DIRECTORIES} directories, and strip or tile tables longer than
     * {@link #MAX_STRIPS} entries, than the image has rows, or than the file could hold.
     */
    static void checkDirectories(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head = DataFiles.readBytes(file, 0, 8);
        if (head.length < 8) throw new ImageFormatException(file, "TIFF header is truncated");
        java.nio.ByteOrder order = head[0] == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN;
        long offset = java.nio.ByteBuffer.wrap(head).order(order).getInt(4) & 0xFFFFFFFFL;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int ifd = 1; offset != 0; ifd++) {
            if (ifd > MAX_DIRECTORIES)
                throw new ImageFormatException(file, "TIFF declares more than " + MAX_DIRECTORIES + " image directories (limit " + MAX_DIRECTORIES + ")");
            if (!seen.add(offset)) throw new ImageFormatException(file, "TIFF image directories form a loop (directory " + ifd + ")");
            byte[] countBytes = DataFiles.readBytes(file, offset, 2);
            if (countBytes.length < 2) throw new ImageFormatException(file, "TIFF image directory " + ifd + " lies beyond the end of the file");
            int entries = java.nio.ByteBuffer.wrap(countBytes).order(order).getShort(0) & 0xFFFF;
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(DataFiles.readBytes(file, offset + 2, 12 * entries + 4)).order(order);
            if (b.capacity() < 12 * entries + 4) throw new ImageFormatException(file, "TIFF image directory " + ifd + " is truncated");
            long rows = Long.MAX_VALUE, metaData = -1;
            long[] metaCounts = null;
            for (int e = 0; e < entries; e++) if ((b.getShort(12 * e) & 0xFFFF) == 257) rows = value(b, 12 * e);
            for (int e = 0; e < entries; e++) {
                int tag = b.getShort(12 * e) & 0xFFFF, type = b.getShort(12 * e + 2) & 0xFFFF;
                long values = b.getInt(12 * e + 4) & 0xFFFFFFFFL;
                if (tag == 273 || tag == 279 || tag == 324 || tag == 325) { // strip / tile offsets and byte counts
                    long limit = MAX_STRIPS;
                    String why = "";
                    if (tag < 300 && rows < limit) {
                        limit = Math.max(1, rows);
                        why = ": one per row of the image";
                    }
                    if (size / 2 < limit) {
                        limit = size / 2;
                        why = ": what a " + size + "-byte file can hold";
                    }
                    if (values > limit)
                        throw new ImageFormatException(file, "TIFF image directory " + ifd + " declares " + values + " " + (tag < 300 ? "strips" : "tiles")
                            + " (limit " + limit + why + ")");
                }
                long bytes = values * (type >= 1 && type <= 12 ? TYPE_BYTES[type] : 1);
                if (bytes > size) // values beyond 4 bytes are stored in the file; ImageJ reads them one by one
                    throw new ImageFormatException(file, "TIFF image directory " + ifd + ": tag " + tag + " declares " + values + " values ("
                        + bytes + " bytes), more than the " + size + " bytes of the file");
                if (tag == 50838 && (type == 4 || type == 3)) { // ImageJ metadata byte counts
                    java.nio.ByteBuffer c = java.nio.ByteBuffer.wrap(bytes <= 4 ? java.util.Arrays.copyOfRange(b.array(), 12 * e + 8, 12 * e + 12)
                        : DataFiles.readBytes(file, b.getInt(12 * e + 8) & 0xFFFFFFFFL, (int) bytes)).order(order);
                    metaCounts = new long[(int) values];
                    for (int k = 0; k < values && (k + 1) * TYPE_BYTES[type] <= c.capacity(); k++)
                        metaCounts[k] = type == 4 ? c.getInt(4 * k) & 0xFFFFFFFFL : c.getShort(2 * k) & 0xFFFF;
                }
                if (tag == 50839) metaData = values * TYPE_BYTES[Math.min(Math.max(type, 1), 12)] <= 4 ? -1 : b.getInt(12 * e + 8) & 0xFFFFFFFFL;
            }
            if (metaCounts != null) checkImageJMetadata(file, ifd, size, order, metaCounts, metaData);
            offset = b.getInt(12 * entries) & 0xFFFFFFFFL;
        }
    }

    /**
     * ImageJ's metadata block (tags 50838/50839) starts with a table of (type, count) pairs that ImageJ allocates
     * arrays for before reading them; the counts must match the byte counts actually given, and the bytes the file.
     */
    private static void checkImageJMetadata(Path file, int ifd, long size, java.nio.ByteOrder order, long[] counts, long at) throws IOException {
        long total = 0;
        for (long c : counts) total += c;
        if (total > size)
            throw new ImageFormatException(file, "TIFF image directory " + ifd + ": ImageJ metadata of " + total + " bytes declared in a " + size + "-byte file");
        long header = counts.length == 0 ? 0 : counts[0];
        if (at < 0 || header < 12 || header > 804) return; // ImageJ ignores such a block
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(DataFiles.readBytes(file, at, (int) header)).order(order);
        long entries = 0;
        for (int k = 4; k + 8 <= h.capacity(); k += 8) if (h.getInt(k) < 0xffffff) entries += h.getInt(k + 4); // signed, as ImageJ adds them
        if (entries > counts.length - 1)
            throw new ImageFormatException(file, "TIFF image directory " + ifd + ": ImageJ metadata declares " + entries + " entries but gives the sizes of "
                + (counts.length - 1));
    }

    /** The value of a SHORT or LONG directory entry with one value. */
    private static long value(java.nio.ByteBuffer b, int at) {
        int type = b.getShort(at + 2) & 0xFFFF;
        return type == 3 ? b.getShort(at + 8) & 0xFFFF : b.getInt(at + 8) & 0xFFFFFFFFL;
    }

    /** Most compressed TIFF data a byte of file can expand to (LZW codes stand for at most a few KiB). */
    private static final long MAX_TIFF_EXPANSION = 4096;

    /**
     * Refuses, before ImageJ allocates anything, an image whose declared size is absurd or larger than the
     * file can hold.
     */
    private static void checkDeclaredSize(Path file, FileInfo[] info) throws IOException {
        if (info == null || info.length == 0 || info[0] == null) throw new ImageFormatException(file, "ImageJ cannot read this TIFF (no image directory)");
        FileInfo first = info[0];
        long planes = info.length == 1 ? Math.max(1, first.nImages) : info.length;
        if (first.width <= 0 || first.height <= 0)
            throw new ImageFormatException(file, "invalid TIFF image size " + first.width + "x" + first.height);
        int count = VoxelCodec.voxelCount(file, first.width, first.height, planes);
        long needed = (long) count * Math.max(1, first.getBytesPerPixel());
        boolean compressed = first.compression > FileInfo.COMPRESSION_NONE;
        long available = Files.size(file) * (compressed ? MAX_TIFF_EXPANSION : 1);
        if (needed > available)
            throw new ImageFormatException(file, "TIFF declares " + first.width + "x" + first.height + "x" + planes + " pixels (" + needed
                + " bytes) but the file holds " + Files.size(file) + " bytes (truncated file or wrong header)");
    }

    static boolean isTiff(byte[] b) {
        return b.length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0) || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));
    }

    public static void write(Volume volume, Path file) throws IOException {
        if (volume.type().integer && !ImagePlusViews.fitsUnsigned16(volume)) {
            for (int i = 0, n = volume.size(); i < n; i++)
                if ((float) volume.get(i) != volume.get(i)) throw new ImageFormatException(file, "value " + volume.get(i) + " cannot be stored exactly in a 32-bit float TIFF; use NIfTI or NRRD");
        }
        ImagePlus imp = ImagePlusViews.toImagePlus(volume, file.getFileName().toString());
        imp.setProperty("Info", describe(volume));
        AtomicFiles.writeVia(file, temp -> {
            FileSaver saver = new FileSaver(imp);
            boolean ok = imp.getStackSize() > 1 ? saver.saveAsTiffStack(temp.toString()) : saver.saveAsTiff(temp.toString());
            if (!ok || Files.size(temp) == 0) throw new ImageFormatException(file, "ImageJ could not write the TIFF");
        });
    }

    private static String describe(Volume v) {
        Geometry g = v.geometry();
        return KEY + "type=" + v.type() + "\n"
            + KEY + "size=" + g.nx + " " + g.ny + " " + g.nz + "\n"
            + KEY + "spacing=" + numbers(g.spacing()) + "\n"
            + KEY + "origin=" + numbers(g.origin()) + "\n"
            + KEY + "direction=" + numbers(g.direction()) + "\n";
    }

    private static String numbers(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double x : values) b.append(b.length() == 0 ? "" : " ").append(NrrdWriter.shortest(x));
        return b.toString();
    }

    /** The exact geometry and type recorded by {@link #write}, when present and consistent with the image. */
    private static Volume withRecordedGeometry(Volume v, String info) {
        if (info == null || !info.contains(KEY)) return v;
        Map<String, String> kv = new HashMap<>();
        for (String line : info.split("\\R")) {
            int eq = line.indexOf('=');
            if (line.startsWith(KEY) && eq > 0) kv.put(line.substring(KEY.length(), eq), line.substring(eq + 1).trim());
        }
        try {
            Geometry g = v.geometry();
            double[] size = parse(kv.get("size"), 3), spacing = parse(kv.get("spacing"), 3), origin = parse(kv.get("origin"), 3),
                direction = parse(kv.get("direction"), 9);
            if (size[0] != g.nx || size[1] != g.ny || size[2] != g.nz) return v;
            int checked = g.nz > 1 ? 3 : 2; // ImageJ saves no z calibration for a single image
            for (int i = 0; i < checked; i++) {
                if (Math.abs(spacing[i] - g.spacing(i)) > 1e-4 * spacing[i]) return v;
                if (Math.abs(origin[i] - g.origin()[i]) > 1e-3) return v;
            }
            Volume exact = v.withGeometry(new Geometry(g.nx, g.ny, g.nz, spacing, origin, direction));
            DataType type = DataType.valueOf(kv.get("type"));
            for (int i = 0, n = v.size(); i < n; i++) if (type.cast(v.get(i)) != v.get(i)) return exact;
            return exact.withType(type);
        } catch (RuntimeException e) {
            return v; // unreadable record: the calibration stands
        }
    }

    private static double[] parse(String text, int n) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != n) throw new IllegalArgumentException("expected " + n + " numbers");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = Double.parseDouble(parts[i]);
        return out;
    }
}
