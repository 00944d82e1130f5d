package org.gliomaradiomics.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stored pixel values of a DICOM image, frame by frame, as ints (signed when Pixel Representation is 1).
 * Native pixel data (1, 8, 16 or 32 bits allocated, either byte order) are read here; encapsulated data go to the
 * codec of their transfer syntax ({@link DicomCodecs}). Colour images are refused, and so are pixel
 * data shorter than Rows x Columns x frames: never zeros in place of missing voxels.
 */
final class DicomPixels {
    /** Compressed transfer syntaxes by UID, with a name for messages. */
    static final Map<String, String> SYNTAX_NAMES = Map.ofEntries(
        Map.entry("1.2.840.10008.1.2.5", "RLE Lossless"),
        Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline"),
        Map.entry("1.2.840.10008.1.2.4.51", "JPEG Extended (12-bit)"),
        Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless (process 14)"),
        Map.entry("1.2.840.10008.1.2.4.70", "JPEG Lossless (process 14, SV1)"),
        Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
        Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless"),
        Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless"),
        Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000"),
        Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Lossless"),
        Map.entry("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 (RPCL) Lossless"),
        Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000"),
        Map.entry("1.2.840.10008.1.2.4.100", "MPEG2 video"),
        Map.entry("1.2.840.10008.1.2.4.102", "MPEG-4 video"));

    final DicomDataset d;
    final int rows, columns, frames, bitsAllocated;
    final boolean signed;

    private DicomPixels(DicomDataset d, int rows, int columns, int frames, int bitsAllocated, boolean signed) {
        this.d = d;
        this.rows = rows;
        this.columns = columns;
        this.frames = frames;
        this.bitsAllocated = bitsAllocated;
        this.signed = signed;
    }

    /** Checks that the image is greyscale with pixel data of a supported kind and complete length. */
    static DicomPixels of(DicomDataset d) throws ImageFormatException {
        int rows = (int) d.number(0x00280010, 0), columns = (int) d.number(0x00280011, 0);
        if (rows <= 0 || columns <= 0) throw new ImageFormatException(d.file, "DICOM image without Rows/Columns (0028,0010/0011)");
        int samples = (int) d.number(0x00280002, 1);
        String photometric = d.string(0x00280004);
        if (samples != 1 || photometric != null && !photometric.isEmpty() && !photometric.startsWith("MONOCHROME"))
            throw new ImageFormatException(d.file, "colour DICOM image (Photometric Interpretation " + (photometric == null ? "?" : photometric) + ", "
                + samples + " samples per pixel): only greyscale (MONOCHROME1/2) images are read; convert it to greyscale first");
        int bits = (int) d.number(0x00280100, 16);
        if (bits != 1 && bits != 8 && bits != 16 && bits != 32)
            throw new ImageFormatException(d.file, "unsupported Bits Allocated (0028,0100) " + bits + " (1, 8, 16 or 32 are read)");
        int frames = Math.max(1, (int) d.number(0x00280008, 1));
        DicomDataset.Element px = d.get(DicomDataset.PIXEL_DATA);
        if (px == null) {
            if (d.has(0x7FE00008) || d.has(0x7FE00009)) throw new ImageFormatException(d.file, "float pixel data (7FE0,0008/0009) are not supported");
            throw new ImageFormatException(d.file, "no Pixel Data (7FE0,0010)");
        }
        DicomPixels p = new DicomPixels(d, rows, columns, frames, bits, d.number(0x00280103, 0) == 1);
        if (px.fragments() == null) {
            long needed = ((long) rows * columns * frames * bits + 7) / 8;
            if (needed > px.length())
                throw new ImageFormatException(d.file, "the header's " + columns + " x " + rows + (frames > 1 ? " x " + frames : "") + " pixels need "
                    + needed + " bytes but the file holds " + px.length() + " in its pixel data (truncated file or wrong header)");
        } else if (!SYNTAX_NAMES.containsKey(d.transferSyntax) || !DicomCodecs.supports(d.transferSyntax)) {
            throw new ImageFormatException(d.file, "compressed with " + syntaxName(d.transferSyntax) + ", which this reader cannot decode"
                + " (decompress first, e.g. with dcmdjpeg or gdcmconv --raw)");
        }
        return p;
    }

