package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise: exit 2 for bad usage and bad option values, checked before any work (no progress line, no
 * file); an empty result is a warning, or an error where the output would mean nothing.
 */
class ExitCodesAndEmptyResultsTest {
    @TempDir
    Path dir;

    private static final String IMAGE = TestPaths.testImages().resolve("brain1/brain1_image.nrrd").toString();
    private static final String MASK = TestPaths.testImages().resolve("brain1/brain1_label.nrrd").toString();

    private static void usageError(CommandRunner r, String option) {
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains(option) && r.err.contains("--help"), r.err);
        assertFalse(r.err.contains("%"), "no work started: " + r.err); // progress lines are "[command] stage NN%"
    }

    @Test
    void badOptionValuesExit2BeforeAnyWork() {
        usageError(CommandRunner.run("extract", "--image", IMAGE, "--mask", MASK, "--format", "fancy"), "--format");
        usageError(CommandRunner.run("batch-extract", "--manifest", "m.csv", "--out", "o.csv", "--threads", "lots"), "--threads");
        usageError(CommandRunner.run("extract", "--image", IMAGE, "--mask", MASK, "--label", "WT,XT"), "--label");
        usageError(CommandRunner.run("label-stats", "--image", IMAGE, "--mask", MASK, "--no-such-option", "1"), "--no-such-option");
    }

    @Test
    void requiredOutputsAreCheckedBeforeAnyWork() {
        usageError(CommandRunner.run("threshold", "--image", IMAGE), "--out");
        usageError(CommandRunner.run("region-grow", "--image", IMAGE, "--seeds", "186,106,14"), "--out");
        usageError(CommandRunner.run("filter", "--params", TestPaths.testImages().resolve("ibsi2/2.a.yaml").toString(), "--out", "x.nii.gz"), "--image");
        usageError(CommandRunner.run("register", "--fixed", IMAGE, "--moving", IMAGE), "--out-image");
        usageError(CommandRunner.run("resample", "--image", IMAGE, "--labels", MASK, "--out", "r.nii.gz"), "--out-labels");
    }

    @Test
    void regionGrowingThatGrowsNothingIsAnError() {
        Path out = dir.resolve("grown.nii.gz");
        // brain1 is below 1,300 everywhere in the tumour (max 1266): no seed can be in [5000, 6000]
        CommandRunner r = CommandRunner.run("region-grow", "--image", IMAGE, "--seeds", "186,106,14", "--mode", "range",
            "--lower", "5000", "--upper", "6000", "--out", out.toString());
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains("grew 0 voxels") && r.err.contains("[5000.0, 6000.0]"), r.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void anEmptyBratsRegionIsAWarningAndAnEmptyMask() throws Exception {
        Path out = dir.resolve("et.nii.gz");
        CommandRunner r = CommandRunner.run("brats-regions", "--labels", MASK, "--region", "ET", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("warning: ") && r.err.contains("region ET is empty") && r.err.contains("labels: 1"), r.err);
        for (double v : ImageIO.read(out).voxels()) assertEquals(0, v);
        // WT of the same map is label 1: no warning
        r = CommandRunner.run("brats-regions", "--labels", MASK, "--region", "WT", "--out", dir.resolve("wt.nii.gz").toString());
        assertEquals(0, r.code, r.toString());
        assertFalse(r.err.contains("warning"), r.err);
    }

    @Test
    void anErosionThatRemovesEverythingWarns() {
        CommandRunner r = CommandRunner.run("morphology", "--mask", MASK, "--operation", "erode", "--radius-mm", "40",
            "--out", dir.resolve("e.nii.gz").toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("warning: ") && r.err.contains("removes every voxel"), r.err);
    }
}
