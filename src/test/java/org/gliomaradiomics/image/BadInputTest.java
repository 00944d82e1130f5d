package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of broken input ends in a one-line ImageFormatException naming the file and the problem. */
class BadInputTest {
    @TempDir
    Path dir;

    private static ImageFormatException assertBad(Path file, String expectedProblem) {
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": "), "message names the file: " + m);
        assertTrue(m.contains(expectedProblem), "message \"" + m + "\" should contain \"" + expectedProblem + "\"");
        assertFalse(m.contains("\n"), "one line: " + m);
        return e;
    }

    private Path bytes(String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private static HandMadeNifti small() {
        HandMadeNifti h = new HandMadeNifti().size(2, 2, 1);
        h.data = HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4);
        return h;
    }

    @Test
    void emptyFile() throws Exception {
        assertBad(bytes("empty.nii", new byte[0]), "file is empty");
    }

    @Test
    void unknownFormat() throws Exception {
        assertBad(bytes("text.nii", "just some text, not an image".getBytes(StandardCharsets.US_ASCII)), "unknown image format");
    }

    @Test
    void missingFile() {
        assertBad(dir.resolve("absent.nrrd"), "does not exist");
    }

    @Test
    void niftiHeaderTruncated() throws Exception {
        byte[] full = small().bytes();
        assertBad(bytes("cut.nii", Arrays.copyOf(full, 200)), "too short for a NIfTI-1 header");
    }

    @Test
    void niftiBadMagic() throws Exception {
        HandMadeNifti h = small();
        h.magic = "xyz\0";
        assertBad(h.write(dir.resolve("magic.nii")), "bad magic");
    }

    @Test
    void niftiNegativeDimension() throws Exception {
        assertBad(small().size(2, -2, 1).write(dir.resolve("neg.nii")), "invalid image size 2x-2x1");
    }

    @Test
    void niftiZeroDimension() throws Exception {
        assertBad(small().size(2, 2, 0).write(dir.resolve("zero.nii")), "invalid image size 2x2x0");
    }

    @Test
    void niftiEnormousDimensions() throws Exception {
        HandMadeNifti h = small().size(100000, 100000, 100000);
        h.version = 2;
        assertBad(h.write(dir.resolve("huge.nii")), "too many voxels");
    }

    @Test
    void niftiDataShorterThanHeaderSays() throws Exception {
        // 10x10x10 int16 needs 2000 bytes; the file has 8: refused before any allocation from the file length.
        assertBad(small().size(10, 10, 10).write(dir.resolve("short.nii")), "header needs 2000");
    }

    @Test
    void gzipNiftiWhoseHeaderLiesAboutTheSize() throws Exception {
        // 1000^3 int16 = 2 GB claimed by a file of a few hundred bytes: more than deflate can expand.
        assertBad(small().size(1000, 1000, 1000).write(dir.resolve("liar.nii.gz")), "cannot hold");
    }

    @Test
    void gzipNiftiDataEndsEarly() throws Exception {
        // Plausible for its compressed size (deflate ratio) but the stream ends after 4 voxels.
        assertBad(small().size(10, 10, 10).write(dir.resolve("early.nii.gz")), "voxel data ends after 4 of 1000 voxels");
    }

    @Test
    void gzipTruncatedMidStream() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(64, 64, 16);
        int[] values = new int[64 * 64 * 16];
        for (int i = 0; i < values.length; i++) values[i] = (i * 7919) % 30011;
        h.data = HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, values);
        byte[] gz = HandMadeNifti.gzip(h.bytes());
        assertBad(bytes("cut.nii.gz", Arrays.copyOf(gz, gz.length / 2)), "ends early");
    }

    @Test
    void corruptGzip() throws Exception {
        byte[] gz = HandMadeNifti.gzip(small().bytes());
        for (int i = 12; i < gz.length - 8; i++) gz[i] = (byte) 0xFF;
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(bytes("corrupt.nii.gz", gz)));
        assertTrue(e.getMessage().startsWith(dir.resolve("corrupt.nii.gz") + ": "));
        assertFalse(e.getMessage().contains("\n"));
    }

    /** Bytes this thread has allocated so far (HotSpot). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void streamedDataAreNotAllocatedBeforeTheyArrive() {
        // A stream that claims 200 M voxels (1.6 GB of doubles, within the 4 GB test heap) but holds 3: reading in
        // growing chunks reports the short data after allocating a few MB, not 1.6 GB up front.
        java.io.InputStream in = new java.io.ByteArrayInputStream(new byte[6]);
        Path f = dir.resolve("stream");
        long before = allocated();
        ImageFormatException e = assertThrows(ImageFormatException.class,
            () -> VoxelCodec.read(in, DataType.INT16, ByteOrder.LITTLE_ENDIAN, 200_000_000, f));
        assertTrue(allocated() - before < 64 << 20, (allocated() - before) + " bytes allocated");
        assertTrue(e.getMessage().contains("voxel data ends after 3 of 200000000"), e.getMessage());
    }

    @Test
    void aVolumeLargerThanThisJavasMemoryIsRefusedNamingTheXmxToUse() {
        java.io.InputStream in = new java.io.ByteArrayInputStream(new byte[6]);
        Path f = dir.resolve("stream");
        ImageFormatException e = assertThrows(ImageFormatException.class,
            () -> VoxelCodec.read(in, DataType.FLOAT64, ByteOrder.LITTLE_ENDIAN, (int) VoxelCodec.MAX_VOXELS, f)); // 8 bytes a voxel in memory
        assertTrue(e.getMessage().startsWith(f + ": 2147483639 voxels needs 16.0 GB of memory, more than the "), e.getMessage());
        assertTrue(e.getMessage().contains("run Java with -Xmx32g"), e.getMessage());
    }

    @Test
    void aForgedGzipSizeIsNotTrusted() throws Exception {
        // 150 M voxels claimed (1.2 GB as doubles), a trailer saying 4 GB, and a few voxels of data followed by
        // filler that keeps the compressed size plausible: the reader stops at the end of the data.
        HandMadeNifti h = new HandMadeNifti().size(1000, 1000, 150); // int16: 300 MB of data, so at least 290 KB compressed
        h.data = new byte[16];
        byte[] gz = HandMadeNifti.gzip(h.bytes());
        byte[] forged = Arrays.copyOf(gz, gz.length + 300_000);
        for (int i = gz.length; i < forged.length; i++) forged[i] = (byte) (i * 31);
        java.nio.ByteBuffer.wrap(forged).order(ByteOrder.LITTLE_ENDIAN).putInt(forged.length - 4, -1);
        Path f = bytes("forged.nii.gz", forged);
        long before = allocated(), t0 = System.nanoTime();
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(f));
        assertTrue(allocated() - before < 64 << 20, (allocated() - before) + " bytes allocated");
        assertTrue(System.nanoTime() - t0 < 2e9, "took " + (System.nanoTime() - t0) / 1e9 + " s");
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
    }

    @Test
    void unknownNiftiDatatype() throws Exception {
        HandMadeNifti h = small();
        h.datatype = 128; // RGB24
        assertBad(h.write(dir.resolve("rgb.nii")), "unsupported datatype 128");
    }

    @Test
    void fourDimensionalNifti() throws Exception {
        HandMadeNifti h = small();
        h.dim[0] = 4;
        h.dim[4] = 3;
        assertBad(h.write(dir.resolve("4d.nii")), "4D images are not supported (dim4=3)");
        h.dim[4] = 1; // a 4D header with one volume is a 3D image
        assertEquals(4, ImageIO.read(h.write(dir.resolve("4d1.nii"))).voxels().length);
    }

    @Test
    void niftiVoxOffsetInsideHeader() throws Exception {
        HandMadeNifti h = small();
        h.voxOffset = 100L;
        assertBad(h.write(dir.resolve("off.nii")), "vox_offset 100 lies inside");
    }

    private Path nrrd(String name, String header, byte[] data) throws Exception {
        return bytes(name, NrrdIOTest.concat(header.getBytes(StandardCharsets.US_ASCII), data));
    }

    private static final String GOOD = "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 1\nendian: little\nencoding: raw\n";

    @Test
    void nrrdMissingSizes() throws Exception {
        assertBad(nrrd("nosizes.nrrd", GOOD.replace("sizes: 2 2 1\n", "") + "\n", new byte[8]), "lacks the required field \"sizes\"");
    }

    @Test
    void nrrdUnknownType() throws Exception {
        assertBad(nrrd("type.nrrd", GOOD.replace("short", "complex") + "\n", new byte[8]), "unsupported NRRD type \"complex\"");
    }

    @Test
    void nrrdUnsupportedEncoding() throws Exception {
        assertBad(nrrd("enc.nrrd", GOOD.replace("raw", "bzip2") + "\n", new byte[8]), "unsupported NRRD encoding \"bzip2\"");
    }

    @Test
    void nrrdMissingDataFile() throws Exception {
        assertBad(nrrd("det.nhdr", GOOD + "data file: nowhere.raw\n", new byte[0]), "nowhere.raw does not exist");
    }

    @Test
    void nrrdDataFileOutsideTheHeadersFolder() throws Exception {
        Path outside = Files.write(dir.getParent().resolve(dir.getFileName() + "-secret.raw"), new byte[8]);
        try {
            assertBad(nrrd("up.nhdr", GOOD + "data file: ../" + outside.getFileName() + "\n", new byte[0]), "lies outside the header's folder");
            assertBad(nrrd("abs.nhdr", GOOD + "data file: " + outside + "\n", new byte[0]), "lies outside the header's folder");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void nrrdDataShorterThanHeaderSays() throws Exception {
        assertBad(nrrd("short.nrrd", GOOD + "\n", new byte[5]), "file holds 5 bytes of voxel data but the header needs 8");
    }

    @Test
    void nrrdEnormousSizes() throws Exception {
        assertBad(nrrd("huge.nrrd", GOOD.replace("2 2 1", "100000 100000 100000") + "\n", new byte[8]), "too many voxels");
    }

    @Test
    void nrrdNegativeSize() throws Exception {
        assertBad(nrrd("neg.nrrd", GOOD.replace("2 2 1", "2 -2 1") + "\n", new byte[8]), "invalid image size 2x-2x1");
    }

    @Test
    void nrrdWrongMagicLine() throws Exception {
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> NrrdReader.read(nrrd("x.nrrd", "NRRDX\n\n", new byte[8])));
        assertTrue(e.getMessage().contains("not a NRRD file"), e.getMessage());
    }

    @Test
    void nrrdBinaryJunkInHeader() throws Exception {
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 37);
        assertBad(nrrd("junk.nrrd", "NRRD0004\n", junk), "malformed NRRD header line");
    }

    @Test
    void nrrdGzipDataTruncated() throws Exception {
        int[] values = new int[40000];
        for (int i = 0; i < values.length; i++) values[i] = (i * 7919) % 30011;
        byte[] gz = HandMadeNifti.gzip(HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, values));
        String header = GOOD.replace("2 2 1", "200 200 1").replace("raw", "gzip") + "\n";
        assertBad(nrrd("cut.nrrd", header, Arrays.copyOf(gz, gz.length / 2)), "ends early");
    }

    @Test
    void nrrdWrongNumberOfDirections() throws Exception {
        assertBad(nrrd("dirs.nrrd", GOOD + "space: LPS\nspace directions: (1,0,0) (0,1,0)\n\n", new byte[8]), "has 2 entries for dimension 3");
    }

    @Test
    void maskOnAnotherGrid() throws Exception {
        Volume image = ImageIO.read(NiftiIOTest.phantom());
        Path mask = dir.resolve("mask.nii");
        ImageIO.write(new Volume(Geometry.of(5, 4, 3, 2, 2, 2), new double[60], DataType.UINT8), mask);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(mask, image.geometry()));
        assertEquals(mask + ": grid differs from the image (size 5x4x4 vs 5x4x3)", e.getMessage());
        Path shifted = dir.resolve("shifted.nii");
        ImageIO.write(new Volume(image.geometry().withOrigin(new double[] {0, 0, 0.5}), new double[80], DataType.UINT8), shifted);
        e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(shifted, image.geometry()));
        assertTrue(e.getMessage().startsWith(shifted + ": grid differs from the image (origin"), e.getMessage());
    }

    @Test
    void corruptTiff() throws Exception {
        byte[] b = new byte[64];
        b[0] = 'I';
        b[1] = 'I';
        b[2] = 42;
        Arrays.fill(b, 4, 64, (byte) 0x7f);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(bytes("bad.tif", b)));
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.tif") + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void tiffWhoseHeaderLiesAboutTheSize() throws Exception {
        // A baseline TIFF directory for 40000 x 40000 16-bit pixels (3.2 GB) in a file of a couple of hundred bytes.
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        int[][] entries = {{256, 4, 40000}, {257, 4, 40000}, {258, 3, 16}, {259, 3, 1}, {262, 3, 1}, {273, 4, 180},
            {277, 3, 1}, {278, 4, 40000}, {279, 4, (int) 3_200_000_000L}};
        b.putShort((short) entries.length);
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
            if (e[1] == 3) b.putShort((short) e[2]).putShort((short) 0);
            else b.putInt(e[2]);
        }
        b.putInt(0);
        assertBad(bytes("liar.tif", b.array()), "but the file holds 200 bytes");
    }

    @Test
    void folderWithoutDicom() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("series"));
        Files.writeString(folder.resolve("notes.txt"), "no images here");
        assertBad(folder, "no DICOM files");
    }

    @Test
    void unknownOutputExtension() {
        Volume v = new Volume(Geometry.of(1, 1, 1, 1, 1, 1), new double[1], DataType.UINT8);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.write(v, dir.resolve("x.png")));
        assertTrue(e.getMessage().contains("unknown output format"), e.getMessage());
    }
}
