package org.gliomaradiomics.image;

/**
 * Sequential DCT JPEG with Huffman coding of one greyscale component (ITU T.81 baseline and extended, processes 1, 2
 * and 4), used for 12-bit streams (DICOM JPEG Extended, 1.2.840.10008.1.2.4.51): 8 x 8 blocks dequantised (8- or
 * 16-bit tables), inverse DCT in double precision, level shift, clamped to the precision's range. Written by hand
 * because the JDK's decoder is built for 8 bits and TwelveMonkeys' reader hands DCT streams to it; 8-bit streams
 * still go to the JDK. The inverse DCT is exact where libjpeg's integer one rounds, so a voxel may differ from
 * DCMTK's decoding by 1.
 */
final class DicomJpegDct extends JpegStream {
    private static final int[] ZIGZAG = {0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
        21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};
    /** COS[x * 8 + u] = C(u) / 2 * cos((2x + 1) u pi / 16). */
    private static final double[] COS = new double[64];

    static {
        for (int x = 0; x < 8; x++)
            for (int u = 0; u < 8; u++) COS[x * 8 + u] = (u == 0 ? Math.sqrt(0.5) : 1) / 2 * Math.cos((2 * x + 1) * u * Math.PI / 16);
    }

    private final int[][] huffman = new int[8][];
    private final int[][] quant = new int[4][];

    private DicomJpegDct(byte[] b) {
        super(b, "JPEG");
    }

    /** True for a stream whose frame header says 12-bit sequential DCT (what the JDK refuses). */
    static boolean isTwelveBit(byte[] data) {
        for (int i = 0; i + 4 < data.length; i++)
            if ((data[i] & 0xFF) == 0xFF && ((data[i + 1] & 0xFF) == 0xC0 || (data[i + 1] & 0xFF) == 0xC1)) return (data[i + 4] & 0xFF) == 12;
        return false;
    }

    static int[] decode(byte[] data) {
        return new DicomJpegDct(data).run();
    }

    private int[] run() {
        startOfImage();
        int table = 0, restart = 0;
        while (true) {
            int marker = marker();
            if (marker == 0xFFD9) throw new IllegalArgumentException("JPEG stream without a scan");
            int length = u16(), end = pos + length - 2;
            switch (marker) {
                case 0xFFC0: case 0xFFC1: {
                    frameHeader();
                    u8(); // component id
                    u8(); // sampling factors: one component is coded block by block whatever they say
                    table = u8() & 3;
                    break;
                }
                case 0xFFC2: case 0xFFC3: case 0xFFC5: case 0xFFC6: case 0xFFC7: case 0xFFC9: case 0xFFCA: case 0xFFCB:
                    throw new IllegalArgumentException(String.format("JPEG process of marker %04X (progressive, hierarchical or arithmetic) is not supported", marker));
                case 0xFFC4:
                    huffmanTables(end, huffman);
                    break;
                case 0xFFDB:
                    while (pos < end) {
                        int pq = u8(), id = pq & 3;
                        quant[id] = new int[64];
                        for (int k = 0; k < 64; k++) quant[id][k] = pq >> 4 == 0 ? u8() : u16();
                    }
                    break;
                case 0xFFDD:
                    restart = u16();
                    break;
                case 0xFFDA: {
                    if (width == 0) throw new IllegalArgumentException("JPEG scan before its frame header");
                    if (u8() != 1) throw new IllegalArgumentException("JPEG scan with more than one component");
                    u8();
                    int tables = u8();
                    pos = end;
                    int[] dc = huffman[tables >> 4 & 3], ac = huffman[4 + (tables & 3)], q = quant[table];
                    if (dc == null || ac == null || q == null) throw new IllegalArgumentException("JPEG scan uses an undefined Huffman or quantisation table");
                    return scan(width, height, precision, restart, dc, ac, q);
                }
                default: // APPn, COM...: skipped
            }
            pos = end;
        }
    }

    private int[] scan(int width, int height, int precision, int restart, int[] dc, int[] ac, int[] q) {
        int[] out = new int[width * height];
        int across = (width + 7) / 8, down = (height + 7) / 8, max = (1 << precision) - 1, shift = 1 << (precision - 1);
        int predictor = 0, sinceRestart = 0;
        double[] coefficients = new double[64], rows = new double[64];
        for (int by = 0; by < down; by++)
            for (int bx = 0; bx < across; bx++) {
                if (restart > 0 && sinceRestart == restart) {
                    restartMarker();
                    sinceRestart = 0;
                    predictor = 0;
                }
                java.util.Arrays.fill(coefficients, 0);
                predictor += signedBits(symbol(dc));
                coefficients[0] = predictor * q[0];
                for (int k = 1; k < 64; k++) {
                    int rs = symbol(ac), run = rs >> 4, size = rs & 15;
                    if (size == 0) {
                        if (run != 15) break; // end of block
                        k += 15;
                        continue;
                    }
                    k += run;
                    if (k > 63) throw new IllegalArgumentException("damaged JPEG data (coefficient past the block)");
                    coefficients[ZIGZAG[k]] = signedBits(size) * q[k];
                }
                sinceRestart++;
                inverseDct(coefficients, rows);
                for (int y = 0; y < 8 && by * 8 + y < height; y++)
                    for (int x = 0; x < 8 && bx * 8 + x < width; x++)
                        out[(by * 8 + y) * width + bx * 8 + x] = Math.max(0, Math.min(max, (int) Math.round(coefficients[y * 8 + x]) + shift));
            }
        return out;
    }

    /** Separable 8 x 8 inverse DCT in place (block row-major: v * 8 + u in, y * 8 + x out). */
    private static void inverseDct(double[] block, double[] tmp) {
        for (int v = 0; v < 8; v++)
            for (int x = 0; x < 8; x++) {
                double s = 0;
                for (int u = 0; u < 8; u++) s += COS[x * 8 + u] * block[v * 8 + u];
                tmp[v * 8 + x] = s;
            }
        for (int x = 0; x < 8; x++)
            for (int y = 0; y < 8; y++) {
                double s = 0;
                for (int v = 0; v < 8; v++) s += COS[y * 8 + v] * tmp[v * 8 + x];
                block[y * 8 + x] = s;
            }
    }
}
