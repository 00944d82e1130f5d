package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomSeriesTest {
    @TempDir
    Path dir;

    // Orientation tilted about x by angle a: row (1,0,0), column (0, cos a, -sin a); normal = row x column = (0, sin a, cos a).
    static final double A = Math.toRadians(20);
    static final double[] ORIENTATION = {1, 0, 0, 0, Math.cos(A), -Math.sin(A)};
    static final double[] NORMAL = {0, Math.sin(A), Math.cos(A)};
    static final double[] P0 = {-100, 50, 20};

    static double[] position(int k, double gap) {
        return new double[] {P0[0] + k * gap * NORMAL[0], P0[1] + k * gap * NORMAL[1], P0[2] + k * gap * NORMAL[2]};
    }

    private static DicomSlice slice(String name, int k, double gap) {
        return new DicomSlice(Path.of(name), 4, 3, position(k, gap), ORIENTATION, new double[] {0.6, 0.7}, 2.5, "1.2.3", 10 - k);
    }

    @Test
    void slicesAreSortedAlongTheNormalAndGiveTheGrid() throws Exception {
        List<DicomSlice> shuffled = List.of(slice("c", 2, 2.5), slice("a", 0, 2.5), slice("d", 3, 2.5), slice("b", 1, 2.5));
        DicomSeriesGeometry.Arranged a = DicomSeriesGeometry.arrange(Path.of("series"), shuffled);
        assertEquals(List.of("a", "b", "c", "d"), a.slices().stream().map(s -> s.file().toString()).toList());
        Geometry g = a.geometry();
        assertEquals("4x3x4", g.sizeString());
        assertArrayEquals(new double[] {0.7, 0.6, 2.5}, g.spacing(), 1e-12); // Pixel Spacing is (row, column) = (y, x)
        assertArrayEquals(P0, g.origin(), 0.0);
        assertArrayEquals(position(3, 2.5), g.world(0, 0, 3), 1e-9);
        // Column 1 of the direction matrix is the DICOM column direction.
        assertArrayEquals(new double[] {P0[0], P0[1] + 2 * 0.6 * Math.cos(A), P0[2] - 2 * 0.6 * Math.sin(A)}, g.world(0, 2, 0), 1e-9);
    }

    @Test
    void duplicatePositionIsAnError() {
        List<DicomSlice> s = List.of(slice("a", 0, 2.5), slice("b", 1, 2.5), slice("b2", 1, 2.5));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomSeriesGeometry.arrange(Path.of("series"), s));
        assertTrue(e.getMessage().contains("same position"), e.getMessage());
    }

    @Test
    void missingSliceIsAnError() {
        List<DicomSlice> s = List.of(slice("a", 0, 2.5), slice("b", 1, 2.5), slice("d", 3, 2.5));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomSeriesGeometry.arrange(Path.of("series"), s));
        assertTrue(e.getMessage().contains("not uniform"), e.getMessage());
    }

    @Test
    void twoSeriesAreAnError() {
        DicomSlice other = new DicomSlice(Path.of("x"), 4, 3, position(5, 2.5), ORIENTATION, null, 1, "9.9", 1);
        ImageFormatException e = assertThrows(ImageFormatException.class,
            () -> DicomSeriesGeometry.arrange(Path.of("series"), List.of(slice("a", 0, 2.5), other)));
        assertTrue(e.getMessage().contains("2 DICOM series"), e.getMessage());
    }

    @Test
    void withoutPositionsInstanceNumbersAndThicknessDecide() throws Exception {
        List<DicomSlice> s = new ArrayList<>();
        for (int i : new int[] {3, 1, 2}) s.add(new DicomSlice(Path.of("i" + i), 2, 2, null, null, new double[] {1, 1}, 4, "1", i));
        DicomSeriesGeometry.Arranged a = DicomSeriesGeometry.arrange(Path.of("series"), s);
        assertEquals(List.of("i1", "i2", "i3"), a.slices().stream().map(x -> x.file().toString()).toList());
        assertArrayEquals(new double[] {1, 1, 4}, a.geometry().spacing(), 0.0);
    }

    @Test
    void aMissingZeroOrNaNPixelSpacingIsAnErrorNotOneMillimetre() {
        for (double[] ps : new double[][] {null, {0, 0.5}, {Double.NaN, 1}, {1, -2}}) {
            List<DicomSlice> s = List.of(new DicomSlice(Path.of("i1"), 2, 2, null, null, ps, 4, "1", 1));
            ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomSeriesGeometry.arrange(Path.of("series"), s));
            assertTrue(e.getMessage().startsWith("i1: ") && e.getMessage().contains("Pixel Spacing (0028,0030)"), e.getMessage());
        }
    }

    @Test
    void pixelDataShorterThanRowsTimesColumnsIsAnErrorNotZeros() throws Exception {
        Path f = dir.resolve("short.dcm");
        TinyDicom.write(f, "1.2.3", 1, position(0, 2.5), ORIENTATION, 0.7, 0.6, 1, 0, 4, 3, new short[12]);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 6)); // three of twelve pixels cut off
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(f));
        assertEquals(f + ": DICOM element (7FE0,0010) declares 24 bytes but the file has 18 left (truncated or damaged file)", e.getMessage());
        // Rows larger than the data: a consistent file whose pixel data hold 6 of the 12 pixels the header claims
        TinyDicom.write(f, "1.2.3", 1, position(0, 2.5), ORIENTATION, 0.7, 0.6, 1, 0, 4, 3, new short[6]);
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(f));
        assertTrue(e.getMessage().startsWith(f + ": the header's 4 x 3 pixels need 24 bytes but the file holds 12"), e.getMessage());
    }

    @Test
    void tinyDicomSeriesReadThroughImageJ() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("series"));
        int nx = 4, ny = 3;
        short[][] raw = new short[3][nx * ny];
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < nx * ny; i++) raw[k][i] = (short) (100 * k + i - 5); // includes negative stored values
        // File names in the opposite order of the positions: the reader must sort by position.
        for (int k = 0; k < 3; k++)
            TinyDicom.write(folder.resolve("IM" + (9 - k) + ".dcm"), "1.2.826.0.1.3680043.2.1", k + 1, position(k, 3.0), ORIENTATION,
                0.6, 0.7, 2, -1000, nx, ny, raw[k]);
        Files.writeString(folder.resolve("DICOMDIR.txt"), "not an image");
        Volume v = ImageIO.read(folder);
        assertEquals("4x3x3", v.geometry().sizeString());
        assertEquals(DataType.INT16, v.type()); // -1010 .. -588 after rescaling
        assertArrayEquals(new double[] {0.7, 0.6, 3.0}, v.geometry().spacing(), 1e-9);
        assertArrayEquals(P0, v.geometry().origin(), 1e-9);
        assertArrayEquals(new double[] {1, 0, 0, 0, Math.cos(A), Math.sin(A), 0, -Math.sin(A), Math.cos(A)},
            v.geometry().direction(), 1e-6);
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < nx * ny; i++)
                assertEquals(raw[k][i] * 2.0 - 1000, v.voxels()[k * nx * ny + i], 1e-9, "slice " + k + " voxel " + i);
        Volume single = ImageIO.read(folder.resolve("IM8.dcm"));
        assertEquals("4x3x1", single.geometry().sizeString());
        assertEquals(raw[1][0] * 2.0 - 1000, single.voxels()[0], 1e-9);
    }

    @Test
    void seriesIsHeldInTheTypeAllItsSlicesNeed(@TempDir Path dir) throws Exception {
        double[] o = {1, 0, 0, 0, 1, 0};
        // integers, one slice beyond int16 (20000 * 2): INT32 holds them exactly
        Path ints = Files.createDirectories(dir.resolve("ints"));
        TinyDicom.write(ints.resolve("a.dcm"), "1.2.3", 1, new double[] {0, 0, 0}, o, 1, 1, 1, -10, 2, 1, new short[] {5, 7});
        TinyDicom.write(ints.resolve("b.dcm"), "1.2.3", 2, new double[] {0, 0, 1}, o, 1, 1, 2, 0, 2, 1, new short[] {20000, 3});
        Volume v = ImageIO.read(ints);
        assertEquals(DataType.INT32, v.type());
        assertEquals(DataType.INT32, v.storageType());
        assertArrayEquals(new double[] {-5, -3, 40000, 6}, v.toDoubleArray(), 0.0);
        // one slice with fractions: every slice as float32
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        TinyDicom.write(mixed.resolve("a.dcm"), "1.2.4", 1, new double[] {0, 0, 0}, o, 1, 1, 1, -1024, 2, 1, new short[] {1000, 1030});
        TinyDicom.write(mixed.resolve("b.dcm"), "1.2.4", 2, new double[] {0, 0, 1}, o, 1, 1, 0.1, 0, 2, 1, new short[] {3, 4});
        v = ImageIO.read(mixed);
        assertEquals(DataType.FLOAT32, v.type());
        assertEquals(DataType.FLOAT32, v.storageType());
        assertArrayEquals(new double[] {-24, 6, (float) (3 * 0.1), (float) (4 * 0.1)}, v.toDoubleArray(), 0.0);
        // small integers: int16 storage
        Path small = Files.createDirectories(dir.resolve("small"));
        TinyDicom.write(small.resolve("a.dcm"), "1.2.5", 1, new double[] {0, 0, 0}, o, 1, 1, 1, 0, 2, 1, new short[] {-2, 300});
        v = ImageIO.read(small);
        assertEquals(DataType.INT16, v.storageType());
        assertArrayEquals(new double[] {-2, 300}, v.toDoubleArray(), 0.0);
    }

    @Test
    void plainDicomImageAsMaskGivesItsLabelsOnTheImageGrid(@TempDir Path dir) throws Exception {
        Path mask = dir.resolve("mask.dcm");
        TinyDicom.write(mask, "1.2.6", 1, new double[] {0, 0, 0}, new double[] {1, 0, 0, 0, 1, 0}, 1, 1, 1, 0, 3, 2, new short[] {0, 1, 2, 0, 2, 1});
        Geometry grid = ImageIO.read(mask).geometry();
        assertArrayEquals(new double[] {0, 1, 2, 0, 2, 1}, ImageIO.readMask(mask, grid).toDoubleArray(), 0.0);
        Geometry other = Geometry.of(3, 3, 1, 1, 1, 1);
        assertThrows(ImageFormatException.class, () -> ImageIO.readMask(mask, other));
    }
}
