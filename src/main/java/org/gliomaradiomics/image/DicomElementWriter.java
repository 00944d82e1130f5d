package org.gliomaradiomics.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Data elements in explicit VR little endian, written by hand (the few a SEG needs): text padded to even length,
 * unsigned shorts, byte values, and sequences and items of undefined length closed by their delimiters.
 */
final class DicomElementWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    byte[] bytes() {
        return out.toByteArray();
    }

    int size() {
        return out.size();
    }

    void text(int tag, String vr, String value) {
        byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length % 2 == 1) {
            b = java.util.Arrays.copyOf(b, b.length + 1);
            b[b.length - 1] = (byte) (vr.equals("UI") ? 0 : ' ');
        }
        element(tag, vr, b);
    }

    void ushort(int tag, int value) {
        element(tag, "US", new byte[] {(byte) value, (byte) (value >> 8)});
    }

    void element(int tag, String vr, byte[] value) {
        tag(tag);
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        boolean longForm = vr.equals("OB") || vr.equals("OW") || vr.equals("SQ") || vr.equals("UN") || vr.equals("UT");
        ByteBuffer b = ByteBuffer.allocate(longForm ? 6 : 2).order(ByteOrder.LITTLE_ENDIAN);
        if (longForm) b.putShort((short) 0).putInt(value.length);
        else b.putShort((short) value.length);
        out.writeBytes(b.array());
        out.writeBytes(value);
    }

    private void tag(int tag) {
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) (tag >>> 16)).putShort((short) tag).array());
    }

    void startSequence(int tag) {
        tag(tag);
        out.writeBytes(new byte[] {'S', 'Q', 0, 0, -1, -1, -1, -1});
    }

    void endSequence() {
        out.writeBytes(new byte[] {-2, -1, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0});
    }

    void startItem() {
        out.writeBytes(new byte[] {-2, -1, 0, (byte) 0xE0, -1, -1, -1, -1});
    }

    void endItem() {
        out.writeBytes(new byte[] {-2, -1, 0x0D, (byte) 0xE0, 0, 0, 0, 0});
    }
}
