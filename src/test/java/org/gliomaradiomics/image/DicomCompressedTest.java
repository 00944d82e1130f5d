package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JPEG-LS and JPEG 2000: pydicom's compressed copies of MR_small against the uncompressed file, and series that
 * DCMTK's dcmcjpls compresses (lossless: the original voxels; near-lossless: DCMTK's own decompression, dcmdjpls).
 */
class DicomCompressedTest {
    static final double[] AXIAL = {1, 0, 0, 0, 1, 0};
    static final int NX = 61, NY = 47, NZ = 4;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"MR_small_jpeg_ls_lossless.dcm", "MR_small_jp2klossless.dcm"})
    void pydicomsCompressedCopiesEqualTheOriginal(String name) throws Exception {
        Volume original = ImageIO.read(DicomTools.pydicomFile("MR_small.dcm"));
        Volume compressed = ImageIO.read(DicomTools.pydicomFile(name));
        assertArrayEquals(original.voxels(), compressed.voxels(), 0, name);
    }

    /**
     * 12-bit JPEG extended (our own DCT decoder): pydicom's file and a 12-bit series DCMTK encodes (dcmcjpeg +ee)
     * against DCMTK's decoding (dcmdjpeg, libjpeg's integer inverse DCT): within 1 of each other, voxel by voxel.
     */
    @Test
    void twelveBitJpegEqualsDcmtksDecompressionWithinOne() throws Exception {
        DicomTools.requireTool("dcmdjpeg", "dcmtk");
        Path folder = Files.createDirectories(dir.resolve("pydicom"));
        Files.copy(DicomTools.pydicomFile("JPGExtended.dcm"), folder.resolve("JPGExtended.dcm"));
        Path synthetic = each(series("plain", 12, false, 31), "extended", "dcmcjpeg", "+ee");
        assertEquals(DicomCodecs.JPEG_EXTENDED, DicomSeriesReader.parse(synthetic.resolve("s0.dcm")).transferSyntax);
        for (Path compressed : new Path[] {folder, synthetic}) {
            double[] ours = ImageIO.read(compressed).voxels(), dcmtk = ImageIO.read(each(compressed, "back-" + compressed.getFileName(), "dcmdjpeg")).voxels();
            int same = 0;
            for (int i = 0; i < ours.length; i++) {
                assertTrue(Math.abs(ours[i] - dcmtk[i]) <= 1, compressed + " voxel " + i + ": ours " + ours[i] + ", DCMTK " + dcmtk[i]);
                if (ours[i] == dcmtk[i]) same++;
            }
            assertTrue(same > 0.9 * ours.length, compressed + ": only " + same + " of " + ours.length + " voxels equal DCMTK's");
        }
    }

    /** pydicom's JPEG 2000 files, lossless and lossy (irreversible), against dcm2niix (which decodes with OpenJPEG): voxels and world placement. */
    @ParameterizedTest
    @ValueSource(strings = {"MR_small_jp2klossless.dcm", "693_J2KI.dcm"})
    void jpeg2000MatchesDcm2niix(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("j2k"));
        Files.copy(DicomTools.pydicomFile(name), folder.resolve(name));
        DicomTools.assertSameWorldVoxels(DicomTools.dcm2niix(folder, dir.resolve("out")), ImageIO.read(folder), 0.01);
    }

    /**
     * Slices with flat areas (JPEG-LS run mode, interrupted runs), a smooth ramp and noise (regular mode, every
     * context), and for signed data values below zero.
     */
    private static short[] slice(int k, int bits, boolean signed, long seed) {
        Random r = new Random(seed + k);
        int max = (1 << bits) - 1, offset = signed ? 1 << (bits - 1) : 0;
        short[] p = new short[NX * NY];
        for (int y = 0; y < NY; y++)
            for (int x = 0; x < NX; x++) {
                int v;
                if (y < 10) v = x < 30 ? 0 : max;                                   // flat: runs, to the line end
                else if (y < 20) v = (x / 7 % 2) * (max / 3) + (x % 13 == 0 ? 1 : 0);  // runs interrupted by near values
                else if (y < 32) v = (x * 53 + y * 29 + k * 7) % (max + 1);            // ramps
                else v = r.nextInt(max + 1);                                           // noise, escape codes
                p[y * NX + x] = (short) (v - offset);
            }
        return p;
    }

    private Path series(String name, int bits, boolean signed, long seed) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int k = 0; k < NZ; k++) {
            double[] position = {0, 0, 3.0 * k};
            if (bits == 8) {
                short[] s = slice(k, 8, false, seed);
                byte[] b = new byte[s.length];
                for (int i = 0; i < b.length; i++) b[i] = (byte) s[i];
                TinyDicom.write8(folder.resolve("s" + k + ".dcm"), "1.2.826.0.1.3680043.2.30." + bits, k + 1, position, AXIAL, 1, NX, NY, b);
            } else {
                TinyDicom.writeStored(folder.resolve("s" + k + ".dcm"), "1.2.826.0.1.3680043.2.30." + bits, k + 1, position, AXIAL, NX, NY,
                    slice(k, bits, signed, seed), bits, signed);
            }
        }
        return folder;
    }

    private Path each(Path folder, String name, String tool, String... options) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        try (var s = Files.list(folder)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                String[] command = new String[options.length + 3];
                command[0] = "/usr/bin/" + tool;
                System.arraycopy(options, 0, command, 1, options.length);
                command[options.length + 1] = f.toString();
                command[options.length + 2] = out.resolve(f.getFileName()).toString();
                DicomTools.run(dir, command);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"16 signed", "12 unsigned", "8 unsigned", "16 unsigned"})
    void jpegLsLosslessEqualsTheOriginal(String kind) throws Exception {
        DicomTools.requireTool("dcmcjpls", "dcmtk");
        int bits = Integer.parseInt(kind.split(" ")[0]);
        Path plain = series("plain", bits, kind.endsWith(" signed"), 17);
        Path ls = each(plain, "ls", "dcmcjpls", "+el");
        assertEquals(DicomCodecs.JPEG_LS, DicomSeriesReader.parse(ls.resolve("s0.dcm")).transferSyntax);
        assertArrayEquals(ImageIO.read(plain).voxels(), ImageIO.read(ls).voxels(), 0, kind);
    }

    /** Near-lossless with NEAR 2 and 7 (DCMTK encodes unsigned data only): each voxel as DCMTK decodes it, within NEAR of the original. */
    @ParameterizedTest
    @ValueSource(strings = {"16 unsigned 2", "12 unsigned 7", "8 unsigned 2"})
    void jpegLsNearLosslessEqualsDcmtksDecompression(String kind) throws Exception {
        DicomTools.requireTool("dcmcjpls", "dcmtk");
        String[] k = kind.split(" ");
        int bits = Integer.parseInt(k[0]), near = Integer.parseInt(k[2]);
        Path plain = series("plain", bits, k[1].equals("signed"), 23);
        Path ls = each(plain, "near", "dcmcjpls", "+en", "+md", k[2]);
        Path back = each(ls, "back", "dcmdjpls");
        assertEquals(DicomCodecs.JPEG_LS_NEAR, DicomSeriesReader.parse(ls.resolve("s1.dcm")).transferSyntax);
        double[] original = ImageIO.read(plain).voxels(), dcmtk = ImageIO.read(back).voxels(), ours = ImageIO.read(ls).voxels();
        assertArrayEquals(dcmtk, ours, 0, kind);
        int changed = 0;
        for (int i = 0; i < ours.length; i++) {
            assertTrue(Math.abs(ours[i] - original[i]) <= near, "voxel " + i + " off by more than NEAR " + near);
            if (ours[i] != original[i]) changed++;
        }
        assertTrue(changed > 0, "near-lossless coding changed no voxel: the test would not see a lossless decoder's mistakes");
    }
}
