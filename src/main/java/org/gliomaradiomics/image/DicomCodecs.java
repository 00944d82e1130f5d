package org.gliomaradiomics.image;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decoders of compressed DICOM frames by transfer syntax: RLE ({@link DicomRle}), JPEG baseline through the JDK's
 * javax.imageio, 12-bit JPEG extended ({@link DicomJpegDct}), lossless JPEG ({@link DicomLosslessJpeg}), JPEG-LS
 * ({@link DicomJpegLs}), JPEG 2000 through jai-imageio's JJ2000 reader.
 */
final class DicomCodecs {
    static final String RLE = "1.2.840.10008.1.2.5", JPEG_BASELINE = "1.2.840.10008.1.2.4.50", JPEG_EXTENDED = "1.2.840.10008.1.2.4.51",
        JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57", JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70", JPEG_LS = "1.2.840.10008.1.2.4.80",
        JPEG_LS_NEAR = "1.2.840.10008.1.2.4.81", JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90", JPEG_2000 = "1.2.840.10008.1.2.4.91";
    private static final Set<String> SUPPORTED = Set.of(RLE, JPEG_BASELINE, JPEG_EXTENDED, JPEG_LOSSLESS, JPEG_LOSSLESS_SV1, JPEG_LS, JPEG_LS_NEAR,
        JPEG_2000_LOSSLESS, JPEG_2000);

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
                case JPEG_LS: case JPEG_LS_NEAR: return signed(DicomJpegLs.decode(frame), p);
                case JPEG_2000_LOSSLESS: case JPEG_2000: return signed(jpeg2000(frame), p);
                default: return signed(lossy(frame), p);
            }
        } catch (IllegalArgumentException | IOException e) {
            throw new ImageFormatException(p.d.file, DicomPixels.syntaxName(syntax) + " data cannot be decoded: " + Readers.oneLine(e));
        }
    }

    private static int[] lossy(byte[] frame) throws IOException {
        if (DicomJpegDct.isTwelveBit(frame)) return DicomJpegDct.decode(frame);
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(frame));
        } catch (javax.imageio.IIOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("precision") || m.contains("Unsupported JPEG process")) throw new IOException("this JPEG process (12-bit progressive, hierarchical or"
                + " arithmetic-coded) is not supported; decompress first, e.g. with dcmdjpeg from DCMTK");
            throw e;
        }
        if (img == null) throw new IOException("not a JPEG stream");
        if (img.getRaster().getNumBands() != 1) throw new IOException("colour JPEG (only greyscale is read)");
        return img.getRaster().getSamples(0, 0, img.getWidth(), img.getHeight(), 0, (int[]) null);
    }

    /** JPEG 2000 code stream or JP2 file through JJ2000, named directly: Fiji's plugin class loaders hide it from ImageIO's registry. */
    private static int[] jpeg2000(byte[] frame) throws IOException {
        ImageReader reader = new J2KImageReaderSpi().createReaderInstance();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(frame))) {
            reader.setInput(in);
            Raster r = reader.readRaster(0, null);
            if (r.getNumBands() != 1) throw new IOException("colour JPEG 2000 (only greyscale is read)");
            return r.getSamples(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 0, (int[]) null);
        } catch (RuntimeException e) {
            throw new IOException("damaged JPEG 2000 data (" + Readers.oneLine(e) + ")");
        } finally {
            reader.dispose();
        }
    }

    /** Sign-extends decoded values of a signed image from its Bits Stored. */
    private static int[] signed(int[] v, DicomPixels p) {
        if (!p.signed) return v;
        int bits = (int) p.d.number(0x00280101, p.bitsAllocated), shift = 32 - bits;
        for (int i = 0; i < v.length; i++) v[i] = v[i] << shift >> shift;
        return v;
    }
}
