package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DICOM SEG: label map to SEG and back, checked by pydicom too; a SEG on another grid is refused. */
class DicomSegTest {
    @TempDir
    Path dir;

    /** Three labels on an oblique 7x5x4 grid; label 3 only on slice 2. */
    private static Volume labels() {
        double c = Math.cos(0.3), s = Math.sin(0.3);
        Geometry g = new Geometry(7, 5, 4, new double[] {0.9, 1.1, 2.5}, new double[] {-20, 15.5, 3}, new double[] {c, 0, s, 0, 1, 0, -s, 0, c});
        Volume v = Volume.zeros(g, DataType.UINT8);
        for (int z = 0; z < 4; z++)
            for (int y = 0; y < 5; y++)
                for (int x = 0; x < 7; x++) v.set(x, y, z, (x + 2 * y + z) % 5 == 0 ? 1 : x > 4 ? 2 : 0);
        v.set(3, 3, 2, 3);
        return v;
    }

    @Test
    void labelMapRoundTripsThroughSeg() throws Exception {
        Volume v = labels();
        Path seg = dir.resolve("seg.dcm");
        ImageIO.write(v, seg);
        Volume back = ImageIO.readMask(seg, v.geometry());
        assertArrayEquals(v.voxels(), back.voxels(), 0);
        byte[] again = DicomSegWriter.encode(v, seg);
        assertArrayEquals(Files.readAllBytes(seg), again, "same label map, same bytes (UIDs from the content)");
    }

    /** pydicom reads our SEG: frame count, segment numbers, positions and the 1-bit pixels agree with the label map. */
    @Test
    void pydicomReadsOurSeg() throws Exception {
        DicomTools.requireTool("python3", "python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(DicomTools.PYDICOM_FILES), "Debian package python3-pydicom is not installed; skipped");
        Volume v = labels();
        Path seg = dir.resolve("seg.dcm");
        ImageIO.write(v, seg);
        String out = DicomTools.run(dir, "/usr/bin/python3", "-c", "import sys, warnings, pydicom\nwarnings.simplefilter('ignore')\n"
            + "d = pydicom.dcmread(sys.argv[1])\na = d.pixel_array\nprint(d.NumberOfFrames, len(d.SegmentSequence))\n"
            + "for i, f in enumerate(d.PerFrameFunctionalGroupsSequence):\n"
            + "    p = f.PlanePositionSequence[0].ImagePositionPatient\n"
            + "    print(f.SegmentIdentificationSequence[0].ReferencedSegmentNumber, ' '.join(str(float(x)) for x in p), ''.join(str(int(x)) for x in a[i].ravel()))",
            seg.toString()).trim();
        String[] lines = out.split("\\R");
        String[] head = lines[0].split(" ");
        assertEquals("3", head[1]);
        int frames = Integer.parseInt(head[0]);
        assertEquals(4 + 4 + 1, frames); // labels 1 and 2 on every slice, label 3 on one
        Geometry g = v.geometry();
        for (int i = 1; i <= frames; i++) {
            String[] f = lines[i].split(" ");
            int segment = Integer.parseInt(f[0]);
            double[] p = {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
            int z = (int) Math.round(g.index(p)[2]);
            assertArrayEquals(g.world(0, 0, z), p, 1e-6);
            StringBuilder expected = new StringBuilder();
            for (int y = 0; y < g.ny; y++) for (int x = 0; x < g.nx; x++) expected.append(v.get(x, y, z) == segment ? '1' : '0');
            assertEquals(expected.toString(), f[4], "frame " + i);
        }
    }

    /** Segments chosen by their Segment Label: the first named becomes label 1, the second label 2; others are left out. */
    @Test
    void segmentsAreChosenByName() throws Exception {
        Volume v = labels();
        Path seg = dir.resolve("seg.dcm");
        ImageIO.write(v, seg);
        Volume chosen = ImageIO.readMask(seg + "::label 3,LABEL 1", v.geometry());
        double[] in = v.voxels(), out = chosen.voxels();
        for (int i = 0; i < in.length; i++) assertEquals(in[i] == 3 ? 1 : in[i] == 1 ? 2 : 0, out[i], 0, "voxel " + i);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(seg + "::tumour", v.geometry()));
        assertEquals(seg + ": no segment named 'tumour'; the file holds 1 'label 1', 2 'label 2', 3 'label 3'", e.getMessage());
    }

    /**
     * A probability map becomes a FRACTIONAL SEG: pydicom reads round(255 p) for every voxel of the slices with p > 0;
     * read back as a mask, the voxels with p >= 0.5 (after that rounding) are label 1.
     */
    @Test
    void probabilityMapBecomesFractionalSeg() throws Exception {
        Geometry g = labels().geometry();
        Volume p = Volume.zeros(g, DataType.FLOAT32);
        for (int z = 1; z < 4; z++)
            for (int y = 0; y < 5; y++)
                for (int x = 0; x < 7; x++) p.set(x, y, z, (float) ((x * 5 + y * 3 + z) % 11 / 10.0));
        Path seg = dir.resolve("prob.dcm");
        ImageIO.write(p, seg);
        Volume mask = ImageIO.readMask(seg, g);
        for (int i = 0; i < p.voxels().length; i++)
            assertEquals(Math.round(p.voxels()[i] * 255) >= 128 ? 1 : 0, mask.voxels()[i], 0, "voxel " + i);
        DicomTools.requireTool("python3", "python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(DicomTools.PYDICOM_FILES), "Debian package python3-pydicom is not installed; skipped");
        String out = DicomTools.run(dir, "/usr/bin/python3", "-c", "import sys, warnings, pydicom\nwarnings.simplefilter('ignore')\n"
            + "d = pydicom.dcmread(sys.argv[1])\nprint(d.SegmentationType, d.SegmentationFractionalType, d.MaximumFractionalValue, d.NumberOfFrames)\n"
            + "for i, f in enumerate(d.PerFrameFunctionalGroupsSequence):\n"
            + "    print(' '.join(str(float(x)) for x in f.PlanePositionSequence[0].ImagePositionPatient), ' '.join(str(int(x)) for x in d.pixel_array[i].ravel()))",
            seg.toString()).trim();
        String[] lines = out.split("\\R");
        assertEquals("FRACTIONAL PROBABILITY 255 3", lines[0]);
        for (int f = 1; f <= 3; f++) {
            String[] parts = lines[f].split(" ");
            int z = (int) Math.round(g.index(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])})[2]);
            for (int i = 0; i < 35; i++) assertEquals(Math.round(p.get(i % 7, i / 7, z) * 255), Integer.parseInt(parts[3 + i]), "frame " + f + " pixel " + i);
        }
    }

    @Test
    void segOnAnotherGridIsRefused() throws Exception {
        Volume v = labels();
        Path seg = dir.resolve("seg.dcm");
        ImageIO.write(v, seg);
        Geometry shifted = v.geometry().withOrigin(new double[] {-20, 15.5, 4});
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(seg, shifted));
        assertTrue(e.getMessage().startsWith(seg + ": SEG frame 1 at "), e.getMessage());
        assertTrue(e.getMessage().endsWith("mm is not a slice of the image grid"), e.getMessage());
    }
}
