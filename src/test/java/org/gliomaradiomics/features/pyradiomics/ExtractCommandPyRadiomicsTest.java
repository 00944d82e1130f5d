package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.PyRadiomicsBaseline;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --conventions pyradiomics} with a PyRadiomics parameter file, as a user moving a study runs it. */
class ExtractCommandPyRadiomicsTest {
    @TempDir
    Path dir;

    @Test
    void originalConfigurationOfBrain1MatchesTheBaseline() throws Exception {
        Path resources = TestPaths.project().resolve("src/test/resources/pyradiomics");
        Path out = dir.resolve("b1.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", TestPaths.testImages().resolve("brain1/brain1_image.nrrd").toString(),
            "--mask", TestPaths.testImages().resolve("brain1/brain1_label.nrrd").toString(), "--params", resources.resolve("original.yaml").toString(),
            "--conventions", "pyradiomics", "--format", "wide", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)).getRecords().get(0);
        PyRadiomicsBaseline.assertOriginal(row::get, "brain1");
    }

    /**
     * A mask on another grid (one more column, the origin one voxel further along the image's first axis, so every
     * label sits at the same place in space) with correctMask: PyRadiomics resamples it onto the image's grid by
     * nearest neighbour, and brain1's PyRadiomics baseline comes out. Without correctMask the mask is refused, as
     * PyRadiomics refuses it, naming the file and the setting.
     */
    @Test
    void maskOnAnotherGridIsPlacedWithCorrectMaskAndRefusedWithout() throws Exception {
        Path image = TestPaths.testImages().resolve("brain1/brain1_image.nrrd");
        Volume labels = ImageIO.read(TestPaths.testImages().resolve("brain1/brain1_label.nrrd"));
        Geometry g = labels.geometry();
        double[] origin = g.origin().clone(), d = g.direction();
        for (int a = 0; a < 3; a++) origin[a] -= g.spacing(0) * d[3 * a]; // column 0 of the direction: the first axis
        Volume shifted = Volume.allocate(new Geometry(g.nx + 1, g.ny, g.nz, g.spacing(), origin, d), labels.type());
        for (int z = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++) shifted.set(shifted.geometry().index(x + 1, y, z), labels.get(g.index(x, y, z)));
        Path mask = dir.resolve("shifted_label.nii.gz");
        ImageIO.write(shifted, mask);
        String original = Files.readString(TestPaths.project().resolve("src/test/resources/pyradiomics/original.yaml"));
        Path corrected = dir.resolve("corrected.yaml"), plain = dir.resolve("plain.yaml");
        Files.writeString(corrected, original.replace("setting:\n", "setting:\n  correctMask: true\n"));
        Files.writeString(plain, original);
        Path out = dir.resolve("b1.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", image.toString(), "--mask", mask.toString(), "--params", corrected.toString(),
            "--conventions", "pyradiomics", "--format", "wide", "--out", out.toString());
        assertEquals(0, r.code, r.toString() + r.err);
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)).getRecords().get(0);
        PyRadiomicsBaseline.assertOriginal(row::get, "brain1");

        r = CommandRunner.run("extract", "--image", image.toString(), "--mask", mask.toString(), "--params", plain.toString(),
            "--conventions", "pyradiomics");
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains("shifted_label.nii.gz") && r.err.contains("grid") && r.err.contains("correctMask"), r.err);
    }

    @Test
    void unknownPyRadiomicsSettingIsNamed() throws Exception {
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "setting:\n  binWidht: 25\n");
        CommandRunner r = CommandRunner.run("extract", "--image", TestPaths.testImages().resolve("ibsi1/phantom.nii.gz").toString(),
            "--mask", TestPaths.testImages().resolve("ibsi1/mask.nii.gz").toString(), "--params", params.toString(), "--conventions", "pyradiomics");
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains("binWidht"), r.err);
    }
}
