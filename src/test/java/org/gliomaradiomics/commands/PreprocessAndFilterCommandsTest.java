package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preprocessing and filter commands end to end through the command line in this JVM. */
class PreprocessAndFilterCommandsTest {
    @TempDir
    Path dir;
    Path t1, t2, seg;

    private static void ok(CommandRunner r) {
        assertEquals(0, r.code, r.toString());
    }

    @BeforeEach
    void synth() {
        ok(CommandRunner.run("synth-case", "--seed", "5", "--size", "48,48,32", "--spacing", "2,2,2", "--out", dir.toString()));
        t1 = dir.resolve("synth-5_t1.nii.gz");
        t2 = dir.resolve("synth-5_t2.nii.gz");
        seg = dir.resolve("synth-5_seg.nii.gz");
    }

    @Test
    void normalizeZScoreInsideABrainMaskGivesMeanZeroSdOne() throws Exception {
        Path brain = dir.resolve("brain.nii.gz"), z = dir.resolve("z.nii.gz");
        ok(CommandRunner.run("brain-mask", "--image", t1.toString(), "--out", brain.toString()));
        ok(CommandRunner.run("normalize", "--image", t1.toString(), "--method", "zscore", "--mask", brain.toString(), "--out", z.toString()));
        double[] v = ImageIO.read(z).voxels(), m = ImageIO.read(brain).voxels();
        double sum = 0, sq = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) if (m[i] != 0) { sum += v[i]; sq += v[i] * v[i]; n++; }
        assertTrue(n > 1000);
        assertEquals(0, sum / n, 1e-4);
        assertEquals(1, Math.sqrt(sq / n - (sum / n) * (sum / n)), 1e-3);
    }

    /** The same voxels with the origin moved by d: the fixed-to-moving transform is the translation by d. */
    @Test
    void registerWritesAnItkTransformFileAndStartsFromOne() throws Exception {
        org.gliomaradiomics.image.Volume v = ImageIO.read(t1);
        double[] d = {6, -4, 2}, o = v.geometry().origin();
        Path moved = dir.resolve("moved.nii.gz"), tfm = dir.resolve("r.tfm"), again = dir.resolve("again.txt");
        ImageIO.write(new org.gliomaradiomics.image.Volume(v.geometry().withOrigin(new double[] {o[0] + d[0], o[1] + d[1], o[2] + d[2]}),
            v.voxels(), v.type()), moved);
        ok(CommandRunner.run("register", "--fixed", t1.toString(), "--moving", moved.toString(), "--metric", "ncc", "--out-transform", tfm.toString()));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(tfm);
        assertEquals("#Insight Transform File V1.0", lines.get(0));
        assertEquals("Transform: AffineTransform_double_3_3", lines.get(2));
        String[] p = lines.get(3).substring("Parameters: ".length()).split(" ");
        for (int i = 0; i < 9; i++) assertEquals(i % 4 == 0 ? 1 : 0, Double.parseDouble(p[i]), 0.01, "matrix " + i);
        for (int i = 0; i < 3; i++) assertEquals(d[i], Double.parseDouble(p[9 + i]), 0.3, "translation " + i);
        assertEquals("FixedParameters: 0 0 0", lines.get(4));
        // the ITK file as the starting point of another run, whose result is a 4x4 text file
        ok(CommandRunner.run("register", "--fixed", t1.toString(), "--moving", moved.toString(), "--metric", "ncc",
            "--initial-transform", tfm.toString(), "--out-transform", again.toString()));
        double[] m = org.gliomaradiomics.preprocess.WorldTransform.parseFile(org.gliomaradiomics.image.TextFiles.read(again), again.toString()).matrix();
        for (int i = 0; i < 3; i++) assertEquals(d[i], m[4 * i + 3], 0.3, "translation " + i);
    }

    @Test
    void nyulTrainThenApply() throws Exception {
        Path lm = dir.resolve("landmarks.csv"), out = dir.resolve("nyul.nii.gz");
        ok(CommandRunner.run("nyul-train", "--images", t1 + "," + t2, "--out", lm.toString()));
        assertTrue(Files.readString(lm).startsWith("percentile,standard_value"));
        ok(CommandRunner.run("normalize", "--image", t1.toString(), "--method", "nyul", "--landmarks", lm.toString(), "--out", out.toString()));
    }

    @Test
    void biasCorrectionWritesImageAndField() throws Exception {
        Path out = dir.resolve("n4.nii.gz"), field = dir.resolve("field.nii.gz");
        ok(CommandRunner.run("bias-correct", "--image", t1.toString(), "--shrink-factor", "2", "--iterations", "20,20", "--out", out.toString(), "--field", field.toString()));
        assertEquals(ImageIO.read(t1).geometry().sizeString(), ImageIO.read(field).geometry().sizeString());
    }

    @Test
    void registeringAnImageToItselfGivesTheIdentity() throws Exception {
        Path tf = dir.resolve("t.txt"), labels = dir.resolve("labels.nii.gz");
        ok(CommandRunner.run("register", "--fixed", t1.toString(), "--moving", t1.toString(), "--metric", "ncc",
            "--moving-labels", seg.toString(), "--out-labels", labels.toString(), "--out-transform", tf.toString()));
        List<String> rows = Files.readAllLines(tf).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertEquals(4, rows.size());
        for (int r = 0; r < 3; r++) {
            String[] c = rows.get(r).trim().split("\\s+");
            for (int k = 0; k < 3; k++) assertEquals(r == k ? 1 : 0, Double.parseDouble(c[k]), 0.01, rows.toString());
            assertEquals(0, Double.parseDouble(c[3]), 0.5, "translation in mm: " + rows);
        }
        double[] a = ImageIO.read(seg).voxels(), b = ImageIO.read(labels).voxels();
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        assertTrue(same > 0.995 * a.length, "labels resampled by the identity stay put");
    }

    @Test
    void resampleToIsotropicKeepsImageAndLabelsOnOneGrid() throws Exception {
        Path img = dir.resolve("iso.nii.gz"), lab = dir.resolve("iso_seg.nii.gz");
        ok(CommandRunner.run("resample", "--image", t1.toString(), "--labels", seg.toString(), "--spacing-mm", "3", "--out", img.toString(), "--out-labels", lab.toString()));
        Volume a = ImageIO.read(img), b = ImageIO.read(lab);
        assertTrue(a.geometry().sameGrid(b.geometry(), 1e-6));
        assertEquals(3.0, a.geometry().spacing(0), 1e-9);
    }

    @Test
    void filterCommandReproducesIbsi2LaplacianOfGaussian() throws Exception {
        Path shared = TestPaths.sharedOrSkip().resolve("reference/ibsi2");
        Path out = dir.resolve("log.nii.gz");
        ok(CommandRunner.run("filter", "--image", shared.resolve("phantoms/impulse.nii.gz").toString(),
            "--params", TestPaths.testImages().resolve("ibsi2/2.a.yaml").toString(), "--out", out.toString()));
        double[] got = ImageIO.read(out).voxels(), ref = ImageIO.read(shared.resolve("reference_response_maps/2_a-ValidCRM.nii")).voxels();
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE, worst = 0;
        for (double r : ref) { min = Math.min(min, r); max = Math.max(max, r); }
        for (int i = 0; i < ref.length; i++) worst = Math.max(worst, Math.abs(got[i] - ref[i]));
        assertTrue(worst <= 0.01 * (max - min), "max error " + worst + " of range " + (max - min));
    }
}
