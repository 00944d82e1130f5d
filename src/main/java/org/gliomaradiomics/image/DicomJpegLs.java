package org.gliomaradiomics.image;

/**
 * JPEG-LS (ITU-T T.87 / ISO 14495-1; DICOM transfer syntaxes 1.2.840.10008.1.2.4.80 lossless and .81 near-lossless)
 * of one greyscale component, 2 to 16 bits, with the default or LSE-given thresholds. Written by hand following
 * T.87 (context modelling of annex A, line edges as its A.2.1 says): Maven Central has no maintained pure-Java
 * JPEG-LS decoder (dcm4che's and CharLS's are native code). Restart intervals, mapping tables and point transforms,
 * which DICOM encoders do not write, are refused by name.
 */
final class DicomJpegLs extends JpegStream {
    private static final int[] J = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    private static final int CONTEXTS = 365, RUN_CONTEXTS = 2;

    // entropy-coded bits: the next bits are the high ones of 'bits'
    private long bits;
    private int bitCount;
    private boolean markerReached, afterFF;

    private int maxVal, near, range, qbpp, limit, reset, t1, t2, t3;
    private final int[] a = new int[CONTEXTS + RUN_CONTEXTS], bb = new int[CONTEXTS + RUN_CONTEXTS], c = new int[CONTEXTS],
        n = new int[CONTEXTS + RUN_CONTEXTS], nn = new int[RUN_CONTEXTS];
    private int runIndex;

    private DicomJpegLs(byte[] b) {
        super(b, "JPEG-LS");
    }

    /** The samples of a JPEG-LS stream, rows then columns. */
    static int[] decode(byte[] data) {
        return new DicomJpegLs(data).run();
    }

    private int[] run() {
        startOfImage();
        int[] lse = null;
        while (true) {
            int marker = marker();
            if (marker == 0xFFD9) throw new IllegalArgumentException("JPEG-LS stream without a scan");
            int length = u16(), end = pos + length - 2;
            switch (marker) {
                case 0xFFF7:
                    frameHeader();
                    break;
                case 0xFFF8:
                    if (u8() != 1) throw new IllegalArgumentException("JPEG-LS mapping tables (LSE) are not supported");
                    lse = new int[] {u16(), u16(), u16(), u16(), u16()};
                    break;
                case 0xFFDD:
                    if (u16() != 0) throw new IllegalArgumentException("JPEG-LS restart intervals are not supported");
                    break;
                case 0xFFDA: {
                    if (width == 0) throw new IllegalArgumentException("not a JPEG-LS stream (no SOF55 marker before the scan)");
                    if (u8() != 1) throw new IllegalArgumentException("JPEG-LS scan with more than one component");
                    u8(); // component id
                    if (u8() != 0) throw new IllegalArgumentException("JPEG-LS mapping tables are not supported");
                    near = u8();
                    u8(); // interleave mode: irrelevant for one component
                    if ((u8() & 0x0F) != 0) throw new IllegalArgumentException("JPEG-LS point transform is not supported");
                    pos = end;
                    parameters(precision, lse);
                    return scan(width, height);
                }
                default: // APPn, COM...: skipped
            }
            pos = end;
        }
    }

    /** MAXVAL, thresholds and RESET: the LSE values, else T.87's defaults (C.2.4.1.1). */
    private void parameters(int precision, int[] lse) {
        if (precision < 2 || precision > 16) throw new IllegalArgumentException("JPEG-LS precision of " + precision + " bits");
        maxVal = lse != null && lse[0] != 0 ? lse[0] : (1 << precision) - 1;
        int factor, d1, d2, d3;
        if (maxVal >= 128) {
            factor = (Math.min(maxVal, 4095) + 128) / 256;
            d1 = clamp(factor * (3 - 2) + 2 + 3 * near, near + 1);
            d2 = clamp(factor * (7 - 3) + 3 + 5 * near, d1);
            d3 = clamp(factor * (21 - 4) + 4 + 7 * near, d2);
        } else {
            factor = 256 / (maxVal + 1);
            d1 = clamp(Math.max(2, 3 / factor + 3 * near), near + 1);
            d2 = clamp(Math.max(3, 7 / factor + 5 * near), d1);
            d3 = clamp(Math.max(4, 21 / factor + 7 * near), d2);
        }
        t1 = lse != null && lse[1] != 0 ? lse[1] : d1;
        t2 = lse != null && lse[2] != 0 ? lse[2] : d2;
        t3 = lse != null && lse[3] != 0 ? lse[3] : d3;
        reset = lse != null && lse[4] != 0 ? lse[4] : 64;
        range = (maxVal + 2 * near) / (2 * near + 1) + 1;
        qbpp = 32 - Integer.numberOfLeadingZeros(range - 1);
        int bpp = Math.max(2, 32 - Integer.numberOfLeadingZeros(maxVal));
        limit = 2 * (bpp + Math.max(8, bpp));
        quantised = new byte[2 * maxVal + 1];
        for (int d = -maxVal; d <= maxVal; d++) quantised[d + maxVal] = (byte) quantiseDirectly(d);
        java.util.Arrays.fill(a, Math.max(2, (range + 32) / 64));
        java.util.Arrays.fill(n, 1);
    }

