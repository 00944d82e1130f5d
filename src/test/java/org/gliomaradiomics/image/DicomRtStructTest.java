package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RTSTRUCT contours of known polygons, written by pydicom, rasterised on a 6x5x2 grid (spacing 1, 1, 2 mm, origin
 * (10, 20, 30)) and compared with the raster computed by hand from the pixel-centre-inside rule.
 */
class DicomRtStructTest {
    @TempDir
    Path dir;

    static final String FRAME_OF_REFERENCE = "1.2.826.0.1.3680043.2.99.7";
    static final Geometry GRID = new Geometry(6, 5, 2, new double[] {1, 1, 2}, new double[] {10, 20, 30}, Geometry.identity());

    /** ROI 1 'GTV': square (voxel x 0.5..3.5, y 0.5..2.5) with a hole around voxel (2, 1) on slice 0; ROI 2 'Edema': triangle on slice 1. */
    private Path rtstruct() throws Exception {
        return rtstruct(dir.resolve("rtstruct.dcm"));
    }

    /** The RTSTRUCT, its Frame of Reference {@value #FRAME_OF_REFERENCE}. */
    private Path rtstruct(Path f) throws Exception {
        DicomTools.requireTool("python3", "python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(DicomTools.PYDICOM_FILES), "Debian package python3-pydicom is not installed; skipped");
        String script = String.join("\n",
            "import sys, warnings",
            "warnings.simplefilter('ignore')",
            "from pydicom.dataset import Dataset, FileMetaDataset",
            "from pydicom.sequence import Sequence",
            "from pydicom.uid import ExplicitVRLittleEndian",
            "meta = FileMetaDataset()",
            "meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.481.3'",
            "meta.MediaStorageSOPInstanceUID = '1.2.826.0.1.3680043.2.99.1'",
            "meta.TransferSyntaxUID = ExplicitVRLittleEndian",
            "d = Dataset()",
            "d.file_meta = meta",
            "d.SOPClassUID = meta.MediaStorageSOPClassUID",
            "d.SOPInstanceUID = meta.MediaStorageSOPInstanceUID",
            "d.Modality = 'RTSTRUCT'",
            "fr = Dataset(); fr.FrameOfReferenceUID = '" + FRAME_OF_REFERENCE + "'",
            "d.ReferencedFrameOfReferenceSequence = Sequence([fr])",
            "def roi(n, name):",
            "    r = Dataset(); r.ROINumber = n; r.ROIName = name; return r",
            "d.StructureSetROISequence = Sequence([roi(1, 'GTV'), roi(2, 'Edema')])",
            "def contour(points, z):",
            "    c = Dataset(); c.ContourGeometricType = 'CLOSED_PLANAR'; c.NumberOfContourPoints = len(points)",
            "    c.ContourData = [v for x, y in points for v in (10 + x, 20 + y, z)]; return c",
            "def roicontour(n, contours):",
            "    r = Dataset(); r.ReferencedROINumber = n; r.ContourSequence = Sequence(contours); return r",
            "square = [(0.5, 0.5), (3.5, 0.5), (3.5, 2.5), (0.5, 2.5)]",
            "hole = [(1.5, 0.8), (2.5, 0.8), (2.5, 1.5), (1.5, 1.5)]",
            "triangle = [(-0.5, -0.5), (4.2, -0.5), (-0.5, 4.2)]",
            "d.ROIContourSequence = Sequence([roicontour(1, [contour(square, 30), contour(hole, 30)]), roicontour(2, [contour(triangle, 32)])])",
            "d.is_little_endian = True",
            "d.is_implicit_VR = False",
            "d.save_as(sys.argv[1], write_like_original=False)");
        DicomTools.run(dir, "/usr/bin/python3", "-c", script, f.toString());
        return f;
    }

    @Test
    void knownPolygonsGiveTheHandComputedRaster() throws Exception {
        Volume labels = ImageIO.readMask(rtstruct(), GRID);
        // by hand: slice 0, centres with 0.5 < x < 3.5 and 0.5 < y < 2.5 are x 1..3, y 1..2, less the hole's (2, 1);
        // slice 1, centres inside the triangle x > -0.5, y > -0.5, x + y < 3.7 are those with x + y <= 3 (10 voxels)
        for (int z = 0; z < 2; z++)
            for (int y = 0; y < 5; y++)
                for (int x = 0; x < 6; x++) {
                    int expected = z == 0 ? (x >= 1 && x <= 3 && y >= 1 && y <= 2 && !(x == 2 && y == 1) ? 1 : 0) : (x + y <= 3 ? 2 : 0);
                    assertEquals(expected, labels.get(x, y, z), 0, "voxel " + x + "," + y + "," + z);
                }
    }

    /** ROIs by name: 'edema' first (label 1), then 'GTV' (label 2); an unknown name lists the ROIs there are. */
    @Test
    void roisAreChosenByName() throws Exception {
        Path f = rtstruct();
        Volume all = ImageIO.readMask(f, GRID), chosen = ImageIO.readMask(f + "::edema,GTV", GRID);
        for (int i = 0; i < all.voxels().length; i++) assertEquals(all.voxels()[i] == 2 ? 1 : all.voxels()[i] == 1 ? 2 : 0, chosen.voxels()[i], 0);
        Volume gtv = ImageIO.readMask(f + "::GTV", GRID);
        for (int i = 0; i < all.voxels().length; i++) assertEquals(all.voxels()[i] == 1 ? 1 : 0, gtv.voxels()[i], 0);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(f + "::CTV", GRID));
        assertEquals(f + ": no ROI named 'CTV'; the file holds 1 'GTV', 2 'Edema'", e.getMessage());
    }

