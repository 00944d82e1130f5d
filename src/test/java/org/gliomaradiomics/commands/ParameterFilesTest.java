package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.testutil.PyRadiomicsBaseline;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter files as users write them: a PyRadiomics file is recognised (or refused with what to choose), the
 * {@code filter} command reads extract's imageType syntax with IBSI defaults, and every problem of a file is reported
 * in one message.
 */
class ParameterFilesTest {
    @TempDir
    Path dir;

    private static final Path IMAGE = TestPaths.testImages().resolve("brain1/brain1_image.nrrd");
    private static final Path MASK = TestPaths.testImages().resolve("brain1/brain1_label.nrrd");
    private static final Path PYRADIOMICS = PyRadiomicsBaseline.resources();

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aPyRadiomicsFileWithoutConventionsGivesPyRadiomicsValuesAndSaysSo() throws Exception {
        Path out = dir.resolve("b1.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGE.toString(), "--mask", MASK.toString(),
            "--params", PYRADIOMICS.resolve("original.yaml").toString(), "--format", "wide", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("note: ") && r.err.contains("original.yaml is a PyRadiomics parameter file")
            && r.err.contains("setting.voxelArrayShift") && r.err.contains("--conventions ibsi"), r.err);
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)).getRecords().get(0);
        PyRadiomicsBaseline.assertOriginal(row::get, "brain1"); // PyRadiomics' own values, under PyRadiomics' names
    }

    @Test
    void aFileMixingBothConventionsIsRefusedWithWhatToChoose() throws Exception {
        Path p = file("mixed.yaml", "featureClass:\n  glcm:\nsetting:\n  binWidth: 25\n  voxelArrayShift: 300\n  aggregation: [3D]\n");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGE.toString(), "--mask", MASK.toString(), "--params", p.toString());
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains("setting.voxelArrayShift") && r.err.contains("setting.aggregation")
            && r.err.contains("--conventions pyradiomics") && r.err.contains("--conventions ibsi"), r.err);
        assertEquals("", r.out);
    }

    @Test
    void aFileNeitherConventionClaimsIsReadAsIbsiWithANote() throws Exception {
        Path p = file("plain.yaml", "featureClass:\n  glcm:\nsetting:\n  binWidth: 25\n");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGE.toString(), "--mask", MASK.toString(), "--params", p.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("note: ") && r.err.contains("IBSI definitions"), r.err);
        assertTrue(r.out.contains(",glcm,JointMaximum,GYBY,3D:avg,"), r.out.substring(0, Math.min(400, r.out.length())));
    }

    @Test
    void everyProblemOfAnIbsiFileInOneMessage() throws Exception {
        Path p = file("bad.yaml", "imageType:\n  LoG: {sigmaa: [1.0], padding: reflectx}\n  Laws: {kernel: [E5L5S5], pooling: biggest}\n"
            + "featureClass:\n  glcmm:\nsetting:\n  conventions: ibsi\n  binWidht: 25\n  binCount: -1\n  interpolator: sitkWobbly\n");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGE.toString(), "--mask", MASK.toString(), "--params", p.toString());
        assertEquals(1, r.code, r.toString());
        String err = r.err.lines().filter(l -> l.startsWith("error:")).findFirst().orElseThrow();
        for (String problem : List.of("setting.binWidht", "setting.binCount", "setting.interpolator", "featureClass.glcmm",
            "imageType.LoG: unknown parameter 'sigmaa'", "imageType.LoG: unknown padding 'reflectx'", "imageType.Laws: unknown pooling 'biggest'"))
            assertTrue(err.contains(problem), problem + " in " + err);
        assertTrue(err.contains("bad.yaml: 8 problems: "), err);
    }

    @Test
    void everyProblemOfAPyRadiomicsFileInOneMessage() throws Exception {
        Path p = file("badpy.yaml", "imageType:\n  Original: {}\n  LoG: {sigma: [1.0, x]}\nfeatureClass:\n  firstorder:\n  glcmm:\n"
            + "setting:\n  binWidth: -5\n  voxelArrayShift: lots\n  normalise: true\n");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGE.toString(), "--mask", MASK.toString(), "--params", p.toString(),
            "--conventions", "pyradiomics");
        assertEquals(1, r.code, r.toString());
        for (String problem : List.of("binWidth", "voxelArrayShift", "'normalise'", "glcmm", "LoG"))
            assertTrue(r.err.contains(problem), problem + " in " + r.err);
    }

    @Test
    void filterFileTakesExtractsSyntaxWithIbsiDefaults() throws Exception {
        Path image = TestPaths.testImages().resolve("ibsi1/phantom.nii.gz");
        // the explicit IBSI 2 form, and the imageType form: type name as in extract, sigma in a list, padding mirror and
        // dimensionality 3D by default
        Path explicit = file("explicit.yaml", "filter:\n  type: log\n  dimensionality: 3D\n  padding: mirror\n  sigma_mm: 2\n  truncation: 4\n");
        Path imageTypeForm = file("short.yaml", "type: LoG\nsigma: [2]\n");
        Path lawsExplicit = file("laws1.yaml", "type: laws\nkernel: E5L5S5\npadding: mirror\ndimensionality: 3D\n");
        Path lawsList = file("laws2.yaml", "type: Laws\nkernel: [E5L5S5]\n");
        double[][] maps = new double[4][];
        Path[] files = {explicit, imageTypeForm, lawsExplicit, lawsList};
        for (int i = 0; i < files.length; i++) {
            Path out = dir.resolve("r" + i + ".nii.gz");
            CommandRunner r = CommandRunner.run("filter", "--image", image.toString(), "--params", files[i].toString(), "--out", out.toString());
            assertEquals(0, r.code, r.toString());
            maps[i] = ImageIO.read(out).voxels();
        }
        assertArrayEquals(maps[0], maps[1]);
        assertArrayEquals(maps[2], maps[3]);
        assertFalse(java.util.Arrays.equals(maps[0], maps[2]));
    }

    @Test
    void filterFileWithSeveralValuesOrSeveralProblemsSaysSoAtOnce() throws Exception {
        Path image = TestPaths.testImages().resolve("ibsi1/phantom.nii.gz");
        CommandRunner r = CommandRunner.run("filter", "--image", image.toString(), "--params",
            file("two.yaml", "type: LoG\nsigma: [1, 2.5]\n").toString(), "--out", dir.resolve("x.nii.gz").toString());
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains("log-sigma-1-mm-3D") && r.err.contains("log-sigma-2-5-mm-3D"), r.err);
        r = CommandRunner.run("filter", "--image", image.toString(), "--params",
            file("bad.yaml", "type: gabor\nsigma_mm: five\nlambda_mm: 2\npadding: reflectx\ncolour: red\n").toString(), "--out", dir.resolve("y.nii.gz").toString());
        assertEquals(1, r.code, r.toString());
        for (String problem : List.of("'sigma_mm' (or 'sigma') for filter type gabor: expected a number, got 'five'", "'gamma' for filter type gabor is missing", "unknown padding 'reflectx'", "unknown parameter 'colour'"))
            assertTrue(r.err.contains(problem), problem + " in " + r.err);
        assertTrue(r.err.contains("bad.yaml: 4 problems"), r.err);
        assertFalse(Files.exists(dir.resolve("y.nii.gz")));
    }

    /** IBSI 2 reference maps from files in the short form (../shared). */
    @Test
    void shortFormFilterFilesReproduceIbsi2ReferenceMaps() throws Exception {
        Path ibsi2 = TestPaths.sharedOrSkip().resolve("reference/ibsi2");
        // 2.b: LoG sigma 5 mm, mirror, 3D; 3.b.1: Laws E3W5R5, mirror, 3D (test-images/ibsi2/*.yaml in the explicit form)
        Map<String, String> cases = Map.of("2_b", "type: LoG\nsigma: [5]\n", "3_b_1", "type: Laws\nkernel: [E3W5R5]\n");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path out = dir.resolve(c.getKey() + ".nii.gz");
            CommandRunner r = CommandRunner.run("filter", "--image", ibsi2.resolve("phantoms/checkerboard.nii.gz").toString(),
                "--params", file(c.getKey() + ".yaml", c.getValue()).toString(), "--out", out.toString());
            assertEquals(0, r.code, r.toString());
            double[] got = ImageIO.read(out).voxels(), ref = ImageIO.read(ibsi2.resolve("reference_response_maps/" + c.getKey() + "-ValidCRM.nii")).voxels();
            double min = Double.MAX_VALUE, max = -Double.MAX_VALUE, worst = 0;
            for (double v : ref) { min = Math.min(min, v); max = Math.max(max, v); }
            for (int i = 0; i < ref.length; i++) worst = Math.max(worst, Math.abs(got[i] - ref[i]));
            assertTrue(worst <= 0.01 * (max - min), c.getKey() + ": max error " + worst + " of range " + (max - min));
        }
    }
}
