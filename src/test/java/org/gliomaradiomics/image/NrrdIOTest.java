package org.gliomaradiomics.image;

import static org.gliomaradiomics.image.GeometryAssert.assertSameGrid;
import static org.gliomaradiomics.image.GeometryAssert.assertSameWorld;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NrrdIOTest {
    @TempDir
    Path dir;

    static Volume brain;
    static Volume label;

    static Path brainFile(String name) {
        return TestPaths.testImages().resolve("brain1").resolve(name);
    }

    @BeforeAll
    static void readBrain() throws Exception {
        brain = NrrdReader.read(brainFile("brain1_image.nrrd"));
        label = NrrdReader.read(brainFile("brain1_label.nrrd"));
    }

    @Test
    void brain1GridIsTheHeaderAsStored() {
        Geometry g = brain.geometry();
        assertEquals("256x256x25", g.sizeString());
        assertEquals(DataType.INT16, brain.type());
        assertEquals(DataType.INT32, label.type());
        // Header: space directions (0.78124999999999989,0,0) (0,-0.78124999999999989,0) (0,0,6.4999999999999982), LPS.
        assertArrayEquals(new double[] {0.78124999999999989, 0.78124999999999989, 6.4999999999999982}, g.spacing(), 0.0);
        assertArrayEquals(new double[] {1, 0, 0, 0, -1, 0, 0, 0, 1}, g.direction(), 0.0);
        assertArrayEquals(new double[] {-99.609374999999986, 99.609374999999986, -77.999999999999957}, g.origin(), 0.0);
        assertEquals(0.78125, g.spacing(0), 1e-12);
        assertEquals(6.5, g.spacing(2), 1e-12);
        assertTrue(g.sameGrid(label.geometry(), 0));
    }

    @Test
    void brain1ValuesMatchAnIndependentDecoder() {
        // Expected figures from a few lines of Python (gzip + struct) over the same files.
        double sum = 0, inLabel = 0, weighted = 0;
        int labelled = 0;
        double[] img = brain.voxels(), lab = label.voxels();
        for (int i = 0; i < img.length; i++) {
            sum += img[i];
            weighted += img[i] * (i % 1000);
            if (lab[i] == 1) {
                labelled++;
                inLabel += img[i];
            }
        }
        assertEquals(4137, labelled);
        assertEquals(631859459, sum, 0.0);
        assertEquals(3413999, inLabel, 0.0);
        assertEquals(315723227505.0, weighted, 0.0);
        assertEquals(485, brain.get(128, 100, 12), 0.0);
        assertEquals(549, brain.get(180, 120, 14), 0.0);
        assertArrayEquals(new int[] {1}, label.labels());
    }

    @Test
    void brain1RoundTripsBitExactly() throws Exception {
        for (String name : new String[] {"b.nrrd", "b.nhdr"}) {
            Path out = dir.resolve(name);
            ImageIO.write(brain, out);
            Volume back = ImageIO.read(out);
            assertArrayEquals(brain.voxels(), back.voxels(), 0.0, name);
            assertEquals(brain.type(), back.type());
            assertSameGrid(brain.geometry(), back.geometry(), 0.0); // shortest round-trip decimals: exact
        }
        assertTrue(Files.exists(dir.resolve("b.raw.gz")), "detached data file");
    }

    @Test
    void nrrdToNiftiKeepsWorldCoordinates() throws Exception {
        Path nii = dir.resolve("brain.nii.gz");
        ImageIO.write(brain, nii);
        Volume back = ImageIO.read(nii);
        assertSameWorld(brain.geometry(), back.geometry(), 1e-6);
        assertSameGrid(brain.geometry(), back.geometry(), 1e-6);
        assertArrayEquals(brain.voxels(), back.voxels(), 0.0);
        // The mask grid survives NIfTI's float32 affine: readMask accepts it on the NRRD image's grid.
        Path labelNii = dir.resolve("label.nii");
        ImageIO.write(label, labelNii);
        assertEquals(4137, count(ImageIO.readMask(labelNii, brain.geometry()), 1));
    }

    @Test
    void pyradiomicsProstateHasFlippedAxesAndUint16() throws Exception {
        Path data = TestPaths.sharedOrSkip().resolve("data/pyradiomics");
        Volume v = ImageIO.read(data.resolve("prostate_phantom_subvolume.nrrd"));
        assertEquals(DataType.UINT16, v.type());
        assertEquals("82x67x13", v.geometry().sizeString());
        assertArrayEquals(new double[] {-1, 0, 0, 0, -1, 0, 0, 0, 1}, v.geometry().direction(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.5, 3}, v.geometry().spacing(), 0.0);
        double sum = 0;
        for (double x : v.voxels()) sum += x;
        assertEquals(27811967, sum, 0.0); // Python
        Volume lab = ImageIO.readMask(data.resolve("prostate_phantom_subvolume-label.nrrd"), v.geometry());
        assertArrayEquals(new int[] {1, 7, 8, 9}, lab.labels());
        assertEquals(9088, count(lab, 9));
        assertEquals(2997, count(lab, 8));
    }

    static int count(Volume v, int value) {
        int n = 0;
        for (double x : v.voxels()) if (x == value) n++;
        return n;
    }

    @Test
    void rasSpaceIsConvertedToLps() throws Exception {
        String header = "NRRD0004\ntype: short\ndimension: 3\nspace: right-anterior-superior\nsizes: 2 1 1\n"
            + "space directions: (-2,0,0) (0,-3,0) (0,0,4)\nendian: little\nencoding: raw\nspace origin: (10,20,30)\n\n";
        Path f = write("ras.nrrd", header, HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 5, 6));
        Geometry g = NrrdReader.read(f).geometry();
        // RAS (10,20,30) is LPS (-10,-20,30); RAS axis (-2,0,0) is LPS (2,0,0).
        assertArrayEquals(new double[] {-10, -20, 30}, g.origin(), 0.0);
        assertArrayEquals(new double[] {-8, -17, 30}, g.world(1, 1, 0), 0.0);
        assertArrayEquals(new double[] {2, 3, 4}, g.spacing(), 0.0);
    }

    @Test
    void bigEndianRawWithPlainSpacings() throws Exception {
        String header = "NRRD0005\n# comment\ntype: int16\ndimension: 3\nsizes: 3 1 1\nspacings: 0.5 0.25 2\nendian: big\nencoding: raw\nkey:=value\n\n";
        Volume v = NrrdReader.read(write("be.nrrd", header, HandMadeNifti.shorts(ByteOrder.BIG_ENDIAN, -2, 300, 7)));
        assertArrayEquals(new double[] {-2, 300, 7}, v.voxels(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.25, 2}, v.geometry().spacing(), 0.0);
        assertArrayEquals(Geometry.identity(), v.geometry().direction(), 0.0);
    }

    @Test
    void detachedHeaderWithLineAndByteSkip() throws Exception {
        Files.write(dir.resolve("data.raw"), concat("two\nlines\n".getBytes(StandardCharsets.US_ASCII), new byte[] {9, 9, 9},
            HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 11, 12)));
        Path h = dir.resolve("d.nhdr");
        Files.writeString(h, "NRRD0004\ntype: ushort\ndimension: 2\nsizes: 1 2\nendian: little\nencoding: raw\n"
            + "datafile: data.raw\nlineskip: 2\nbyte skip: 3\n");
        Volume v = ImageIO.read(h);
        assertEquals("1x2x1", v.geometry().sizeString());
        assertArrayEquals(new double[] {11, 12}, v.voxels(), 0.0);
    }

    @Test
    void gzipEncodingSpelledGz() throws Exception {
        byte[] data = HandMadeNifti.gzip(HandMadeNifti.shorts(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4));
        Volume v = NrrdReader.read(write("gz.nrrd", "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 1\nendian: little\nencoding: gz\n\n", data));
        assertArrayEquals(new double[] {1, 2, 3, 4}, v.voxels(), 0.0);
    }

    @ParameterizedTest
    @CsvSource({"signed char,INT8", "int8_t,INT8", "uchar,UINT8", "unsigned char,UINT8", "uint8,UINT8", "short,INT16",
        "short int,INT16", "signed short int,INT16", "int16_t,INT16", "ushort,UINT16", "unsigned short int,UINT16",
        "int,INT32", "signed int,INT32", "int32_t,INT32", "uint,UINT32", "unsigned int,UINT32", "longlong,INT64",
        "long long int,INT64", "signed long long,INT64", "int64_t,INT64", "ulonglong,UINT64", "unsigned long long int,UINT64",
        "uint64_t,UINT64", "float,FLOAT32", "double,FLOAT64"})
    void everyTypeSpelling(String spelling, DataType type) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(2 * type.bytes).order(ByteOrder.BIG_ENDIAN);
        switch (type.bytes) {
            case 1: b.put((byte) 5).put((byte) 120); break;
            case 2: b.putShort((short) 5).putShort((short) 120); break;
            case 4: if (type.integer) b.putInt(5).putInt(120); else b.putFloat(5).putFloat(120); break;
            default: if (type.integer) b.putLong(5).putLong(120); else b.putDouble(5).putDouble(120);
        }
        Volume v = NrrdReader.read(write("t.nrrd", "NRRD0004\ntype: " + spelling + "\ndimension: 1\nsizes: 2\nendian: big\nencoding: raw\n\n", b.array()));
        assertEquals(type, v.type());
        assertArrayEquals(new double[] {5, 120}, v.voxels(), 0.0);
    }

    @Test
    void shortestDecimalsRoundTrip() {
        assertEquals("0.7812499999999999", NrrdWriter.shortest(0.78124999999999989));
        assertEquals("0.1", NrrdWriter.shortest(0.1));
        assertEquals("-78", NrrdWriter.shortest(-78.0));
        assertEquals("0", NrrdWriter.shortest(-0.0));
        assertEquals("1E-7", NrrdWriter.shortest(1e-7));
        for (double x : new double[] {Math.PI, -99.609374999999986, 6.4999999999999982, 1e-300, 123456789.123, 2.0 / 3})
            assertEquals(x, Double.parseDouble(NrrdWriter.shortest(x)), 0.0);
    }

    private Path write(String name, String header, byte[] data) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, concat(header.getBytes(StandardCharsets.US_ASCII), data));
        return f;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
