package org.gliomaradiomics.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * DICOM RLE Lossless (PS3.5 annex G), written by hand since it is small: a 64-byte header with the segment count
 * and offsets, one PackBits segment per byte of a sample, most significant byte first.
 */
final class DicomRle {
    private DicomRle() {}

    static int[] decode(byte[] frame, int pixels, int bytesPerSample, boolean signed) {
        ByteBuffer h = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        if (frame.length < 64) throw new IllegalArgumentException("RLE frame shorter than its 64-byte header");
        int segments = h.getInt(0);
        if (segments != bytesPerSample)
            throw new IllegalArgumentException("RLE frame with " + segments + " segments for " + bytesPerSample + "-byte greyscale pixels");
        int[] out = new int[pixels];
        for (int s = 0; s < segments; s++) {
            int start = h.getInt(4 + 4 * s), stop = s + 1 < segments ? h.getInt(8 + 4 * s) : frame.length;
            if (start < 64 || stop > frame.length || stop < start) throw new IllegalArgumentException("RLE segment offsets outside the frame");
            int shift = 8 * (segments - 1 - s), i = 0, p = start;
            while (i < pixels && p < stop) {
                int n = frame[p++];
                if (n >= 0) { // n + 1 literal bytes
                    for (int c = 0; c <= n && i < pixels && p < stop; c++) out[i++] |= (frame[p++] & 0xFF) << shift;
                } else if (n != -128) { // the next byte 1 - n times
                    int v = (frame[p++] & 0xFF) << shift;
                    for (int c = 0; c < 1 - n && i < pixels; c++) out[i++] |= v;
                }
            }
            if (i < pixels) throw new IllegalArgumentException("RLE segment " + (s + 1) + " decodes to " + i + " of " + pixels + " pixels (truncated data)");
        }
        if (signed && bytesPerSample < 4) {
            int bits = 8 * bytesPerSample;
            for (int i = 0; i < pixels; i++) out[i] = out[i] << (32 - bits) >> (32 - bits);
        }
        return out;
    }
}
