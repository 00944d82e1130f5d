package org.gliomaradiomics.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Writes a label map as a binary DICOM Segmentation (explicit VR little endian): label N becomes segment N
 * ("label N"), one 1-bit frame per segment and slice where it has voxels, each placed by its Plane Position; the
 * grid's orientation and pixel spacing are shared. A probability map (values in 0..1, not all whole) becomes a
 * FRACTIONAL (PROBABILITY) SEG of one segment, 8-bit frames of round(255 p) for the slices where p > 0. UIDs are derived from the content (2.25 + a SHA-256 of the
 * voxels and grid), so the same label map gives the same file. Written by hand ({@link DicomElementWriter}): no
 * DICOM library on Maven Central is one Fiji ships.
 */
final class DicomSegWriter {
    static final String SEG_CLASS = DicomFrames.SEG_CLASS;
    private DicomSegWriter() {}

    static void write(Volume labels, Path file) throws IOException {
        byte[] bytes = encode(labels, file);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static byte[] encode(Volume labels, Path file) throws ImageFormatException {
        Geometry g = labels.geometry();
        int plane = g.nx * g.ny, top = 0;
        int n = labels.size();
        boolean fractional = isProbabilityMap(labels);
        for (int k = 0; k < n; k++) {
            double x = labels.get(k);
            if (!fractional && (x < 0 || x != Math.rint(x) || x > 65535))
                throw new ImageFormatException(file, "a DICOM SEG holds labels 1..65535 or probabilities 0..1; the map has " + x);
            top = Math.max(top, fractional ? 1 : (int) x);
        }
        String root = "2.25." + new BigInteger(1, java.util.Arrays.copyOf(digest(labels), 15));
        String sop = root + ".1", series = root + ".2", study = root + ".3", frameOfReference = root + ".4";
        int frames = 0;
        java.util.List<int[]> frameList = new java.util.ArrayList<>(); // (segment, slice)
        for (int s : fractional ? new int[] {1} : labels.labels()) // the labels present: an absent one has no frame
            for (int z = 0; z < g.nz; z++)
                for (int i = 0; i < plane; i++)
                    if (fractional ? labels.get(z * plane + i) > 0 : labels.get(z * plane + i) == s) {
                        frameList.add(new int[] {s, z});
                        break;
                    }
        frames = frameList.size();
        if (frames == 0) throw new ImageFormatException(file, "the label map is empty: a DICOM SEG needs at least one labelled voxel");
        DicomElementWriter w = new DicomElementWriter();
        DicomElementWriter meta = new DicomElementWriter();
        meta.element(0x00020001, "OB", new byte[] {0, 1});
        meta.text(0x00020002, "UI", SEG_CLASS);
        meta.text(0x00020003, "UI", sop);
        meta.text(0x00020010, "UI", DicomDataset.EXPLICIT_LE);
        meta.text(0x00020013, "SH", "GLIOMA_RADIOMICS");
        w.text(0x00080016, "UI", SEG_CLASS);
        w.text(0x00080018, "UI", sop);
        w.text(0x00080060, "CS", "SEG");
        w.text(0x00080070, "LO", "Glioma Radiomics for Fiji");
        w.text(0x0008103E, "LO", "Segmentation");
        w.text(0x0020000D, "UI", study);
        w.text(0x0020000E, "UI", series);
        w.text(0x00200011, "IS", "1");
        w.text(0x00200013, "IS", "1");
        w.text(0x00200052, "UI", frameOfReference);
        w.ushort(0x00280002, 1);
        w.text(0x00280004, "CS", "MONOCHROME2");
        w.text(0x00280008, "IS", Integer.toString(frames));
        w.ushort(0x00280010, g.ny);
        w.ushort(0x00280011, g.nx);
        int bits = fractional ? 8 : 1;
        w.ushort(0x00280100, bits);
        w.ushort(0x00280101, bits);
        w.ushort(0x00280102, bits - 1);
        w.ushort(0x00280103, 0);
        w.text(0x00620001, "CS", fractional ? "FRACTIONAL" : "BINARY");
        w.startSequence(0x00620002);
        for (int s = 1; s <= top; s++) {
            w.startItem();
            w.ushort(0x00620004, s);
            w.text(0x00620005, "LO", fractional ? "probability" : "label " + s);
            w.text(0x00620008, "CS", "MANUAL");
            w.endItem();
        }
        w.endSequence();
        if (fractional) {
            w.ushort(0x0062000E, MAX_FRACTION);
            w.text(0x00620010, "CS", "PROBABILITY");
        }
        double[] d = g.direction(), sp = g.spacing();
        w.startSequence(0x52009229);
        w.startItem();
        w.startSequence(0x00209116);
        w.startItem();
        w.text(0x00200037, "DS", ds(d[0], d[3], d[6], d[1], d[4], d[7]));
        w.endItem();
        w.endSequence();
        w.startSequence(0x00289110);
        w.startItem();
        w.text(0x00180050, "DS", ds(sp[2]));
        w.text(0x00180088, "DS", ds(sp[2]));
        w.text(0x00280030, "DS", ds(sp[1], sp[0]));
        w.endItem();
        w.endSequence();
        w.endItem();
        w.endSequence();
        w.startSequence(0x52009230);
        for (int[] f : frameList) {
            w.startItem();
            w.startSequence(0x00209113);
            w.startItem();
            w.text(0x00200032, "DS", ds(g.world(0, 0, f[1])));
            w.endItem();
            w.endSequence();
            w.startSequence(0x0062000A);
            w.startItem();
            w.ushort(0x0062000B, f[0]);
            w.endItem();
            w.endSequence();
            w.endItem();
        }
        w.endSequence();
        w.element(DicomDataset.PIXEL_DATA, "OB", fractional ? fractions(labels, frameList, plane) : bits(labels, frameList, plane));
        ByteArrayOutputStream file10 = new ByteArrayOutputStream();
        file10.write(new byte[128], 0, 128);
        file10.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        DicomElementWriter length = new DicomElementWriter();
        length.element(0x00020000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size()).array());
        file10.writeBytes(length.bytes());
        file10.writeBytes(meta.bytes());
        file10.writeBytes(w.bytes());
        return file10.toByteArray();
    }

