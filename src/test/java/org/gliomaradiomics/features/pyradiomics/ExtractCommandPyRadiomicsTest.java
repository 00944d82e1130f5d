package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.commands.CommandRunner;
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
