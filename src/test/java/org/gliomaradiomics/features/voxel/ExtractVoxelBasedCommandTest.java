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

    @Test
    void pyRadiomicsParameterFileMapsTheEnabledFeaturesOfEachTextureClassAndSaysWhichItSkips() throws Exception {
        Path b = TestPaths.testImages().resolve("brain1");
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, String.join("\n", "imageType:", "  Original: {}", "  Square: {}", "featureClass:", "  shape:", "  glrlm: [RunEntropy, ShortRunEmphasis]",
            "  gldm:", "  ngtdm: [Busyness]", "setting:", "  binWidth: 25", "  gldm_a: 1", ""));
        Path out = dir.resolve("maps");
        CommandRunner r = CommandRunner.run("extract", "--image", b.resolve("brain1_image.nrrd").toString(), "--mask", b.resolve("brain1_label.nrrd").toString(),
            "--params", params.toString(), "--conventions", "pyradiomics", "--voxel-based", "--kernel-radius", "1", "--out-dir", out.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.toString().contains("no voxel-based maps for shape"), r.toString());
        java.util.List<String> names;
        try (var files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // The features listed for a class, every (non-deprecated) feature of a class listed without any; per image type.
        assertEquals(2 * (2 + 14 + 1), names.size(), names + "\n" + r);
        assertTrue(names.contains("square_glrlm_RunEntropy.nii.gz"), names.toString());
        assertTrue(names.containsAll(java.util.List.of("original_glrlm_RunEntropy.nii.gz", "original_glrlm_ShortRunEmphasis.nii.gz",
            "original_gldm_DependenceEntropy.nii.gz", "original_ngtdm_Busyness.nii.gz")), names.toString());
    }
}
