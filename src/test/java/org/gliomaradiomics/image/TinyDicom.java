package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal DICOM writer for tests (explicit VR little endian, one MR slice of 16-bit signed or 8-bit unsigned
 * pixels): just the tags that place the slice and decode its pixels, plus any extra text elements (series number,
 * echo number...). Real DICOM files cannot be shipped with the tests; Debian's packages supply the public ones.
 */
public final class TinyDicom {
    /** Elements in tag order: tag to (VR, value bytes). */
    private final TreeMap<Integer, Object[]> elements = new TreeMap<>();

    private TinyDicom() {}

    public static void write(Path file, String seriesUid, int instance, double[] position, double[] orientation, double rowSpacing,
                      double colSpacing, double slope, double intercept, int columns, int rows, short[] pixels) throws IOException {
        write(file, seriesUid, instance, position, orientation, rowSpacing, colSpacing, slope, intercept, columns, rows, pixels, Map.of());
    }

    /** With extra text elements, e.g. {@code 0x00200011 -> "IS:3"} (VR, colon, value). */
    public static void write(Path file, String seriesUid, int instance, double[] position, double[] orientation, double rowSpacing,
                      double colSpacing, double slope, double intercept, int columns, int rows, short[] pixels, Map<Integer, String> extra) throws IOException {
        TinyDicom d = header(seriesUid, instance, position, orientation, rowSpacing, colSpacing, slope, intercept, columns, rows, 16, extra);
        ByteBuffer px = ByteBuffer.allocate(2 * pixels.length).order(ByteOrder.LITTLE_ENDIAN);
        for (short p : pixels) px.putShort(p);
        d.element(0x7FE00010, "OW", px.array());
        d.save(file);
    }

    /** A 16-bit slice of {@code bitsStored} bits, signed or not (as a 12-bit CT or MR scanner writes). */
    public static void writeStored(Path file, String seriesUid, int instance, double[] position, double[] orientation, int columns, int rows,
                                   short[] pixels, int bitsStored, boolean signed) throws IOException {
        TinyDicom d = header(seriesUid, instance, position, orientation, 1, 1, 1, 0, columns, rows, 16, Map.of());
        d.ushort(0x00280101, bitsStored);
        d.ushort(0x00280102, bitsStored - 1);
        d.ushort(0x00280103, signed ? 1 : 0);
        ByteBuffer px = ByteBuffer.allocate(2 * pixels.length).order(ByteOrder.LITTLE_ENDIAN);
        for (short p : pixels) px.putShort(p);
        d.element(0x7FE00010, "OW", px.array());
        d.save(file);
    }

    /** An 8-bit unsigned slice (as JPEG baseline needs). */
    public static void write8(Path file, String seriesUid, int instance, double[] position, double[] orientation, double spacing,
                              int columns, int rows, byte[] pixels) throws IOException {
        TinyDicom d = header(seriesUid, instance, position, orientation, spacing, spacing, 1, 0, columns, rows, 8, Map.of());
        d.element(0x7FE00010, "OB", pixels.length % 2 == 0 ? pixels : java.util.Arrays.copyOf(pixels, pixels.length + 1));
        d.save(file);
    }

    private static TinyDicom header(String seriesUid, int instance, double[] position, double[] orientation, double rowSpacing, double colSpacing,
                                    double slope, double intercept, int columns, int rows, int bits, Map<Integer, String> extra) {
        TinyDicom d = new TinyDicom();
        String sop = "1.2.840.10008.5.1.4.1.1.4", uid = seriesUid + "." + instance;
        d.element(0x00020001, "OB", new byte[] {0, 1});
        d.text(0x00020002, "UI", sop);
        d.text(0x00020003, "UI", uid);
        d.text(0x00020010, "UI", "1.2.840.10008.1.2.1");
        d.text(0x00080016, "UI", sop);
        d.text(0x00080018, "UI", uid);
        d.text(0x00080060, "CS", "MR");
        d.text(0x00180050, "DS", "2.5");
        d.text(0x0020000D, "UI", "1.2.826.0.1.3680043.2.9");
        d.text(0x0020000E, "UI", seriesUid);
        d.text(0x00200013, "IS", Integer.toString(instance));
        d.text(0x00200032, "DS", join(position));
        d.text(0x00200037, "DS", join(orientation));
        d.ushort(0x00280002, 1);
        d.text(0x00280004, "CS", "MONOCHROME2");
        d.ushort(0x00280010, rows);
        d.ushort(0x00280011, columns);
        d.text(0x00280030, "DS", rowSpacing + "\\" + colSpacing);
        d.ushort(0x00280100, bits);
        d.ushort(0x00280101, bits);
        d.ushort(0x00280102, bits - 1);
        d.ushort(0x00280103, bits == 16 ? 1 : 0);
        d.text(0x00281052, "DS", Double.toString(intercept));
        d.text(0x00281053, "DS", Double.toString(slope));
        for (Map.Entry<Integer, String> e : extra.entrySet()) {
            String[] vrValue = e.getValue().split(":", 2);
            d.text(e.getKey(), vrValue[0], vrValue[1]);
        }
        return d;
    }

    private void save(Path file) throws IOException {
        DicomElementWriter w = new DicomElementWriter();
        for (Map.Entry<Integer, Object[]> e : elements.entrySet()) w.element(e.getKey(), (String) e.getValue()[0], (byte[]) e.getValue()[1]);
        byte[] body = w.bytes();
        byte[] file10 = new byte[132 + body.length];
        file10[128] = 'D';
        file10[129] = 'I';
        file10[130] = 'C';
        file10[131] = 'M';
        System.arraycopy(body, 0, file10, 132, body.length);
        Files.write(file, file10);
    }

    private static String join(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) b.append(b.length() == 0 ? "" : "\\").append(x);
        return b.toString();
    }

    /** Text padded to even length as DICOM wants (UI with a NUL, others with a space). */
    private void text(int tag, String vr, String value) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        if (b.length % 2 == 1) {
            b = java.util.Arrays.copyOf(b, b.length + 1);
            b[b.length - 1] = (byte) (vr.equals("UI") ? 0 : ' ');
        }
        element(tag, vr, b);
    }

    private void ushort(int tag, int value) {
        element(tag, "US", new byte[] {(byte) value, (byte) (value >> 8)});
    }

    private void element(int tag, String vr, byte[] value) {
        elements.put(tag, new Object[] {vr, value});
    }
}
