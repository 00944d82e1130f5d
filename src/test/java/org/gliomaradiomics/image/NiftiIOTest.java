package org.gliomaradiomics.image;

import static org.gliomaradiomics.image.GeometryAssert.assertSameGrid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.features.IbsiPhantom;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NiftiIOTest {
    @TempDir
    Path dir;

    static Path phantom() {
        return TestPaths.testImages().resolve("ibsi1/phantom.nii.gz");
    }

    @Test
    void phantomHasTheIbsiValuesAndGrid() throws Exception {
        Volume v = NiftiReader.read(phantom());
        assertEquals("5x4x4", v.geometry().sizeString());
        assertEquals(80, v.voxels().length);
        assertEquals(DataType.INT16, v.type());
        assertArrayEquals(IbsiPhantom.roi().image, v.voxels(), 0.0);
        // sform -2/-2/2 in RAS is +2 spacing with identity directions in LPS, origin 0.
        assertSameGrid(Geometry.of(5, 4, 4, 2, 2, 2), v.geometry(), 1e-12);
    }

    @Test
    void phantomMaskMatchesTheIbsiMask() throws Exception {
        Volume image = NiftiReader.read(phantom());
        Volume mask = ImageIO.readMask(phantom().resolveSibling("mask.nii.gz"), image.geometry());
        boolean[] expected = IbsiPhantom.roi().morphMask;
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i] ? 1.0 : 0.0, mask.voxels()[i], "voxel " + i);
        int inside = 0;
        for (boolean b : mask.maskOf(1)) if (b) inside++;
        assertEquals(74, inside); // IBSI phantom: 80 voxels, 6 outside the ROI
    }

    @Test
    void phantomRoundTripsBitExactly() throws Exception {
        Volume v = NiftiReader.read(phantom());
        for (String name : new String[] {"p.nii", "p.nii.gz"}) {
            Path out = dir.resolve(name);
            ImageIO.write(v, out);
            Volume back = ImageIO.read(out);
            assertArrayEquals(v.voxels(), back.voxels(), 0.0, name);
            assertEquals(v.type(), back.type(), name);
            assertSameGrid(v.geometry(), back.geometry(), 1e-6);
        }
    }

    @Test
    void ibsi2Float32ResponseMap() throws Exception {
        Path file = TestPaths.sharedOrSkip().resolve("reference/ibsi2/reference_response_maps/1_a_1-ValidCRM.nii");
        Volume v = ImageIO.read(file);
        assertEquals(DataType.FLOAT32, v.type());
        assertEquals("64x64x64", v.geometry().sizeString());
        // qform (0,0,1): 180 degrees about z in RAS = identity in LPS; pixdim 2 mm.
        assertSameGrid(Geometry.of(64, 64, 64, 2, 2, 2), v.geometry(), 1e-12);
        // Expected values read with Python's struct module from the same file.
        assertEquals(127.46221923828125, v.get(32, 32, 32), 0.0);
        assertEquals(38.684444427490234, v.get(63, 0, 17), 0.0);
        double sum = 0;
        for (double x : v.voxels()) sum += x;
        assertEquals(27908834.41422844, sum, 1e-6);
    }

    @Test
    void ibsi2Uint8Phantom() throws Exception {
        Path file = TestPaths.sharedOrSkip().resolve("reference/ibsi2/phantoms/checkerboard.nii.gz");
        Volume v = ImageIO.read(file);
        assertEquals(DataType.UINT8, v.type());
        double sum = 0;
        int positive = 0;
        for (double x : v.voxels()) {
            sum += x;
            if (x > 0) positive++;
        }
        assertEquals(33423360, sum, 0.0); // Python: sum of all bytes
        assertEquals(131072, positive);
        assertEquals(255, v.get(8, 0, 0), 0.0);
    }

    @Test
    void sformTakesPrecedenceOverQform() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(2, 2, 2);
        h.data = HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6, 7, 8);
        h.sformCode = 1;
        h.srow = new double[] {-3, 0, 0, 10, 0, -3, 0, 20, 0, 0, 3, 30};
        h.qformCode = 1;
        h.quatern = new double[] {0, 0, 0, 1, 2, 3};
        Volume v = NiftiReader.read(h.write(dir.resolve("both.nii")));
        // RAS x = -3i + 10  ->  LPS x = 3i - 10, and likewise y; z unchanged.
        assertSameGrid(new Geometry(2, 2, 2, new double[] {3, 3, 3}, new double[] {-10, -20, 30}, Geometry.identity()), v.geometry(), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, v.voxels(), 0.0);
    }

    @Test
    void qformWhenNoSform() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(2, 2, 2);
        h.data = HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6, 7, 8);
        h.sformCode = 0;
        h.srow = new double[] {-3, 0, 0, 10, 0, -3, 0, 20, 0, 0, 3, 30}; // ignored
        h.qformCode = 1;
        double s = Math.sqrt(0.5); // 90 degrees about z: a = d = cos 45
        h.quatern = new double[] {0, 0, s, 5, 6, 7};
        h.pixdim = new double[] {-1, 1, 2, 4, 0, 0, 0, 0}; // qfac -1 flips the third axis
        Geometry g = NiftiReader.read(h.write(dir.resolve("q.nii"))).geometry();
        // RAS(i,j,k) = (5 - 2j, 6 + i, 7 - 4k) by hand; LPS negates x and y.
        assertArrayEquals(new double[] {-5, -6, 7}, g.world(0, 0, 0), 1e-6);
        assertArrayEquals(new double[] {-5, -7, 7}, g.world(1, 0, 0), 1e-6);
        assertArrayEquals(new double[] {-3, -6, 7}, g.world(0, 1, 0), 1e-6);
        assertArrayEquals(new double[] {-5, -6, 3}, g.world(0, 0, 1), 1e-6);
        assertArrayEquals(new double[] {1, 2, 4}, g.spacing(), 1e-6);
    }

    @Test
    void pixdimOnlyWhenNoTransform() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(1, 1, 2);
        h.data = HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 1, 2);
        h.pixdim = new double[] {1, 2, 3, 4, 0, 0, 0, 0};
        Geometry g = NiftiReader.read(h.write(dir.resolve("m1.nii"))).geometry();
        // Method 1: RAS = pixdim * index, so LPS x and y point the other way.
        assertArrayEquals(new double[] {-2, -3, 4}, g.world(1, 1, 1), 1e-12);
    }

    @Test
    void bigEndianFile() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(3, 1, 1);
        h.order = ByteOrder.BIG_ENDIAN;
        h.data = HandMadeNifti.shorts(ByteOrder.BIG_ENDIAN, -300, 0, 32767);
        h.pixdim = new double[] {1, 0.5, 0.5, 1.5, 0, 0, 0, 0};
        Volume v = NiftiReader.read(h.write(dir.resolve("be.nii.gz")));
        assertArrayEquals(new double[] {-300, 0, 32767}, v.voxels(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.5, 1.5}, v.geometry().spacing(), 0.0);
    }

    @Test
    void bigEndianNiftiTwo() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(2, 1, 1);
        h.version = 2;
        h.order = ByteOrder.BIG_ENDIAN;
        h.datatype = 512; // uint16
        h.data = HandMadeNifti.shorts(ByteOrder.BIG_ENDIAN, 65535, 258);
        Volume v = NiftiReader.read(h.write(dir.resolve("be2.nii")));
        assertEquals(DataType.UINT16, v.type());
        assertArrayEquals(new double[] {65535, 258}, v.voxels(), 0.0);
    }

    @Test
    void spatialUnitsAreConvertedToMillimetres() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(1, 1, 1);
        h.data = HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 1);
        h.pixdim = new double[] {1, 0.002, 0.003, 0.004, 0, 0, 0, 0};
        h.xyztUnits = 1; // metres
        assertArrayEquals(new double[] {2, 3, 4}, NiftiReader.read(h.write(dir.resolve("m.nii"))).geometry().spacing(), 1e-6);
        h.pixdim = new double[] {1, 500, 500, 1000, 0, 0, 0, 0};
        h.xyztUnits = 3; // microns
        assertArrayEquals(new double[] {0.5, 0.5, 1}, NiftiReader.read(h.write(dir.resolve("u.nii"))).geometry().spacing(), 1e-9);
    }

    @Test
    void niftiTwoWithDoublePrecisionAffine() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(2, 1, 1);
        h.version = 2;
        h.datatype = 64;
        ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        data.putDouble(Math.PI).putDouble(-1e300);
        h.data = data.array();
        h.sformCode = 2;
        h.srow = new double[] {-0.1, 0, 0, -12.345678901234, 0, -0.7, 0, 0.000001, 0, 0, 0.3, 99.999999999};
        Volume v = NiftiReader.read(h.write(dir.resolve("v2.nii")));
        assertEquals(DataType.FLOAT64, v.type());
        assertArrayEquals(new double[] {Math.PI, -1e300}, v.voxels(), 0.0);
        assertArrayEquals(new double[] {0.1, 0.7, 0.3}, v.geometry().spacing(), 0.0);
        assertArrayEquals(new double[] {12.345678901234, -0.000001, 99.999999999}, v.geometry().origin(), 0.0);
    }

    @Test
    void sclSlopeAndInterceptAreApplied() throws Exception {
        HandMadeNifti h = new HandMadeNifti().size(4, 1, 1);
        h.data = HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 0, 1, -2, 100);
        h.slope = 0.5;
        h.inter = 10;
        Volume v = NiftiReader.read(h.write(dir.resolve("scaled.nii")));
        assertEquals(DataType.FLOAT32, v.type());
        assertArrayEquals(new double[] {10, 10.5, 9, 60}, v.voxels(), 0.0);
        h.slope = 1;
        h.inter = 0; // (1, 0) means unscaled: the type stays int16
        assertEquals(DataType.INT16, NiftiReader.read(h.write(dir.resolve("unscaled.nii"))).type());
    }

    @ParameterizedTest
    @EnumSource(DataType.class)
    void everyDataTypeRoundTrips(DataType type) throws Exception {
        double[] values = {type.min(), type.max(), 0, 7};
        Volume v = new Volume(Geometry.of(4, 1, 1, 1, 1, 1), values.clone(), type);
        Path out = dir.resolve("t.nii");
        NiftiWriter.write(v, out);
        Volume back = NiftiReader.read(out);
        assertEquals(type, back.type());
        assertArrayEquals(values, back.voxels(), 0.0);
        // The header's datatype code is the standard one.
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        int[] codes = {2, 256, 512, 4, 768, 8, 1280, 1024, 16, 64}; // DataType order: UINT8 INT8 UINT16 INT16 UINT32 INT32 UINT64 INT64 FLOAT32 FLOAT64
        assertEquals(codes[type.ordinal()], b.getShort(70));
    }

    @Test
    void writerUsesNiftiTwoForHugeDimensions() throws Exception {
        double[] values = new double[40000];
        for (int i = 0; i < values.length; i++) values[i] = i % 251;
        Volume v = new Volume(Geometry.of(40000, 1, 1, 1, 1, 1), values, DataType.UINT8);
        Path out = dir.resolve("long.nii");
        ImageIO.write(v, out);
        assertEquals(540, ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
        assertArrayEquals(values, ImageIO.read(out).voxels(), 0.0);
    }

    @Test
    void writtenSformAndQformAgree() throws Exception {
        double c = Math.cos(0.5), s = Math.sin(0.5);
        // Rotation about x by 0.5 rad, with the first axis flipped (improper: qfac must be -1).
        double[] dir3 = {-1, 0, 0, 0, c, -s, 0, s, c};
        Geometry g = new Geometry(3, 4, 5, new double[] {0.9, 1.1, 3.3}, new double[] {-100.5, 20.25, 7.75}, dir3);
        Volume v = new Volume(g, new double[60], DataType.INT16);
        Path out = dir.resolve("oblique.nii");
        NiftiWriter.write(v, out);
        Geometry fromSform = NiftiReader.read(out).geometry();
        assertSameGrid(g, fromSform, 1e-5);
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(1, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getShort(252), "qform_code");
        bytes[254] = 0; // sform_code = 0: the reader must fall back to the qform
        bytes[255] = 0;
        Files.write(out, bytes);
        Geometry fromQform = NiftiReader.read(out).geometry();
        assertSameGrid(g, fromQform, 1e-5);
        assertTrue(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getFloat(76) < 0, "pixdim[0] = qfac = -1");
    }
}
