package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Public DICOM test files of pydicom and nibabel (Debian packages), checked against pydicom and dcm2niix. */
class DicomPublicFilesTest {
    @TempDir
    Path dir;

    /** Every transfer syntax of pydicom's MR/CT/RT dose files that is greyscale gives pydicom's rescaled values. */
    @Test
    void voxelsEqualPydicom() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : new String[] {"MR_small.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm", "MR_small_expb.dcm", "MR_small_RLE.dcm",
            "MR_small_padded.dcm", "CT_small.dcm", "rtdose.dcm", "rtdose_expb.dcm", "rtdose_rle.dcm", "rtdose_rle_1frame.dcm", "image_dfl.dcm"})
            files.add(DicomTools.pydicomFile(name));
        Map<Path, double[]> expected = DicomTools.pydicomValues(files);
        for (Path f : files.subList(0, files.size() - 1)) {
            Volume v = ImageIO.read(f);
            // pydicom's frames run in file order; ours by position along the normal, which the RT dose grid offsets also follow
            assertArrayEquals(expected.get(f), v.voxels(), 1e-6, f.toString());
        }
        // deflate: the data set is inflated (the pixels are pydicom's), and the missing Pixel Spacing is a plain
        // message, not the old "malformed image (-954870052)"
        Path f = files.get(files.size() - 1);
        DicomDataset d = DicomSeriesReader.parse(f);
        assertEquals(DicomDataset.DEFLATED, d.transferSyntax);
        int[] stored = DicomPixels.of(d).frame(0);
        for (int i = 0; i < stored.length; i++) assertEquals(expected.get(f)[i], stored[i], 1e-9, "pixel " + i);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(f));
        assertEquals(f + ": no Pixel Spacing (0028,0030): the voxel size in mm is unknown", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "MR_truncated.dcm|DICOM element (7FE0,0010) declares 8192 bytes but the file has 8130 left (truncated or damaged file)",
        "SC_ybr_full_422_uncompressed.dcm|colour DICOM image (Photometric Interpretation YBR_FULL_422, 3 samples per pixel)",
        "SC_rgb_rle.dcm|colour DICOM image (Photometric Interpretation RGB, 3 samples per pixel)",
        "liver_1frame.dcm|is a DICOM Segmentation (SEG)",
        "rtplan.dcm|is a DICOM object without pixel data (SOP class 1.2.840.10008.5.1.4.1.1.481.5)",
        "GDCMJ2K_TextGBR.dcm|colour DICOM image (Photometric Interpretation YBR_RCT, 3 samples per pixel)",
        "JPEG2000-embedded-sequence-delimiter.dcm|JPEG 2000 (1.2.840.10008.1.2.4.91) data cannot be decoded: damaged JPEG 2000 data"})
    void problemsAreOneLineNamingTheFile(String fileAndMessage) throws Exception {
        String[] parts = fileAndMessage.split("\\|");
        Path f = DicomTools.pydicomFile(parts[0]);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(f));
        assertTrue(e.getMessage().startsWith(f + ": " + parts[1]), e.getMessage());
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("Exception") && !e.getMessage().contains("null"), e.getMessage());
    }

    /** pydicom's DICOMDIR tests: a DICOMDIR beside images is skipped; a folder of DICOMDIRs alone says what it holds. */
    @Test
    void dicomdirIsNotAnImage() throws Exception {
        Path src = DicomTools.pydicomFile("dicomdirtests/DICOMDIR");
        Path folder = Files.createDirectory(dir.resolve("with-dicomdir"));
        Files.copy(src, folder.resolve("DICOMDIR"));
        Files.copy(DicomTools.pydicomFile("MR_small.dcm"), folder.resolve("IM1"));
        assertEquals("64x64x1", ImageIO.read(folder).geometry().sizeString());
        Files.delete(folder.resolve("IM1"));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(folder));
        assertEquals(folder + ": no DICOM images in the folder (DICOMDIR: a DICOMDIR (an index of files, no image))", e.getMessage());
    }

    /** nibabel's Siemens DWI mosaic against dcm2niix: 896x896 becomes 128x128x48 (its pixels are blank: geometry only). */
    @ParameterizedTest
    @ValueSource(strings = {"siemens_dwi_1000.dcm"})
    void mosaicMatchesDcm2niix(String name) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("mosaic"));
        DicomTools.nibabelFile(name, folder);
        Volume ours = ImageIO.read(folder);
        Volume theirs = DicomTools.dcm2niix(folder, dir.resolve("out"));
        assertEquals(48, ours.nz());
        DicomTools.assertSameWorldVoxels(theirs, ours, 0.01);
    }

    /** nibabel's 256x256 mosaic of 48 tiles does not divide into a 7x7 grid: refused (nibabel refuses it too). */
    @Test
    void mosaicThatDoesNotDivideIsRefused() throws Exception {
        Path f = DicomTools.nibabelFile("0.dcm", dir);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(f));
        assertEquals(f + ": Siemens MOSAIC of 48 images does not divide its 256 x 256 pixels", e.getMessage());
    }

    /** nibabel's Philips enhanced multi-frame MPRAGE (176 frames placed by per-frame functional groups) against dcm2niix. */
    @Test
    void enhancedMultiFrameMatchesDcm2niix() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("enhanced"));
        DicomTools.nibabelFile("philips_mprage.dcm", folder);
        Volume ours = ImageIO.read(folder);
        assertEquals("256x256x176", ours.geometry().sizeString());
        DicomTools.assertSameWorldVoxels(DicomTools.dcm2niix(folder, dir.resolve("out")), ours, 0.01);
    }
}