    static String syntaxName(String uid) {
        String n = SYNTAX_NAMES.get(uid);
        return n == null ? "transfer syntax " + uid : n + " (" + uid + ")";
    }

    /** The stored values of frame {@code k} (0-based), rows then columns. */
    int[] frame(int k) throws ImageFormatException {
        DicomDataset.Element px = d.get(DicomDataset.PIXEL_DATA);
        int n = rows * columns;
        if (px.fragments() != null) {
            int[] v = DicomCodecs.decode(this, frameBytes(px, k));
            if (v.length != n) throw new ImageFormatException(d.file, "frame " + (k + 1) + " decodes to " + v.length + " pixels, not " + columns + " x " + rows);
            return v;
        }
        int[] out = new int[n];
        ByteBuffer b = px.buffer();
        if (bitsAllocated == 1) {
            long bit0 = (long) k * n;
            for (int i = 0; i < n; i++) {
                long bit = bit0 + i;
                out[i] = (b.get((int) (bit >>> 3)) >> (int) (bit & 7)) & 1; // DICOM packs the first pixel in the lowest bit
            }
            return out;
        }
        int bytes = bitsAllocated / 8, at = k * n * bytes;
        // OB pixel data of 16 bits are always little endian; big endian files store 16-bit pixels as OW, swapped
        ByteOrder order = px.vr().equals("OB") ? ByteOrder.LITTLE_ENDIAN : px.order();
        b.order(order);
        for (int i = 0; i < n; i++) {
            int p = at + i * bytes;
            out[i] = bytes == 1 ? (signed ? b.get(p) : b.get(p) & 0xFF) : bytes == 2 ? (signed ? b.getShort(p) : b.getShort(p) & 0xFFFF) : b.getInt(p);
        }
        return out;
    }

    /** The bytes of one compressed frame: one fragment per frame, the offset table, or all fragments for one frame. */
    private byte[] frameBytes(DicomDataset.Element px, int k) throws ImageFormatException {
        List<int[]> all = px.fragments();
        if (all.isEmpty()) throw new ImageFormatException(d.file, "empty compressed pixel data");
        List<int[]> fragments = all.subList(1, all.size()); // the first item is the Basic Offset Table
        List<int[]> mine = new ArrayList<>();
        if (frames == 1) mine.addAll(fragments);
        else if (fragments.size() == frames) mine.add(fragments.get(k));
        else if (all.get(0)[1] >= 4 * frames) {
            ByteBuffer table = ByteBuffer.wrap(px.data(), all.get(0)[0], all.get(0)[1]).slice().order(ByteOrder.LITTLE_ENDIAN);
            long start = table.getInt(4 * k) & 0xFFFFFFFFL, stop = k + 1 < frames ? table.getInt(4 * (k + 1)) & 0xFFFFFFFFL : Long.MAX_VALUE;
            long offset = 0;
            for (int[] f : fragments) {
                if (offset >= start && offset < stop) mine.add(f);
                offset += 8 + f[1];
            }
        } else throw new ImageFormatException(d.file, String.format(Locale.ROOT,
            "%d compressed fragments for %d frames and no offset table: cannot tell the frames apart", fragments.size(), frames));
        if (mine.isEmpty()) throw new ImageFormatException(d.file, "frame " + (k + 1) + " has no compressed data");
        int size = 0;
        for (int[] f : mine) size += f[1];
        byte[] out = new byte[size];
        int at = 0;
        for (int[] f : mine) {
            System.arraycopy(px.data(), f[0], out, at, f[1]);
            at += f[1];
        }
        return out;
    }
}
