package org.gliomaradiomics.features.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.features.GlcmFamily;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --voxel-based} on brain1: one float NIfTI map per GLCM feature, NaN outside the ROI. */
class ExtractVoxelBasedCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesOneMapPerGlcmFeatureOnTheImageGrid() throws Exception {
        Path b = TestPaths.testImages().resolve("brain1");
        CommandRunner r = CommandRunner.run("extract", "--image", b.resolve("brain1_image.nrrd").toString(), "--mask", b.resolve("brain1_label.nrrd").toString(),
            "--voxel-based", "--kernel-radius", "1", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        long maps;
        try (var files = Files.list(dir)) {
            maps = files.filter(p -> p.getFileName().toString().matches("original_glcm_.+\\.nii\\.gz")).count();
        }
        assertEquals(new GlcmFamily().features().size(), maps);
        Volume image = ImageIO.read(b.resolve("brain1_image.nrrd"));
        Volume map = ImageIO.read(dir.resolve("original_glcm_JointEntropy.nii.gz"));
        Volume label = ImageIO.readMask(b.resolve("brain1_label.nrrd"), image.geometry());
        assertTrue(map.geometry().sameGrid(image.geometry(), 1e-4));
        assertEquals(DataType.FLOAT32, map.type());
        int inside = 0;
        for (int i = 0; i < map.voxels().length; i++) {
            boolean roi = label.voxels()[i] == 1;
            assertEquals(roi, !Double.isNaN(map.voxels()[i]), "voxel " + i);
            if (roi) inside++;
        }
        assertEquals(4137, inside);
    }
}
