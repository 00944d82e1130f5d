package org.gliomaradiomics.image;

/**
 * The parts of a JPEG stream (ITU T.81) that our hand-written decoders share ({@link DicomLosslessJpeg},
 * {@link DicomJpegDct}, and for markers and frame header {@link DicomJpegLs}): bytes and marker segments, Huffman tables (DHT) as 16-bit look-ahead tables, the
 * entropy-coded bits with FF00 stuffing, and restart markers. Written by hand for the reasons those classes give.
 */
abstract class JpegStream {
    final byte[] b;
    int pos;
    /** From the frame header; width 0 until it is read. */
    int precision, height, width;
    private int bitBuffer, bitCount;
    private final String what;

    JpegStream(byte[] b, String what) {
        this.b = b;
        this.what = what;
    }

    final int u8() {
        if (pos >= b.length) throw new IllegalArgumentException(what + " data end early");
        return b[pos++] & 0xFF;
    }

    final int u16() {
        return u8() << 8 | u8();
    }

    /** Checks the SOI marker that opens every JPEG stream. */
    final void startOfImage() {
        if (u16() != 0xFFD8) throw new IllegalArgumentException("not a " + what + " stream (no SOI marker)");
    }

    /** Reads the frame header's precision, height and width (SOFn or SOF55, after its length); one component only. */
    final void frameHeader() {
        precision = u8();
        height = u16();
        width = u16();
        if (u8() != 1) throw new IllegalArgumentException(what + " image with more than one component (colour: only greyscale is read)");
    }

    /** The next marker (fill bytes skipped). */
    final int marker() {
        int marker = u16();
        while (marker == 0xFFFF) marker = 0xFF00 | u8();
        if (marker < 0xFF00) throw new IllegalArgumentException(what + " stream has no marker where one is expected");
        return marker;
    }

    /** Reads the tables of a DHT segment ending at {@code end} into {@code tables[class * 4 + id]}. */
    final void huffmanTables(int end, int[][] tables) {
        while (pos < end) {
            int classAndId = u8(), slot = (classAndId >> 4 & 1) * 4 + (classAndId & 3);
            int[] counts = new int[17];
            int total = 0;
            for (int l = 1; l <= 16; l++) total += counts[l] = u8();
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) symbols[i] = u8();
            tables[slot] = lookup(counts, symbols);
        }
    }

    /** A 16-bit look-ahead table of the canonical Huffman code: entries (length << 8 | symbol), 0 for no code. */
    private static int[] lookup(int[] counts, int[] symbols) {
        int[] t = new int[1 << 16];
        int code = 0, k = 0;
        for (int l = 1; l <= 16; l++) {
            for (int i = 0; i < counts[l]; i++, k++, code++) {
                int first = code << (16 - l), n = 1 << (16 - l);
                for (int j = 0; j < n; j++) t[first + j] = l << 8 | symbols[k];
            }
            code <<= 1;
        }
        return t;
    }

    /** The next Huffman-coded symbol. */
    final int symbol(int[] table) {
        fill(16);
        int entry = table[(bitBuffer >>> (bitCount - 16)) & 0xFFFF];
        if (entry == 0) throw new IllegalArgumentException("invalid Huffman code in " + what + " data");
        bitCount -= entry >> 8;
        return entry & 0xFF;
    }

    /** The {@code ssss}-bit value that follows a symbol, extended to its signed difference (T.81 F.2.2.1). */
    final int signedBits(int ssss) {
        if (ssss == 0) return 0;
        fill(ssss);
        int v = (bitBuffer >>> (bitCount - ssss)) & ((1 << ssss) - 1);
        bitCount -= ssss;
        return v < 1 << (ssss - 1) ? v - (1 << ssss) + 1 : v;
    }

    /** Tops the bit buffer up to at least {@code n} bits; past a marker (or the end) zeros are fed. */
    private void fill(int n) {
        while (bitCount < n) {
            int v = 0;
            if (pos < b.length) {
                v = b[pos] & 0xFF;
                if (v == 0xFF) {
                    int next = pos + 1 < b.length ? b[pos + 1] & 0xFF : 0;
                    if (next == 0) pos += 2;
                    else v = 0; // a marker: leave it in place
                } else pos++;
            }
            bitBuffer = bitBuffer << 8 | v;
            bitCount += 8;
        }
        bitBuffer &= bitCount >= 32 ? -1 : (1 << bitCount) - 1;
    }

    /** Drops the bits left before a restart marker and skips the marker. */
    final void restartMarker() {
        bitCount = 0;
        bitBuffer = 0;
        while (pos + 1 < b.length && !((b[pos] & 0xFF) == 0xFF && (b[pos + 1] & 0xF8) == 0xD0)) pos++;
        pos += 2;
    }
}
