package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import org.gliomaradiomics.testutil.TypedVolumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Volumes keep the stored type in memory: files written by nibabel (an independent NIfTI implementation) read into
 * short/byte/float storage with nibabel's values, writers give back the same data bytes, and storage widens to
 * doubles only when a value needs it.
 */
class TypedStorageTest {
    @TempDir
    Path dir;

    private static final int NX = 23, NY = 17, NZ = 11;

    /** The test pattern nibabel writes, in [x, y, z] order (x fastest on disk): spans the whole int16 range. */
    private static double pattern(int x, int y, int z) {
        return Math.floorMod(x * 2131 + y * 7919 + z * 104729, 65536) - 32768;
    }

    /** Writes NIfTI files with nibabel: int16, uint16, uint8, float32, and int16 scaled by slope 0.5, intercept 10. */
    private Path nibabelFiles() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python) && Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/nibabel")),
            "Debian package python3-nibabel is not installed; skipped");
        String script = String.join("\n",
            "import nibabel as nb, numpy as np, sys",
            "d = sys.argv[1]",
            "x, y, z = np.meshgrid(np.arange(" + NX + "), np.arange(" + NY + "), np.arange(" + NZ + "), indexing='ij')",
            "a = np.mod(x * 2131 + y * 7919 + z * 104729, 65536) - 32768",
            "aff = np.diag([0.8, 0.9, 2.5, 1.0])",
            "for name, arr in [('i16', a.astype(np.int16)), ('u16', (a + 32768).astype(np.uint16)), ('u8', np.mod(a, 256).astype(np.uint8)),",
            "                  ('f32', (a / 7.0).astype(np.float32))]:",
            "    nb.save(nb.Nifti1Image(arr, aff), d + '/' + name + '.nii.gz')",
            "s = nb.Nifti1Image(a.astype(np.int16), aff)",
            "s.header.set_slope_inter(0.5, 10)",
            "nb.save(s, d + '/scaled.nii.gz')",
            "print(repr(float(np.asarray(nb.load(d + '/scaled.nii.gz').dataobj, dtype=np.float64).sum())))");
        Process p = new ProcessBuilder(python.toString(), "-c", script, dir.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "nibabel timed out");
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.exitValue(), out);
        Files.writeString(dir.resolve("scaled-sum.txt"), out);
        return dir;
    }

    @Test
    void nibabelFilesReadIntoTheirStoredTypeWithNibabelsValues() throws Exception {
        Path d = nibabelFiles();
        Volume i16 = ImageIO.read(d.resolve("i16.nii.gz")), u16 = ImageIO.read(d.resolve("u16.nii.gz"));
        Volume u8 = ImageIO.read(d.resolve("u8.nii.gz")), f32 = ImageIO.read(d.resolve("f32.nii.gz"));
        assertEquals(DataType.INT16, i16.storageType());
        assertEquals(DataType.UINT16, u16.storageType());
        assertEquals(DataType.UINT8, u8.storageType());
        assertEquals(DataType.FLOAT32, f32.storageType());
        assertTrue(i16.storageArray() instanceof short[] && u8.storageArray() instanceof byte[] && f32.storageArray() instanceof float[]);
        assertEquals(2L * NX * NY * NZ, i16.storageBytes());
        for (int z = 0; z < NZ; z++)
            for (int y = 0; y < NY; y++)
                for (int x = 0; x < NX; x++) {
                    double v = pattern(x, y, z);
                    assertEquals(v, i16.get(x, y, z), 0.0);
                    assertEquals(v + 32768, u16.get(x, y, z), 0.0);
                    assertEquals(Math.floorMod((int) v, 256), u8.get(x, y, z), 0.0);
                    assertEquals((float) (v / 7.0), f32.get(x, y, z), 0.0);
                }
        // Scaled data become float32 values: (float) (raw * 0.5 + 10), whose sum agrees with nibabel's float64 scaling.
        Volume scaled = ImageIO.read(d.resolve("scaled.nii.gz"));
        assertEquals(DataType.FLOAT32, scaled.type());
        assertEquals(DataType.FLOAT32, scaled.storageType());
        double sum = 0;
        for (int i = 0; i < scaled.size(); i++) {
            assertEquals((float) (i16.get(i) * 0.5 + 10), scaled.get(i), 0.0);
            sum += scaled.get(i);
        }
        assertEquals(Double.parseDouble(Files.readString(d.resolve("scaled-sum.txt"))), sum, 1e-9 * Math.abs(sum) + 1e-6);
    }

    @Test
    void writersGiveBackNibabelsDataBytesAndTheStoredType() throws Exception {
        Path d = nibabelFiles();
        for (String name : new String[] {"i16", "u16", "u8", "f32"}) {
            Path source = d.resolve(name + ".nii.gz");
            Volume v = ImageIO.read(source);
            Path nii = d.resolve(name + "-out.nii.gz"), nrrd = d.resolve(name + "-out.nrrd");
            ImageIO.write(v, nii);
            ImageIO.write(v, nrrd);
            assertEquals(v.storageType(), ImageIO.read(nii).storageType(), name);
            assertEquals(v.storageType(), ImageIO.read(nrrd).storageType(), name);
            byte[] expected = niftiData(source), written = niftiData(nii);
            assertArrayEquals(expected, written, name + ": NIfTI data bytes differ from nibabel's");
            assertArrayEquals(v.toDoubleArray(), ImageIO.read(nrrd).toDoubleArray(), 0.0, name);
        }
    }

    /** The voxel bytes of a gzip NIfTI-1 file (after vox_offset, little-endian as both writers store them). */
    private static byte[] niftiData(Path file) throws Exception {
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            byte[] all = in.readAllBytes();
            int voxOffset = (int) java.nio.ByteBuffer.wrap(all, 108, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getFloat();
            return Arrays.copyOfRange(all, voxOffset, all.length);
        }
    }

    @Test
    void brain1Int16NrrdIsHeldAsShorts() throws Exception {
        Volume brain = NrrdReader.read(NrrdIOTest.brainFile("brain1_image.nrrd"));
        assertEquals(DataType.INT16, brain.storageType());
        assertEquals(256L * 256 * 25 * 2, brain.storageBytes());
        Volume label = NrrdReader.read(NrrdIOTest.brainFile("brain1_label.nrrd"));
        assertEquals(DataType.INT32, label.storageType());
        assertArrayEquals(new int[] {1}, label.labels());
        assertEquals(NrrdIOTest.count(label, 1), label.count(1));
    }

    @Test
    void setWidensOnlyForAValueTheStorageCannotHold() {
        Volume v = new Volume(Geometry.of(4, 1, 1, 1, 1, 1), new short[] {-3, 0, 7, 32767}, DataType.INT16);
        Volume view = v.withGeometry(Geometry.of(2, 2, 1, 1, 1, 1));
        v.set(1, -32768);
        assertEquals(DataType.INT16, v.storageType());
        v.set(2, 0.5);
        assertEquals(DataType.FLOAT64, v.storageType());
        assertEquals(DataType.INT16, v.type()); // the on-disk type does not change
        assertArrayEquals(new double[] {-3, -32768, 0.5, 32767}, view.toDoubleArray(), 0.0); // the view shares the widened storage
    }

    @Test
    void voxelsWidensOnceAndWritesThroughItAreSeenByEveryView() {
        Volume v = new Volume(Geometry.of(3, 1, 1, 1, 1, 1), new byte[] {(byte) 200, 1, 0}, DataType.UINT8);
        Volume view = v.withType(DataType.UINT16);
        double[] live = v.voxels();
        assertArrayEquals(new double[] {200, 1, 0}, live, 0.0);
        assertSame(live, view.voxels());
        live[2] = 2.25;
        assertEquals(2.25, view.get(2), 0.0);
        assertEquals(DataType.FLOAT64, view.storageType());
    }

    @Test
    void labelHelpersReadEveryStorage() {
        Geometry g = Geometry.of(6, 1, 1, 1, 1, 1);
        Volume shorts = new Volume(g, new short[] {-5, 0, 4, 4, 2, -5}, DataType.INT16);
        Volume bytes = new Volume(g, new byte[] {(byte) 255, 0, 4, 4, 2, 0}, DataType.UINT8);
        Volume doubles = new Volume(g, new double[] {-5, 0, 4, 4, 2, 0.4}, DataType.FLOAT64);
        assertArrayEquals(new int[] {-5, 2, 4}, shorts.labels());
        assertArrayEquals(new int[] {2, 4, 255}, bytes.labels());
        assertArrayEquals(new int[] {-5, 0, 2, 4}, doubles.labels()); // 0.4 is non-zero and rounds to 0, as before
        assertEquals(2, shorts.count(4));
        assertArrayEquals(new boolean[] {true, false, false, false, false, true}, shorts.maskOf(-5));
        assertEquals(DataType.INT16, shorts.storageType());
        Volume copy = bytes.copy();
        assertEquals(DataType.UINT8, copy.storageType());
        assertNotSame(bytes.storageArray(), copy.storageArray());
    }

    @Test
    void imgLib2ViewIsTypedAndSharesTheStorage() {
        short[] data = {1, 2, 3, (short) 60000, 5, 6};
        Volume v = new Volume(Geometry.of(3, 2, 1, 1, 1, 1), data, DataType.UINT16);
        RandomAccessibleInterval<?> view = ImgLib2Views.view(v);
        @SuppressWarnings("unchecked")
        ArrayImg<UnsignedShortType, ?> img = (ArrayImg<UnsignedShortType, ?>) view;
        var access = img.randomAccess();
        access.setPosition(new long[] {0, 1, 0});
        assertEquals(60000, access.get().get());
        access.get().set(7);
        assertEquals(7, v.get(0, 1, 0), 0.0);
        assertEquals(DataType.UINT16, v.storageType());
    }

    @Test
    void byteCountsOverAnyRangeEqualTheCountValueByValue() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        int n = 1003;
        for (DataType type : new DataType[] {DataType.UINT8, DataType.INT8}) {
            double[] values = new double[n];
            double[] pool = type == DataType.UINT8 ? new double[] {0, 1, 2, 127, 128, 255} : new double[] {0, 1, -1, 127, -128};
            for (int i = 0; i < n; i++) values[i] = pool[rnd.nextInt(pool.length)];
            Volume v = TypedVolumes.stored(Geometry.of(n, 1, 1, 1, 1, 1), values, type);
            for (int trial = 0; trial < 200; trial++) {
                int from = rnd.nextInt(n), len = rnd.nextInt(n - from + 1);
                double q = trial % 7 == 0 ? 300 : pool[rnd.nextInt(pool.length)];
                long naive = 0;
                for (int i = from; i < from + len; i++) if (values[i] == q) naive++;
                assertEquals(naive, v.count(q, from, len), type + " count(" + q + ") over [" + from + ", " + (from + len) + ")");
            }
        }
    }

    @Test
    void countComparesInTheStoredTypeLikeTheDoubleValues() {
        double[] values = {0, 1, 1, 3, 100, 7, 1, 0, 127};
        double[] queries = {0, -0.0, 1, 1.5, 3, 127, 100.0000001, -1, 1e12, Double.NaN, Double.POSITIVE_INFINITY};
        Geometry g = Geometry.of(3, 3, 1, 1, 1, 1);
        for (DataType type : DataType.values()) {
            Volume v = TypedVolumes.stored(g, values, type);
            double[] stored = v.toDoubleArray();
            for (double q : queries) {
                long naive = Arrays.stream(stored).filter(x -> x == q).count(); // the definition, value by value
                assertEquals(naive, v.count(q), type + " count(" + q + ")");
            }
            assertEquals(3, v.count(1), type.toString());
            // a run of voxels: the second row {3, 100, 7} and the last two voxels {0, 127}
            assertEquals(1, v.count(3, 3, 3), type + " row 1");
            assertEquals(0, v.count(1, 3, 3), type + " row 1");
            assertEquals(1, v.count(127, 7, 2), type + " last two");
            assertEquals(2, v.count(1, 0, 3), type + " row 0");
        }
    }
}
