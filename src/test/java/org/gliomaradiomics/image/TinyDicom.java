package org.gliomaradiomics.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal DICOM writer for tests (explicit VR little endian, one 16-bit signed MR slice): just the tags that
 * place the slice and decode its pixels. Real DICOM files cannot be shipped with the tests.
 */
public final class TinyDicom {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private TinyDicom() {}

    public static void write(Path file, String seriesUid, int instance, double[] position, double[] orientation, double rowSpacing,
                      double colSpacing, double slope, double intercept, int columns, int rows, short[] pixels) throws IOException {
        TinyDicom d = new TinyDicom();
        d.out.write(new byte[128], 0, 128);
        d.out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        String sop = "1.2.840.10008.5.1.4.1.1.4", uid = seriesUid + "." + instance;
        d.element(0x0002, 0x0001, "OB", new byte[] {0, 1});
        d.text(0x0002, 0x0002, "UI", sop);
        d.text(0x0002, 0x0003, "UI", uid);
        d.text(0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1");
        d.text(0x0008, 0x0016, "UI", sop);
        d.text(0x0008, 0x0018, "UI", uid);
        d.text(0x0008, 0x0060, "CS", "MR");
        d.text(0x0018, 0x0050, "DS", "2.5");
        d.text(0x0020, 0x000E, "UI", seriesUid);
        d.text(0x0020, 0x0013, "IS", Integer.toString(instance));
        d.text(0x0020, 0x0032, "DS", join(position));
        d.text(0x0020, 0x0037, "DS", join(orientation));
        d.ushort(0x0028, 0x0002, 1);
        d.text(0x0028, 0x0004, "CS", "MONOCHROME2");
        d.ushort(0x0028, 0x0010, rows);
        d.ushort(0x0028, 0x0011, columns);
        d.text(0x0028, 0x0030, "DS", rowSpacing + "\\" + colSpacing);
        d.ushort(0x0028, 0x0100, 16);
        d.ushort(0x0028, 0x0101, 16);
        d.ushort(0x0028, 0x0102, 15);
        d.ushort(0x0028, 0x0103, 1);
        d.text(0x0028, 0x1052, "DS", Double.toString(intercept));
        d.text(0x0028, 0x1053, "DS", Double.toString(slope));
        ByteBuffer px = ByteBuffer.allocate(2 * pixels.length).order(ByteOrder.LITTLE_ENDIAN);
        for (short p : pixels) px.putShort(p);
        d.element(0x7FE0, 0x0010, "OW", px.array());
        Files.write(file, d.out.toByteArray());
    }

    private static String join(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) b.append(b.length() == 0 ? "" : "\\").append(x);
        return b.toString();
    }

    private void text(int group, int element, String vr, String value) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        if (b.length % 2 == 1) {
            byte[] padded = new byte[b.length + 1];
            System.arraycopy(b, 0, padded, 0, b.length);
            padded[b.length] = (byte) (vr.equals("UI") ? 0 : ' ');
            b = padded;
        }
        element(group, element, vr, b);
    }

    private void ushort(int group, int element, int value) {
        element(group, element, "US", new byte[] {(byte) value, (byte) (value >> 8)});
    }

    private void element(int group, int element, String vr, byte[] value) {
        boolean longForm = vr.equals("OB") || vr.equals("OW") || vr.equals("UN") || vr.equals("SQ") || vr.equals("UT");
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII));
        if (longForm) b.putShort((short) 0).putInt(value.length);
        else b.putShort((short) value.length);
        out.write(b.array(), 0, b.position());
        out.writeBytes(value);
    }
}
