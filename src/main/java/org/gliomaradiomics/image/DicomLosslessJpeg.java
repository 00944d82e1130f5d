package org.gliomaradiomics.image;

/**
 * Lossless JPEG (ITU T.81 process 14, the DICOM transfer syntaxes 1.2.840.10008.1.2.4.57 and .70), one greyscale
 * component, predictors 1 to 7, point transform, restart intervals. Written by hand: javax.imageio has no lossless
 * JPEG, and no maintained pure-Java decoder is on Maven Central.
 */
final class DicomLosslessJpeg extends JpegStream {
    private final int[][] tables = new int[8][]; // DC class 0..3 (the ones lossless JPEG uses), AC 4..7

    private DicomLosslessJpeg(byte[] b) {
        super(b, "lossless JPEG");
    }

    static int[] decode(byte[] data) {
        return new DicomLosslessJpeg(data).run();
    }

    private int[] run() {
        startOfImage();
        int restart = 0;
        while (true) {
            int marker = marker();
            int length = u16(), end = pos + length - 2;
            switch (marker) {
                case 0xFFC3:
                    frameHeader();
                    break;
                case 0xFFC4:
                    huffmanTables(end, tables);
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
        int ssss = symbol(table);
        return ssss == 16 ? 32768 : signedBits(ssss);
    }
}
