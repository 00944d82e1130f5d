package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageIOTest {
    @TempDir
    Path dir;

    private static Volume small() {
        return new Volume(Geometry.of(3, 2, 2, 1, 1, 1), new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, DataType.UINT8);
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void formatsAreRecognisedByContentNotName() throws Exception {
        Volume v = small();
        ImageIO.write(v, dir.resolve("a.nii"));
        ImageIO.write(v, dir.resolve("b.nii.gz"));
        ImageIO.write(v, dir.resolve("c.nrrd"));
        ImageIO.write(v, dir.resolve("d.tif"));
        assertEquals(ImageIO.Format.NIFTI, ImageIO.detect(dir.resolve("a.nii")));
        assertEquals(ImageIO.Format.NIFTI, ImageIO.detect(dir.resolve("b.nii.gz")));
        assertEquals(ImageIO.Format.NRRD, ImageIO.detect(dir.resolve("c.nrrd")));
        assertEquals(ImageIO.Format.TIFF, ImageIO.detect(dir.resolve("d.tif")));
        Files.move(dir.resolve("b.nii.gz"), dir.resolve("misnamed.nrrd"));
        assertArrayEquals(v.voxels(), ImageIO.read(dir.resolve("misnamed.nrrd")).voxels(), 0.0);
    }

    @Test
    void writesLeaveOnlyTheTargetAndReplaceOldFiles() throws Exception {
        Volume v = small();
        for (String name : new String[] {"x.nii", "x.nii.gz", "x.nrrd", "x.tiff"}) {
            ImageIO.write(v, dir.resolve(name));
            ImageIO.write(v, dir.resolve(name)); // overwrite
        }
        ImageIO.write(v, dir.resolve("y.nhdr"));
        assertEquals(List.of("x.nii", "x.nii.gz", "x.nrrd", "x.tiff", "y.nhdr", "y.raw.gz"), names());
    }

    @Test
    void writingIntoAMissingFolderFailsClearly() {
        Path target = dir.resolve("no/such/folder/x.nii.gz");
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.write(small(), target));
        assertTrue(e.getMessage().startsWith(target + ": folder "), e.getMessage());
    }

    @Test
    void maskWithFloat32RoundedGridIsAcceptedAndSnapped() throws Exception {
        double c = Math.cos(0.3), s = Math.sin(0.3);
        Geometry image = new Geometry(3, 2, 2, new double[] {0.9765625, 0.9765625, 3.3}, new double[] {12.3456789012, -45.6789012345, 78.9012345678},
            new double[] {c, -s, 0, s, c, 0, 0, 0, 1});
        Path mask = dir.resolve("mask.nii"); // NIfTI-1 stores the affine as float32
        ImageIO.write(small().withGeometry(image), mask);
        Geometry stored = ImageIO.read(mask).geometry();
        assertFalse(stored.sameGrid(image, 1e-9), "float32 rounding changed the stored grid");
        Volume m = ImageIO.readMask(mask, image);
        assertSame(image, m.geometry());
        assertArrayEquals(small().voxels(), m.voxels(), 0.0);
    }

    @Test
    void sameGridToleratesRoundingButNotRealShifts() {
        Geometry a = Geometry.of(2, 2, 2, 1, 1, 1).withOrigin(new double[] {100, 200, 300});
        assertTrue(ImageIO.sameGrid(a, a.withOrigin(new double[] {100.00005, 200, 300})));
        assertFalse(ImageIO.sameGrid(a, a.withOrigin(new double[] {100.01, 200, 300})));
        assertFalse(ImageIO.sameGrid(a, a.withSpacing(new double[] {1, 1, 1.001})));
        assertFalse(ImageIO.sameGrid(a, a.withSize(2, 2, 3)));
    }
}