    /**
     * A study folder: the RTSTRUCT beside its series (same Frame of Reference) is the mask; the series' voxels
     * must be the image's, so an image on another grid is refused naming the series.
     */
    @Test
    void studyFolderGivesTheRtstructOnItsSeries() throws Exception {
        Path study = Files.createDirectories(dir.resolve("study"));
        rtstruct(study.resolve("RS.dcm"));
        Path series = Files.createDirectories(study.resolve("MR"));
        for (int z = 0; z < 2; z++)
            TinyDicom.write(series.resolve("IM" + z + ".dcm"), "1.2.826.0.1.3680043.2.99.8", z + 1, new double[] {10, 20, 30 + 2 * z},
                new double[] {1, 0, 0, 0, 1, 0}, 1, 1, 1, 0, 6, 5, new short[30], java.util.Map.of(0x00200052, "UI:" + FRAME_OF_REFERENCE, 0x00200011, "IS:5"));
        Volume image = ImageIO.read(series);
        assertTrue(ImageIO.sameGrid(GRID, image.geometry()), image.geometry().toString());
        Volume fromFolder = ImageIO.readMask(study, image.geometry()), fromFile = ImageIO.readMask(study.resolve("RS.dcm"), GRID);
        assertArrayEquals(fromFile.voxels(), fromFolder.voxels(), 0);
        assertEquals(2, ImageIO.readMask(study + "::Edema,GTV", image.geometry()).get(1, 1, 0), 0);
        Geometry other = new Geometry(6, 5, 4, new double[] {1, 1, 1}, new double[] {10, 20, 30}, Geometry.identity());
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(study, other));
        assertEquals(study.resolve("RS.dcm") + ": the RTSTRUCT was drawn on series 5 (6x5x2, UID 1.2.826.0.1.3680043.2.99.8), whose voxels are not"
            + " the image's (6x5x2 vs 6x5x4): give that series as the image", e.getMessage());
        // the command line takes the same mask text: label 1 = Edema (10 voxels by hand), label 2 = GTV (5)
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int code = org.gliomaradiomics.cli.Main.run(new String[] {"label-stats", "--image", series.toString(), "--mask", study + "::Edema,GTV"},
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(java.nio.charset.StandardCharsets.UTF_8));
        List<String> rows = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.matches("^[12][,\\t].*")).toList();
        assertEquals(2, rows.size(), out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("10", rows.get(0).split("[,\\t]")[1]);
        assertEquals("5", rows.get(1).split("[,\\t]")[1]);
        // given alone (no image), the RTSTRUCT goes on the grid of its series found beside it, whether named as the folder or the file
        assertArrayEquals(fromFile.voxels(), ImageIO.readLabelMap(study.toString()).voxels(), 0);
        Files.move(study.resolve("RS.dcm"), series.resolve("RS.dcm"));
        Volume besideItsSeries = ImageIO.readLabelMap(series.resolve("RS.dcm") + "::GTV");
        assertEquals("6x5x2", besideItsSeries.geometry().sizeString());
        for (int i = 0; i < 60; i++) assertEquals(fromFile.voxels()[i] == 1 ? 1 : 0, besideItsSeries.voxels()[i], 0);
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Path lonely = rtstruct(alone.resolve("RS.dcm"));
        ImageFormatException none = assertThrows(ImageFormatException.class, () -> ImageIO.readLabelMap(lonely.toString()));
        assertEquals(lonely + ": an RTSTRUCT has no voxel grid of its own and the images it refers to are not in " + alone
            + ": give a folder holding both, or give it as the mask of its image", none.getMessage());
        Files.move(series.resolve("RS.dcm"), study.resolve("RS.dcm"));
        out.reset();
        code = org.gliomaradiomics.cli.Main.run(new String[] {"seg-metrics", "--reference", study + "::GTV,Edema", "--test", study + "::GTV,Edema"},
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith("2,1.0") || l.startsWith("2,1,")), out.toString());
        rtstruct(series.resolve("RS2.dcm"));
        e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(study, GRID));
        assertEquals(study + ": holds 2 DICOM SEG/RTSTRUCT files (MR/RS2.dcm, RS.dcm): give one of them as the mask", e.getMessage());
    }

    @Test
    void contoursBetweenSlicesAreRefused() throws Exception {
        Path f = rtstruct();
        Geometry shifted = GRID.withOrigin(new double[] {10, 20, 31});
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.readMask(f, shifted));
        assertTrue(e.getMessage().startsWith(f + ": a contour of ROI 1 'GTV' does not lie on a slice of the image grid"), e.getMessage());
    }
}
