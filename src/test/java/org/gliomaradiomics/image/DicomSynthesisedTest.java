package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series the public files lack, written by {@link TinyDicom} (and compressed by DCMTK): several series and echoes
 * in one folder, an oblique series against dcm2niix, a tilted series, compressed series against their originals.
 */
class DicomSynthesisedTest {
    /** A double-oblique orientation (row, column). */
    static final double[] OBLIQUE = {0.9659258, 0.2588190, 0, -0.2241439, 0.8365163, 0.5};
    static final int NX = 24, NY = 20, NZ = 6;

    @TempDir
    Path dir;

    private static double[] normal() {
        return DicomSeriesGeometry.cross(new double[] {OBLIQUE[0], OBLIQUE[1], OBLIQUE[2]}, new double[] {OBLIQUE[3], OBLIQUE[4], OBLIQUE[5]});
    }

    private static short[] pixels(int k, int echo) {
        short[] p = new short[NX * NY];
        for (int i = 0; i < p.length; i++) p[i] = (short) ((i * 37 + k * 101) % 1500 - 300 + 1000 * echo); // negatives included
        return p;
    }

    /** NZ slices along the normal at 2.5 mm (shifted in-plane by {@code shear} mm per slice along the rows). */
    private void series(Path folder, String uid, Map<Integer, String> extra, int echo, double shear) throws Exception {
        Files.createDirectories(folder);
        double[] n = normal();
        for (int k = 0; k < NZ; k++) {
            double[] p = new double[3];
            for (int i = 0; i < 3; i++) p[i] = 10 + n[i] * 2.5 * k + OBLIQUE[i] * shear * k;
            TinyDicom.write(folder.resolve(uid.substring(uid.length() - 1) + "e" + echo + "_" + (NZ - k) + ".dcm"), uid, k + 1 + 100 * echo, p, OBLIQUE,
                0.9, 0.8, 1, 0, NX, NY, pixels(k, echo), extra);
        }
    }

    @Test
    void obliqueSeriesMatchesDcm2niix() throws Exception {
        Path folder = dir.resolve("oblique");
        series(folder, "1.2.826.0.1.3680043.2.1", Map.of(0x00200011, "IS:4"), 0, 0);
        Volume ours = ImageIO.read(folder);
        assertEquals(NX + "x" + NY + "x" + NZ, ours.geometry().sizeString());
        assertArrayEquals(new double[] {0.8, 0.9, 2.5}, ours.geometry().spacing(), 1e-6);
        DicomTools.assertSameWorldVoxels(DicomTools.dcm2niix(folder, dir.resolve("out")), ours, 0.01);
    }