    private int clamp(int v, int low) {
        return v > maxVal || v < low ? low : v;
    }

    private int[] scan(int width, int height) {
        int[] out = new int[width * height];
        // lines with one sample of margin each side (T.87 A.2.1): prev[0] is Rc of the first sample, prev[width + 1] Rd of the last
        int[] prev = new int[width + 2], cur = new int[width + 2];
        for (int y = 0; y < height; y++) {
            prev[width + 1] = prev[width];
            cur[0] = prev[1];
            line(prev, cur, width);
            System.arraycopy(cur, 1, out, y * width, width);
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return out;
    }

    private void line(int[] prev, int[] cur, int width) {
        int x = 1, rb = prev[0], rd = prev[1];
        while (x <= width) {
            int ra = cur[x - 1], rc = rb;
            rb = rd;
            rd = prev[x + 1];
            int q1 = quantise(rd - rb), q2 = quantise(rb - rc), q3 = quantise(rc - ra);
            if (q1 == 0 && q2 == 0 && q3 == 0) {
                x = runMode(prev, cur, x, width);
                rb = prev[x - 1];
                rd = x <= width ? prev[x] : 0;
            } else {
                cur[x] = regular(q1, q2, q3, ra, rb, rc);
                x++;
            }
        }
    }

    /** quantised[d + maxVal]: the gradient quantisation (T.87 A.3.3) looked up, as it runs three times a sample. */
    private byte[] quantised;

    private int quantise(int d) {
        return quantised[d + maxVal];
    }

    private int quantiseDirectly(int d) {
        if (d <= -t3) return -4;
        if (d <= -t2) return -3;
        if (d <= -t1) return -2;
        if (d < -near) return -1;
        if (d <= near) return 0;
        if (d < t1) return 1;
        if (d < t2) return 2;
        if (d < t3) return 3;
        return 4;
    }

    private int regular(int q1, int q2, int q3, int ra, int rb, int rc) {
        int sign = 1;
        if (q1 < 0 || q1 == 0 && (q2 < 0 || q2 == 0 && q3 < 0)) {
            sign = -1;
            q1 = -q1;
            q2 = -q2;
            q3 = -q3;
        }
        int q = (q1 * 9 + q2) * 9 + q3; // a one-to-one index of the 365 sign-normalised contexts
        int px = rc >= Math.max(ra, rb) ? Math.min(ra, rb) : rc <= Math.min(ra, rb) ? Math.max(ra, rb) : ra + rb - rc;
        px = Math.max(0, Math.min(maxVal, px + sign * c[q]));
        int k = 0;
        while ((n[q] << k) < a[q]) k++;
        int m = golomb(k, limit);
        int err = (m & 1) == 0 ? m >> 1 : -((m + 1) >> 1);
        if (k == 0 && near == 0 && 2 * bb[q] <= -n[q]) err = -err - 1;
        update(q, err);
        return reconstruct(px, sign * err);
    }

    /** Context update and bias correction (T.87 A.6). */
    private void update(int q, int err) {
        bb[q] += err * (2 * near + 1);
        a[q] += Math.abs(err);
        if (n[q] == reset) {
            a[q] >>= 1;
            bb[q] >>= 1;
            n[q] >>= 1;
        }
        n[q]++;
        if (bb[q] <= -n[q]) {
            bb[q] += n[q];
            if (c[q] > -128) c[q]--;
            if (bb[q] <= -n[q]) bb[q] = -n[q] + 1;
        } else if (bb[q] > 0) {
            bb[q] -= n[q];
            if (c[q] < 127) c[q]++;
            if (bb[q] > 0) bb[q] = 0;
        }
    }

    private int reconstruct(int px, int err) {
        int v = px + err * (2 * near + 1);
        if (v < -near) v += range * (2 * near + 1);
        else if (v > maxVal + near) v -= range * (2 * near + 1);
        return Math.max(0, Math.min(maxVal, v));
    }

    /** A run of Ra from x on, then its interruption sample unless the run reaches the end of the line; the next x. */
    private int runMode(int[] prev, int[] cur, int x, int width) {
        int ra = cur[x - 1], left = width - x + 1, count = 0;
        while (readBit() == 1) {
            int step = Math.min(1 << J[runIndex], left - count);
            count += step;
            if (step == 1 << J[runIndex] && runIndex < 31) runIndex++;
            if (count == left) break;
        }
        if (count != left && J[runIndex] > 0) count += readBits(J[runIndex]);
        if (count > left) throw new IllegalArgumentException("JPEG-LS run longer than its line");
        for (int i = 0; i < count; i++) cur[x + i] = ra;
        x += count;
        if (x > width) return x;
        int rb = prev[x];
        cur[x] = interruption(ra, rb);
        if (runIndex > 0) runIndex--;
        return x + 1;
    }

    /** The run interruption sample (T.87 A.7.2). */
    private int interruption(int ra, int rb) {
        int type = Math.abs(ra - rb) <= near ? 1 : 0, q = CONTEXTS + type;
        int temp = type == 0 ? a[q] : a[q] + (n[q] >> 1), k = 0;
        while ((n[q] << k) < temp) k++;
        int em = golomb(k, limit - J[runIndex] - 1);
        int t = em + type, map = t & 1, abs = (t + map) >> 1;
        int err = ((k != 0 || 2 * nn[type] >= n[q]) == (map == 1)) ? -abs : abs;
        if (err < 0) nn[type]++;
        a[q] += (em + 1 - type) >> 1;
        if (n[q] == reset) {
            a[q] >>= 1;
            n[q] >>= 1;
            nn[type] >>= 1;
        }
        n[q]++;
        return type == 1 ? reconstruct(ra, err) : reconstruct(rb, rb >= ra ? err : -err);
    }

    /** A limited-length Golomb code (T.87 A.5.3). */
    private int golomb(int k, int codeLimit) {
        int zeros = 0;
        while (true) { // the unary prefix: the zeros before the next 1, counted a buffer at a time
            if (bitCount == 0) fillByte();
            long value = bits & ((1L << bitCount) - 1);
            int lead = value == 0 ? bitCount : bitCount - (64 - Long.numberOfLeadingZeros(value));
            zeros += lead;
            bitCount -= lead;
            if (zeros > codeLimit) throw new IllegalArgumentException("damaged JPEG-LS data (code longer than its limit)");
            if (value != 0) {
                bitCount--; // the 1 that ends the prefix
                break;
            }
        }
        if (zeros >= codeLimit - qbpp - 1) return readBits(qbpp) + 1;
        return k == 0 ? zeros : zeros << k | readBits(k);
    }

    private int readBit() {
        if (bitCount == 0) fillByte();
        bitCount--;
        return (int) (bits >>> bitCount) & 1;
    }

    private int readBits(int count) {
        while (bitCount < count) fillByte();
        bitCount -= count;
        return (int) (bits >>> bitCount) & ((1 << count) - 1);
    }

    /** Adds one byte: 7 bits after an FF (its stuffed zero bit dropped); zeros once the closing marker is reached. */
    private void fillByte() {
        int v = pos < b.length ? b[pos] & 0xFF : -1;
        if (markerReached || v < 0 || v == 0xFF && (pos + 1 >= b.length || (b[pos + 1] & 0xFF) >= 0x80)) {
            markerReached = true;
            bits <<= 8;
            bitCount += 8;
            return;
        }
        pos++;
        int width = afterFF ? 7 : 8;
        bits = bits << width | v;
        bitCount += width;
        afterFF = v == 0xFF;
    }
}
