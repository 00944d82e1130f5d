package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robustness command on synthetic cases: ICCs that are known without our code, and its errors. */
class RobustnessCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void cases() throws Exception {
        StringBuilder m = new StringBuilder("ID,Image,Mask,Label\n"), retest = new StringBuilder("ID,Image,Mask,Label,session\n");
        for (int seed = 1; seed <= 3; seed++) {
            CommandRunner r = CommandRunner.run("synth-case", "--seed", Integer.toString(seed), "--size", "40,40,28", "--spacing", "2,2,2",
                "--id", "c" + seed, "--out", dir.resolve("c" + seed).toString());
            assertEquals(0, r.code, r.toString());
            String row = "c" + seed + ",c" + seed + "/c" + seed + "_t1ce.nii.gz,c" + seed + "/c" + seed + "_seg.nii.gz,WT";
            m.append(row).append('\n');
            retest.append(row).append(",2021-01-01\n").append(row).append(",2021-01-08\n"); // the same scan twice
        }
        Files.writeString(dir.resolve("cases.csv"), m);
        Files.writeString(dir.resolve("retest.csv"), retest);
        Files.writeString(dir.resolve("params.yaml"), "setting: {binWidth: 25}\nfeatureClass:\n  morphology:\n  intensity_statistics:\n  glcm:\n");
    }

    @Test
    void volumeUnderWholeVoxelShiftsHasIccOneAndTheOutputsAreWritten() throws Exception {
        Path out = dir.resolve("shifts");
        CommandRunner r = CommandRunner.run("robustness", "--label", "WT", "--manifest", dir.resolve("cases.csv").toString(), "--params", dir.resolve("params.yaml").toString(),
            "--rotations", "0", "--translations", "0,1,2", "--volumes", "0", "--noise", "none", "--contours", "false", "--out-dir", out.toString());
        assertEquals(0, r.code, r.toString());
        List<String> lines = Files.readAllLines(out.resolve("robustness.csv"));
        String volume = lines.stream().filter(l -> l.startsWith("original_morphology_VolumeVoxelCounting,")).findFirst().orElseThrow();
        // a whole-voxel shift moves every voxel onto a voxel: the same count, so ICC(1,1) = ICC(2,1) = 1 with CI [1, 1], CV 0, 3 of 3 cases
        assertEquals("original_morphology_VolumeVoxelCounting,1,1,1,1,1,1,0,1,3,3", volume);
        for (String f : List.of("robustness.png", "robustness.svg", "conditions.csv")) assertTrue(Files.size(out.resolve(f)) > 0, f);
        assertTrue(Files.readString(out.resolve("conditions.csv")).contains("2: shift=1"));
    }

    @Test
    void identicalRescansGiveIccOneForEveryFeatureThatDiffersBetweenPatients() throws Exception {
        Path out = dir.resolve("retest");
        CommandRunner r = CommandRunner.run("robustness", "--label", "WT", "--manifest", dir.resolve("retest.csv").toString(), "--test-retest",
            "--params", dir.resolve("params.yaml").toString(), "--out-dir", out.toString());
        assertEquals(0, r.code, r.toString());
        List<String> lines = Files.readAllLines(out.resolve("robustness.csv"));
        assertTrue(lines.size() > 40, lines.size() + " features");
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            assertTrue(c[1].equals("1") || c[1].equals("NaN"), l); // NaN: the same value in every patient
            assertEquals("2", c[10], l);
        }
    }

    @Test
    void badInputIsAOneLineErrorWithExitCode2() throws Exception {
        CommandRunner neither = CommandRunner.run("robustness", "--label", "WT", "--out-dir", dir.resolve("x").toString());
        assertEquals(2, neither.code, neither.toString());
        assertTrue(neither.err.contains("give either an image and a mask, or --manifest"), neither.err);
        CommandRunner noise = CommandRunner.run("robustness", "--label", "WT", "--manifest", dir.resolve("cases.csv").toString(), "--noise", "loud",
            "--out-dir", dir.resolve("x").toString());
        assertEquals(2, noise.code, noise.toString());
        assertTrue(noise.err.contains("--noise: 'loud'"), noise.err);
        CommandRunner session = CommandRunner.run("robustness", "--label", "WT", "--manifest", dir.resolve("cases.csv").toString(), "--test-retest",
            "--out-dir", dir.resolve("x").toString());
        assertEquals(2, session.code, session.toString());
        assertTrue(session.err.contains("cases.csv: no 'session' column"), session.err);
        CommandRunner one = CommandRunner.run("robustness", "--label", "WT", "--manifest", dir.resolve("cases.csv").toString(), "--rotations", "0", "--volumes", "0",
            "--noise", "none", "--contours", "false", "--out-dir", dir.resolve("x").toString());
        assertEquals(2, one.code, one.toString());
        assertTrue(one.err.contains("an ICC needs at least 2"), one.err);
        assertTrue(!Files.exists(dir.resolve("x/robustness.csv")));
    }
}