    @Test
    void severalSeriesAreListedAndChosenByNumberOrUid() throws Exception {
        Path folder = dir.resolve("two");
        series(folder, "1.2.826.0.1.3680043.2.1", Map.of(0x00200011, "IS:4", 0x0008103E, "LO:T1 axial"), 0, 0);
        series(folder, "1.2.826.0.1.3680043.2.2", Map.of(0x00200011, "IS:7", 0x0008103E, "LO:FLAIR"), 1, 0);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(folder));
        assertEquals(folder + ": holds 2 DICOM series: series 4 'T1 axial' (6 images, UID 1.2.826.0.1.3680043.2.1); series 7 'FLAIR' (6 images,"
            + " UID 1.2.826.0.1.3680043.2.2); choose one with --series NUMBER or UID", e.getMessage());
        List<DicomSeriesReader.Stack> byNumber = DicomSeriesReader.readAll(folder, "7");
        assertEquals(1, byNumber.size());
        assertEquals(pixels(0, 1)[0], byNumber.get(0).volume().voxels()[0], 0);
        List<DicomSeriesReader.Stack> byUid = DicomSeriesReader.readAll(folder, "1.2.826.0.1.3680043.2.1");
        assertEquals(pixels(0, 0)[5], byUid.get(0).volume().voxels()[5], 0);
        e = assertThrows(ImageFormatException.class, () -> DicomSeriesReader.readAll(folder, "9"));
        assertTrue(e.getMessage().startsWith(folder + ": no series 9 here; the folder holds series 4 'T1 axial'"), e.getMessage());
    }

    /** One series of two echoes (TE 10 and 90 ms), each with its own pixels. */
    private Path echoes() throws Exception {
        Path folder = dir.resolve("echoes");
        String uid = "1.2.826.0.1.3680043.2.3";
        series(folder, uid, Map.of(0x00180086, "IS:1", 0x00180081, "DS:10"), 1, 0);
        series(folder, uid, Map.of(0x00180086, "IS:2", 0x00180081, "DS:90"), 2, 0);
        return folder;
    }

    /** Two echoes of one series (as dcm2niix splits them): two volumes, _e1 and _e2, each with its own pixels. */
    @Test
    void echoesBecomeSeparateVolumes() throws Exception {
        Path folder = echoes();
        List<DicomSeriesReader.Stack> stacks = DicomSeriesReader.readAll(folder, "");
        assertEquals(List.of("_e1", "_e2"), stacks.stream().map(DicomSeriesReader.Stack::suffix).toList());
        assertEquals("echo 2 (TE 90 ms)", stacks.get(1).description());
        for (int echo = 1; echo <= 2; echo++) {
            Volume v = stacks.get(echo - 1).volume();
            assertEquals(NX + "x" + NY + "x" + NZ, v.geometry().sizeString());
            for (int k = 0; k < NZ; k++) assertEquals(pixels(k, echo)[3], v.get(3, 0, k), 0, "echo " + echo + " slice " + k);
        }
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(folder));
        assertEquals(folder + ": the series holds 2 stacks (echo 1 (TE 10 ms), echo 2 (TE 90 ms)); convert writes one file for each", e.getMessage());
    }

    /** dcm2niix splits the echoes too: each of our stacks has the voxels and the world placement of its NIfTI. */
    @Test
    void echoesMatchDcm2niix() throws Exception {
        Path folder = echoes();
        List<DicomSeriesReader.Stack> ours = DicomSeriesReader.readAll(folder, "");
        List<Volume> theirs = DicomTools.dcm2niixAll(folder, dir.resolve("out"));
        assertEquals(2, theirs.size(), "dcm2niix volumes");
        for (int e = 0; e < 2; e++) DicomTools.assertSameWorldVoxels(theirs.get(e), ours.get(e).volume(), 0.01);
    }

    /**
     * The oblique series compressed by DCMTK with each lossless codec we decode (lossless JPEG SV1 and predictor 4,
     * RLE, JPEG-LS) against dcm2niix's NIfTI of the same compressed folder: voxels and world placement.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dcmcjpeg +e1", "dcmcjpeg +el +sv 4", "dcmcrle", "dcmcjpls +el"})
    void compressedSeriesMatchDcm2niix(String codec) throws Exception {
        String[] c = codec.split(" ");
        DicomTools.requireTool(c[0], "dcmtk");
        Path plain = dir.resolve("plain");
        series(plain, "1.2.826.0.1.3680043.2.5", Map.of(), 0, 0);
        Path out = Files.createDirectories(dir.resolve("compressed"));
        try (var files = Files.list(plain)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/" + c[0]));
                command.addAll(List.of(c).subList(1, c.length));
                command.add(f.toString());
                command.add(out.resolve(f.getFileName()).toString());
                DicomTools.run(dir, command.toArray(String[]::new));
            }
        }
        // Debian's dcm2niix has no JPEG-LS decoder and says to decompress with dcmdjpls first: so it does here
        Path forDcm2niix = c[0].equals("dcmcjpls") ? decompressed(out, "dcmdjpls") : out;
        DicomTools.assertSameWorldVoxels(DicomTools.dcm2niix(forDcm2niix, dir.resolve("nii")), ImageIO.read(out), 0.01);
    }

    private Path decompressed(Path folder, String tool) throws Exception {
        Path raw = Files.createDirectories(dir.resolve(tool));
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) DicomTools.run(dir, "/usr/bin/" + tool, f.toString(), raw.resolve(f.getFileName()).toString());
        }
        return raw;
    }

    /** Slices shifted 0.5 mm along the rows for every 2.5 mm along the normal: atan(0.5 / 2.5) = 11.31 degrees. */
    @Test
    void gantryTiltIsRefusedNamingTheAngle() throws Exception {
        Path folder = dir.resolve("tilt");
        series(folder, "1.2.826.0.1.3680043.2.4", Map.of(), 0, 0.5);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(folder));
        assertTrue(e.getMessage().startsWith(folder + ": the slices are sheared by a gantry tilt of 11.31 degrees"), e.getMessage());
    }

    /** DCMTK compresses (lossless JPEG SV1, predictors 4 and 7, RLE): the voxels must be those of the uncompressed original. */
    @Test
    void losslessCompressedSeriesEqualTheirOriginal() throws Exception {
        DicomTools.requireTool("dcmcjpeg", "dcmtk");
        Path folder = dir.resolve("plain");
        series(folder, "1.2.826.0.1.3680043.2.5", Map.of(), 0, 0);
        Volume original = ImageIO.read(folder);
        for (String[] codec : new String[][] {{"dcmcjpeg", "+e1"}, {"dcmcjpeg", "+el", "+sv", "4"}, {"dcmcjpeg", "+el", "+sv", "7"}, {"dcmcrle"}}) {
            Path out = Files.createDirectories(dir.resolve(codec[codec.length - 1].replace("+", "jpeg")));
            try (var s = Files.list(folder)) {
                for (Path f : (Iterable<Path>) s::iterator) {
                    String[] command = new String[codec.length + 2];
                    command[0] = "/usr/bin/" + codec[0];
                    System.arraycopy(codec, 1, command, 1, codec.length - 1);
                    command[codec.length] = f.toString();
                    command[codec.length + 1] = out.resolve(f.getFileName()).toString();
                    DicomTools.run(dir, command);
                }
            }
            Volume v = ImageIO.read(out);
            assertTrue(DicomSeriesReader.parse(out.resolve("5e0_1.dcm")).transferSyntax.startsWith("1.2.840.10008.1.2."), codec[0]);
            assertArrayEquals(original.voxels(), v.voxels(), 0, String.join(" ", codec));
        }
    }

    /** JPEG baseline (8-bit, lossy): our decoding equals DCMTK's own decompression (dcmdjpeg) of the same file. */
    @Test
    void jpegBaselineEqualsDcmtksDecompression() throws Exception {
        DicomTools.requireTool("dcmcjpeg", "dcmtk");
        byte[] px = new byte[NX * NY];
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i % NX * 9 + i / NX * 3);
        Path plain = dir.resolve("plain8.dcm"), jpeg = dir.resolve("jpeg.dcm"), back = dir.resolve("back.dcm");
        TinyDicom.write8(plain, "1.2.826.0.1.3680043.2.6", 1, new double[3], OBLIQUE, 0.5, NX, NY, px);
        DicomTools.run(dir, "/usr/bin/dcmcjpeg", "+eb", plain.toString(), jpeg.toString());
        DicomTools.run(dir, "/usr/bin/dcmdjpeg", jpeg.toString(), back.toString());
        assertEquals(DicomCodecs.JPEG_BASELINE, DicomSeriesReader.parse(jpeg).transferSyntax);
        assertArrayEquals(ImageIO.read(back).voxels(), ImageIO.read(jpeg).voxels(), 1.0); // IDCT rounding may differ by one
    }
}
