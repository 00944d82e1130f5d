package org.gliomaradiomics.image;

import static org.gliomaradiomics.image.GeometryAssert.assertSameGrid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.Calibration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiffIOTest {
    @TempDir
    Path dir;

    @Test
    void phantomRoundTripsBitExactly() throws Exception {
        Volume v = ImageIO.read(NiftiIOTest.phantom());
        Path out = dir.resolve("phantom.tif");
        ImageIO.write(v, out);
        assertEquals(ImageIO.Format.TIFF, ImageIO.detect(out));
        Volume back = ImageIO.read(out);
        assertArrayEquals(v.voxels(), back.voxels(), 0.0);
        assertEquals(DataType.INT16, back.type());
        assertSameGrid(v.geometry(), back.geometry(), 1e-6);
    }

    @Test
    void brainWithFlippedAxisKeepsItsExactGrid() throws Exception {
        Volume v = NrrdReader.read(NrrdIOTest.brainFile("brain1_image.nrrd"));
        Path out = dir.resolve("brain.tiff");
        ImageIO.write(v, out);
        Volume back = ImageIO.read(out);
        assertArrayEquals(v.voxels(), back.voxels(), 0.0);
        assertSameGrid(v.geometry(), back.geometry(), 0.0);
        // ImageJ itself sees the spacing and the origin in its own convention.
        ImagePlus imp = new ij.io.Opener().openImage(out.toString());
        assertEquals(16, imp.getBitDepth());
        assertEquals(0.78125, imp.getCalibration().pixelWidth, 1e-6);
        assertEquals(-v.geometry().origin()[0] / v.geometry().spacing(0), imp.getCalibration().xOrigin, 1e-6);
    }

    @Test
    void negativeIntegersAndFloatsUse32BitFloat() throws Exception {
        Volume ints = new Volume(Geometry.of(3, 1, 1, 1, 1, 1), new double[] {-32768, 0, 32767}, DataType.INT16);
        Volume floats = new Volume(Geometry.of(3, 1, 1, 0.5, 0.5, 2), new double[] {-1.5f, 0.1f, 3e30f}, DataType.FLOAT32);
        for (Volume v : new Volume[] {ints, floats}) {
            Path out = dir.resolve("v.tif");
            TiffIO.write(v, out);
            assertEquals(32, new ij.io.Opener().openImage(out.toString()).getBitDepth());
            Volume back = TiffIO.read(out);
            assertArrayEquals(v.voxels(), back.voxels(), 0.0);
            assertEquals(v.type(), back.type());
            assertSameGrid(v.geometry(), back.geometry(), 1e-9);
        }
    }

    @Test
    void integersBeyondFloatPrecisionAreRefusedAndTheOldFileSurvives() throws Exception {
        Path out = dir.resolve("keep.tif");
        Volume old = new Volume(Geometry.of(2, 1, 1, 1, 1, 1), new double[] {1, 2}, DataType.UINT8);
        ImageIO.write(old, out);
        byte[] before = Files.readAllBytes(out);
        Volume big = new Volume(Geometry.of(2, 1, 1, 1, 1, 1), new double[] {1, (1 << 25) + 1}, DataType.INT32);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.write(big, out));
        assertTrue(e.getMessage().contains("cannot be stored exactly"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void calibrationAloneGivesSpacingAndOrigin() throws Exception {
        ImageStack stack = new ImageStack(2, 2);
        stack.addSlice(null, new byte[] {1, 2, 3, (byte) 200});
        stack.addSlice(null, new byte[] {5, 6, 7, 8});
        ImagePlus imp = new ImagePlus("plain", stack);
        Calibration cal = imp.getCalibration();
        cal.pixelWidth = 0.05;
        cal.pixelHeight = 0.025;
        cal.pixelDepth = 0.3;
        cal.setUnit("cm");
        cal.xOrigin = 10; // ImageJ: x_world = (x - xOrigin) * pixelWidth
        cal.yOrigin = -4;
        cal.zOrigin = 0;
        Path out = dir.resolve("plain.tif");
        assertTrue(new FileSaver(imp).saveAsTiffStack(out.toString()));
        Volume v = ImageIO.read(out);
        assertEquals(DataType.UINT8, v.type());
        assertArrayEquals(new double[] {1, 2, 3, 200, 5, 6, 7, 8}, v.voxels(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.25, 3}, v.geometry().spacing(), 1e-9); // cm -> mm
        assertArrayEquals(new double[] {-5, 1, 0}, v.geometry().origin(), 1e-9);
    }

    @Test
    void staleRecordedGeometryIsIgnored() throws Exception {
        Volume v = ImageIO.read(NiftiIOTest.phantom());
        Path out = dir.resolve("p.tif");
        ImageIO.write(v, out);
        ImagePlus imp = new ij.io.Opener().openImage(out.toString());
        imp.getCalibration().pixelWidth = 4; // edited in ImageJ after writing: the calibration now rules
        new FileSaver(imp).saveAsTiffStack(out.toString());
        assertEquals(4, ImageIO.read(out).geometry().spacing(0), 1e-9);
    }

    /** A little-endian TIFF with one directory of the given (tag, type, count, value) entries, pointing to {@code next}. */
    private static byte[] tiff(long next, long[]... entries) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 2 + 12 * entries.length + 4 + 64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries.length);
        for (long[] e : entries) b.putShort((short) e[0]).putShort((short) e[1]).putInt((int) e[2]).putInt((int) e[3]);
        b.putInt((int) next);
        return b.array();
    }

    @Test
    void directoriesDeclaringMillionsOfStripsOrLoopingAreRefusedAtOnce() throws Exception {
        Path strips = dir.resolve("strips.tif");
        byte[] small = tiff(0, new long[] {256, 3, 1, 1}, new long[] {257, 4, 1, 20_000_000}, new long[] {258, 3, 1, 8},
            new long[] {273, 4, 20_000_000, 100}, new long[] {279, 4, 20_000_000, 100});
        Files.write(strips, java.util.Arrays.copyOf(small, 1 << 20)); // large enough a file not to be the limit
        long t0 = System.nanoTime();
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(strips));
        assertTrue(System.nanoTime() - t0 < 1e9);
        assertEquals(strips + ": TIFF image directory 1 declares 20000000 strips (limit 65536)", e.getMessage());

        Path rows = dir.resolve("rows.tif");
        Files.write(rows, java.util.Arrays.copyOf(tiff(0, new long[] {256, 3, 1, 1}, new long[] {257, 3, 1, 10}, new long[] {258, 3, 1, 8},
            new long[] {273, 4, 40, 100}, new long[] {279, 4, 40, 100}), 4096));
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(rows));
        assertEquals(rows + ": TIFF image directory 1 declares 40 strips (limit 10: one per row of the image)", e.getMessage());
        Files.write(rows, small);
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(rows));
        assertEquals(rows + ": TIFF image directory 1 declares 20000000 strips (limit " + small.length / 2 + ": what a " + small.length
            + "-byte file can hold)", e.getMessage());

        Path loop = dir.resolve("loop.tif");
        Files.write(loop, tiff(8, new long[] {256, 3, 1, 1}, new long[] {257, 3, 1, 1}));
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(loop));
        assertEquals(loop + ": TIFF image directories form a loop (directory 2)", e.getMessage());
    }
}
