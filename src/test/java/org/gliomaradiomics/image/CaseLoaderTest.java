package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLoaderTest {
    @TempDir
    Path dir;
    Volume image;
    Volume mask;

    @BeforeEach
    void readPhantom() throws Exception {
        image = ImageIO.read(NiftiIOTest.phantom());
        mask = ImageIO.read(NiftiIOTest.phantom().resolveSibling("mask.nii.gz"));
    }

    private Volume scaled(double factor) {
        double[] v = image.voxels().clone();
        for (int i = 0; i < v.length; i++) v[i] *= factor;
        return new Volume(image.geometry(), v, image.type());
    }

    @Test
    void brats2020FolderInCanonicalOrder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("BraTS20_Training_001"));
        // Written out of order, and one plain .nii, to check ordering and both extensions.
        ImageIO.write(scaled(4), folder.resolve("BraTS20_Training_001_flair.nii.gz"));
        ImageIO.write(scaled(1), folder.resolve("BraTS20_Training_001_t1.nii.gz"));
        ImageIO.write(mask, folder.resolve("BraTS20_Training_001_seg.nii.gz"));
        ImageIO.write(scaled(3), folder.resolve("BraTS20_Training_001_t2.nii"));
        ImageIO.write(scaled(2), folder.resolve("BraTS20_Training_001_t1ce.nii.gz"));
        Files.writeString(folder.resolve("notes.txt"), "ignored");
        MriCase c = CaseLoader.open(folder);
        assertEquals("BraTS20_Training_001", c.id());
        assertEquals(List.of("t1", "t1ce", "t2", "flair"), List.copyOf(c.sequences().keySet()));
        assertArrayEquals(scaled(2).voxels(), c.sequence("t1ce").orElseThrow().voxels(), 0.0);
        assertEquals(74L, c.labelCounts().get(1)); // IBSI phantom ROI
        String summary = c.summary();
        assertTrue(summary.contains("4 sequences (t1, t1ce, t2, flair)"), summary);
        assertTrue(summary.contains("size 5x4x4 voxels, spacing 2 x 2 x 2 mm"), summary);
        assertTrue(summary.contains("labels: 1 (74 voxels)"), summary);
    }

    @Test
    void brats2023Names() throws Exception {
        for (String s : new String[] {"t2f", "t1c", "t2w", "t1n"}) ImageIO.write(image, dir.resolve("BraTS-GLI-00000-000-" + s + ".nii"));
        ImageIO.write(mask, dir.resolve("BraTS-GLI-00000-000-seg.nii"));
        MriCase c = CaseLoader.open(dir);
        assertEquals("BraTS-GLI-00000-000", c.id());
        assertEquals(List.of("t1n", "t1c", "t2w", "t2f"), List.copyOf(c.sequences().keySet()));
        assertTrue(c.labels().isPresent());
    }

    @Test
    void explicitFilesKeepTheirOrderAndNames() throws Exception {
        Path a = dir.resolve("post_contrast.nrrd"), b = dir.resolve("pre.nii.gz");
        ImageIO.write(image, a);
        ImageIO.write(image, b);
        MriCase c = CaseLoader.open(List.of(a, b));
        assertEquals(List.of("post_contrast", "pre"), List.copyOf(c.sequences().keySet()));
        assertFalse(c.labels().isPresent());
        assertTrue(c.summary().contains("labels: no label map"), c.summary());
    }

    @Test
    void gridMismatchNamesBothFiles() throws Exception {
        Path t1 = dir.resolve("X_t1.nii.gz"), t2 = dir.resolve("X_t2.nii.gz");
        ImageIO.write(image, t1);
        ImageIO.write(image.withGeometry(image.geometry().withSpacing(new double[] {2, 2, 2.5})), t2);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> CaseLoader.open(dir));
        assertEquals(t2 + ": grid differs from " + t1 + " (spacing [2.0, 2.0, 2.0] vs [2.0, 2.0, 2.5])", e.getMessage());
    }

    @Test
    void severalCasesInOneFolderAreRefused() throws Exception {
        ImageIO.write(image, dir.resolve("A_t1.nii.gz"));
        ImageIO.write(image, dir.resolve("B_t1.nii.gz"));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> CaseLoader.open(dir));
        assertTrue(e.getMessage().contains("several cases (A, B)") || e.getMessage().contains("several cases (B, A)"), e.getMessage());
    }

    @Test
    void folderWithoutBratsNames() throws Exception {
        ImageIO.write(image, dir.resolve("image.nii.gz"));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> CaseLoader.open(dir));
        assertTrue(e.getMessage().startsWith(dir + ": no BraTS-named images"), e.getMessage());
    }
}