    static final int MAX_FRACTION = 255;

    /** Values in 0..1, at least one of them not 0 or 1: a probability (or partial-volume) map rather than labels. */
    static boolean isProbabilityMap(Volume v) {
        boolean between = false;
        for (int k = 0, n = v.size(); k < n; k++) {
            double x = v.get(k);
            if (!(x >= 0 && x <= 1)) return false;
            between |= x != 0 && x != 1;
        }
        return between;
    }

    /** One bit per pixel, frame after frame, the first pixel in the lowest bit (DICOM's packing), padded to even length. */
    private static byte[] bits(Volume v, java.util.List<int[]> frameList, int plane) {
        byte[] bits = new byte[(int) (((long) frameList.size() * plane + 7) / 8 + 1) & ~1];
        long bit = 0;
        for (int[] f : frameList)
            for (int i = 0; i < plane; i++, bit++)
                if (v.get(f[1] * plane + i) == f[0]) bits[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
        return bits;
    }

    private static byte[] fractions(Volume v, java.util.List<int[]> frameList, int plane) {
        byte[] out = new byte[(int) ((long) frameList.size() * plane + 1) & ~1];
        int at = 0;
        for (int[] f : frameList)
            for (int i = 0; i < plane; i++) out[at++] = (byte) Math.round(v.get(f[1] * plane + i) * MAX_FRACTION);
        return out;
    }

    private static byte[] digest(Volume labels) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(8);
            for (int i = 0, n = labels.size(); i < n; i++) md.update(b.clear().putDouble(labels.get(i)).array());
            md.update(labels.geometry().toString().getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decimal strings of at most 16 characters each, as DS requires. */
    private static String ds(double... values) {
        StringBuilder b = new StringBuilder();
        for (double x : values) {
            String t = Math.abs(x) < 1e-12 ? "0" : String.format(Locale.ROOT, "%.10g", x).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
            if (t.length() > 16) t = String.format(Locale.ROOT, "%.8e", x);
            b.append(b.length() == 0 ? "" : "\\").append(t);
        }
        return b.toString();
    }
}
