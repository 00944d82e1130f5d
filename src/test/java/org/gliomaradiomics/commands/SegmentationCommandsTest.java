package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segmentation commands end to end on a small synthetic case, through the command line in this JVM. */
class SegmentationCommandsTest {
    @TempDir
    Path dir;

    private static void ok(CommandRunner r) {
        assertEquals(0, r.code, r.toString());
    }

    private Path synth() {
        ok(CommandRunner.run("synth-case", "--seed", "3", "--size", "48,48,32", "--spacing", "2,2,2", "--out", dir.resolve("case").toString()));
        return dir.resolve("case");
    }

    @Test
    void synthCaseWritesBratsNamedFilesAndTruth() throws Exception {
        Path c = synth();
        for (String s : List.of("t1", "t1ce", "t2", "flair", "seg")) assertTrue(Files.exists(c.resolve("synth-3_" + s + ".nii.gz")), s);
        assertTrue(Files.readString(c.resolve("synth-3_truth.csv")).contains("WT,"));
        CommandRunner open = CommandRunner.run("open-case", "--input", c.toString());
        ok(open);
        assertTrue(open.out.contains("flair"), open.out);
    }

    @Test
    void shippedSyntheticCaseIsReproducedBitForBitFromItsSeed() throws Exception {
        Path shipped = org.gliomaradiomics.testutil.TestPaths.testImages().resolve("synthetic/synth-1");
        ok(CommandRunner.run("synth-case", "--seed", "1", "--size", "64,64,40", "--spacing", "2,2,2", "--out", dir.resolve("again").toString()));
        for (String s : List.of("t1", "t1ce", "t2", "flair", "seg"))
            assertTrue(java.util.Arrays.equals(ImageIO.read(shipped.resolve("synth-1_" + s + ".nii.gz")).voxels(),
                ImageIO.read(dir.resolve("again/synth-1_" + s + ".nii.gz")).voxels()), s);
        // the truth file agrees with the label map: WT volume = non-zero voxels x 8 mm3
        Volume seg = ImageIO.read(shipped.resolve("synth-1_seg.nii.gz"));
        String wt = Files.readAllLines(shipped.resolve("synth-1_truth.csv")).stream().filter(l -> l.startsWith("WT,")).findFirst().orElseThrow();
        assertEquals(Masks.count(Masks.nonZero(seg)) * 8.0, Double.parseDouble(wt.split(",")[1]), 1e-9);
    }

    @Test
    void bratsRegionsThenMetricsAgainstItselfGiveDiceOne() throws Exception {
        Path c = synth();
        Path wt = dir.resolve("wt.nii.gz");
        ok(CommandRunner.run("brats-regions", "--labels", c.resolve("synth-3_seg.nii.gz").toString(), "--region", "WT", "--out", wt.toString()));
        Volume seg = ImageIO.read(c.resolve("synth-3_seg.nii.gz"));
        Volume wtMask = ImageIO.read(wt);
        assertEquals(Masks.count(Masks.nonZero(seg)), Masks.count(Masks.nonZero(wtMask)));
        CommandRunner m = CommandRunner.run("seg-metrics", "--reference", wt.toString(), "--test", wt.toString());
        ok(m);
        assertTrue(m.out.lines().skip(1).findFirst().orElse("").startsWith("1,1,1,1,1,"), m.out);
    }

    @Test
    void componentsMorphologyAndRoiRoundTrip() throws Exception {
        Path c = synth();
        Path seg = c.resolve("synth-3_seg.nii.gz");
        Path comp = dir.resolve("comp.nii.gz"), dil = dir.resolve("dil.nii.gz"), zip = dir.resolve("rois.zip"), back = dir.resolve("back.nii.gz");
        ok(CommandRunner.run("components", "--mask", seg.toString(), "--keep-largest", "--out", comp.toString()));
        ok(CommandRunner.run("morphology", "--mask", comp.toString(), "--operation", "dilate", "--radius-mm", "2", "--out", dil.toString()));
        assertTrue(Masks.count(Masks.nonZero(ImageIO.read(dil))) > Masks.count(Masks.nonZero(ImageIO.read(comp))));
        ok(CommandRunner.run("labels-to-rois", "--labels", seg.toString(), "--out", zip.toString()));
        ok(CommandRunner.run("rois-to-labels", "--reference", seg.toString(), "--rois", zip.toString(), "--out", back.toString()));
        double[] a = ImageIO.read(seg).voxels(), b = ImageIO.read(back).voxels();
        int differ = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) differ++;
        assertEquals(0, differ, "label map -> ROIs -> label map must be lossless");
    }

    @Test
    void thresholdAndRegionGrowing() throws Exception {
        Path c = synth();
        Path t = dir.resolve("t.nii.gz"), g = dir.resolve("g.nii.gz");
        CommandRunner th = CommandRunner.run("threshold", "--image", c.resolve("synth-3_t1ce.nii.gz").toString(), "--method", "Otsu", "--out", t.toString());
        ok(th);
        assertTrue(th.out.contains("Otsu threshold"), th.out);
        ok(CommandRunner.run("region-grow", "--image", c.resolve("synth-3_t1ce.nii.gz").toString(), "--seeds", "24,24,16", "--out", g.toString()));
        assertTrue(Masks.count(Masks.nonZero(ImageIO.read(g))) > 0);
    }

    @Test
    void voxelClassifierTrainsAndRefusesMismatchedSequences() throws Exception {
        Path c = synth();
        Path model = dir.resolve("m.model"), out = dir.resolve("pred.nii.gz");
        ok(CommandRunner.run("seg-train", "--case-dir", c.toString(), "--samples-per-class", "300", "--options", "-I 20", "--model", model.toString()));
        ok(CommandRunner.run("seg-apply", "--case-dir", c.toString(), "--model", model.toString(), "--out", out.toString()));
        CommandRunner m = CommandRunner.run("seg-metrics", "--reference", c.resolve("synth-3_seg.nii.gz").toString(), "--test", out.toString(), "--brats-regions");
        ok(m);
        String wt = m.out.lines().filter(l -> l.startsWith("WT,")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(wt.split(",")[1]) > 0.8, "WT Dice on the training case: " + wt);
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.copy(c.resolve("synth-3_t1.nii.gz"), other.resolve("x_t1.nii.gz"));
        CommandRunner refused = CommandRunner.run("seg-apply", "--case-dir", other.toString(), "--model", model.toString(), "--out", dir.resolve("x.nii.gz").toString());
        assertEquals(1, refused.code);
        assertTrue(refused.err.contains("t1ce") || refused.err.contains("flair"), refused.err);
    }
}
