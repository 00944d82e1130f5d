package org.gliomaradiomics.image;

/**
 * Lossless JPEG (ITU T.81 process 14, the DICOM transfer syntaxes 1.2.840.10008.1.2.4.57 and .70), one greyscale
 * component, predictors 1 to 7, point transform, restart intervals. Written by hand: javax.imageio has no lossless
 * JPEG, and no maintained pure-Java decoder is on Maven Central.
 */
final class DicomLosslessJpeg {
    private final byte[] b;
    private int pos;
    private int bitBuffer, bitCount;
    private final int[][] tables = new int[4][]; // per table: 65536 entries of (length << 8 | symbol), 0 = no code

    private DicomLosslessJpeg(byte[] b) {
        this.b = b;
    }

    static int[] decode(byte[] data) {
        return new DicomLosslessJpeg(data).run();
    }

    private int u8() {
        if (pos >= b.length) throw new IllegalArgumentException("lossless JPEG data end early");
        return b[pos++] & 0xFF;
    }

    private int u16() {
        return u8() << 8 | u8();
    }

    private int[] run() {
        if (u16() != 0xFFD8) throw new IllegalArgumentException("not a JPEG stream (no SOI marker)");
        int precision = 0, width = 0, height = 0, restart = 0;
        while (true) {
            int marker = u16();
            while (marker == 0xFFFF) marker = 0xFF00 | u8(); // fill bytes
            int length = u16(), end = pos + length - 2;
            switch (marker) {
                case 0xFFC3:
                    precision = u8();
                    height = u16();
                    width = u16();
                    if (u8() != 1) throw new IllegalArgumentException("lossless JPEG with more than one component (colour)");
                    break;
                case 0xFFC4:
                    while (pos < end) {
                        int id = u8() & 3;
                        int[] counts = new int[17];
                        int total = 0;
                        for (int l = 1; l <= 16; l++) total += counts[l] = u8();
                        int[] symbols = new int[total];
                        for (int i = 0; i < total; i++) symbols[i] = u8();
                        tables[id] = lookup(counts, symbols);
                    }
                    break;
                case 0xFFDD:
                    restart = u16();
                    break;
                case 0xFFDA: {
                    if (width == 0) throw new IllegalArgumentException("JPEG stream is not lossless (process 14): no SOF3 marker before the scan");
                    if (u8() != 1) throw new IllegalArgumentException("lossless JPEG scan with more than one component");
                    u8(); // component id
                    int table = u8() >> 4 & 3;
                    int predictor = u8();
                    u8();
                    int pointTransform = u8() & 15;
                    pos = end;
                    return scan(width, height, precision, pointTransform, predictor, restart, tables[table]);
                }
                case 0xFFC0: case 0xFFC1: case 0xFFC2: case 0xFFC5: case 0xFFC6: case 0xFFC7:
                    throw new IllegalArgumentException("JPEG stream is not lossless (process 14)");
                default: // APPn, COM, DQT...: skipped
            }
            pos = end;
        }
    }

    /** A 16-bit look-ahead table of the canonical Huffman code. */
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

    private int[] scan(int width, int height, int precision, int pt, int predictor, int restart, int[] table) {
        if (table == null) throw new IllegalArgumentException("lossless JPEG scan uses an undefined Huffman table");
        int[] out = new int[width * height];
        int mask = (1 << 16) - 1, initial = 1 << (precision - pt - 1);
        int sinceRestart = 0;
        boolean firstLine = true, firstSample = true; // as at the start of the scan, again after each restart marker
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (restart > 0 && sinceRestart == restart) {
                    restartMarker();
                    sinceRestart = 0;
                    firstLine = firstSample = true;
                }
                int i = y * width + x, pred;
                if (firstSample) pred = initial;
                else if (firstLine) pred = out[i - 1];
                else if (x == 0) pred = out[i - width];
                else pred = predict(predictor, out[i - 1], out[i - width], out[i - width - 1]);
                firstSample = false;
                out[i] = (pred + difference(table)) & mask;
                sinceRestart++;
            }
            firstLine = false;
        }
        if (pt > 0) for (int i = 0; i < out.length; i++) out[i] <<= pt;
        return out;
    }

    private static int predict(int predictor, int a, int b, int c) {
        switch (predictor) {
            case 1: return a;
            case 2: return b;
            case 3: return c;
            case 4: return a + b - c;
            case 5: return a + ((b - c) >> 1);
            case 6: return b + ((a - c) >> 1);
            case 7: return (a + b) >> 1;
            default: throw new IllegalArgumentException("lossless JPEG predictor " + predictor + " is not 1 to 7");
        }
    }

    private int difference(int[] table) {
        fill(16);
        int entry = table[(bitBuffer >>> (bitCount - 16)) & 0xFFFF];
        if (entry == 0) throw new IllegalArgumentException("invalid Huffman code in lossless JPEG data");
        bitCount -= entry >> 8;
        int ssss = entry & 0xFF;
        if (ssss == 0) return 0;
        if (ssss == 16) return 32768;
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

    private void restartMarker() {
        bitCount = 0;
        bitBuffer = 0;
        while (pos + 1 < b.length && !((b[pos] & 0xFF) == 0xFF && (b[pos + 1] & 0xF8) == 0xD0)) pos++;
        pos += 2;
    }
}
