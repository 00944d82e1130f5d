package org.gliomaradiomics.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Decoders of compressed DICOM frames by transfer syntax: RLE ({@link DicomRle}), JPEG baseline through the JDK's
 * javax.imageio, lossless JPEG ({@link DicomLosslessJpeg}). JPEG-LS, JPEG 2000 and 12-bit JPEG are refused with
 * their name (no decoder that Fiji ships or that Maven Central holds in a maintained pure-Java form).
 */
final class DicomCodecs {
    static final String RLE = "1.2.840.10008.1.2.5", JPEG_BASELINE = "1.2.840.10008.1.2.4.50", JPEG_EXTENDED = "1.2.840.10008.1.2.4.51",
        JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57", JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    private static final Set<String> SUPPORTED = Set.of(RLE, JPEG_BASELINE, JPEG_EXTENDED, JPEG_LOSSLESS, JPEG_LOSSLESS_SV1);

    private DicomCodecs() {}

    static boolean supports(String syntax) {
        return SUPPORTED.contains(syntax);
    }

    static int[] decode(DicomPixels p, byte[] frame) throws ImageFormatException {
        String syntax = p.d.transferSyntax;
        try {
            switch (syntax) {
                case RLE: return DicomRle.decode(frame, p.rows * p.columns, p.bitsAllocated / 8, p.signed);
                case JPEG_LOSSLESS: case JPEG_LOSSLESS_SV1: return signed(DicomLosslessJpeg.decode(frame), p);
                default: return signed(lossy(frame), p);
            }
        } catch (IllegalArgumentException | IOException e) {
            throw new ImageFormatException(p.d.file, DicomPixels.syntaxName(syntax) + " data cannot be decoded: " + Readers.oneLine(e));
        }
    }

    private static int[] lossy(byte[] frame) throws IOException {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(frame));
        } catch (javax.imageio.IIOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("precision") || m.contains("Unsupported JPEG process")) throw new IOException("12-bit JPEG is not supported by Java's JPEG decoder");
            throw e;
        }
        if (img == null) throw new IOException("not a JPEG stream");
        if (img.getRaster().getNumBands() != 1) throw new IOException("colour JPEG (only greyscale is read)");
        return img.getRaster().getSamples(0, 0, img.getWidth(), img.getHeight(), 0, (int[]) null);
    }

    /** Sign-extends decoded values of a signed image from its Bits Stored. */
    private static int[] signed(int[] v, DicomPixels p) {
        if (!p.signed) return v;
        int bits = (int) p.d.number(0x00280101, p.bitsAllocated), shift = 32 - bits;
        for (int i = 0; i < v.length; i++) v[i] = v[i] << shift >> shift;
        return v;
    }
}
