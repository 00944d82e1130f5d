package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classifier commands end to end on a small synthetic cohort whose answer is known. */
class ClassifyCommandsTest {
    @TempDir
    Path dir;
    Path features, clinical;

    /** 60 patients at two sites; f_signal separates IDH-mutant from wild-type, the other features are noise; site B adds 5 to every feature. */
    @BeforeEach
    void cohort() throws Exception {
        Random rnd = new Random(7);
        StringBuilder f = new StringBuilder("ID,f_signal,f_noise1,f_noise2,f_noise3\n");
        StringBuilder c = new StringBuilder("ID,IDH,Site,Age\n");
        for (int i = 0; i < 60; i++) {
            boolean mutant = i % 2 == 0;
            boolean siteB = i % 3 == 0;
            double shift = siteB ? 5 : 0;
            f.append("P").append(i).append(',').append((mutant ? 2 : 0) + rnd.nextGaussian() * 0.5 + shift);
            for (int k = 0; k < 3; k++) f.append(',').append(rnd.nextGaussian() + shift);
            f.append('\n');
            c.append("P").append(i).append(',').append(mutant ? "IDH1 mutant" : "wildtype").append(',').append(siteB ? "B" : "A")
                .append(',').append(40 + i % 30).append('\n');
        }
        c.append("P99,unknown,A,50\n"); // no features: reported as unmatched, not an error
        features = dir.resolve("features.csv");
        clinical = dir.resolve("clinical.csv");
        Files.writeString(features, f.toString());
        Files.writeString(clinical, c.toString());
    }

    private static void ok(CommandRunner r) {
        assertEquals(0, r.code, r.toString());
    }

    @Test
    void evaluateWritesMetricsPredictionsAndCharts() throws Exception {
        Path out = dir.resolve("eval");
        CommandRunner r = CommandRunner.run("evaluate", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--target", "IDH", "--positive-regex", "(?i)mut", "--folds", "3", "--repeats", "2", "--out", out.toString());
        ok(r);
        assertTrue(r.out.contains("AUC"), r.out);
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        String pooled = metrics.stream().filter(l -> l.startsWith("pooled,")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(pooled.split(",")[1]) > 0.9, pooled); // the signal feature separates the classes
        assertEquals(1 + 60 * 2, Files.readAllLines(out.resolve("predictions.csv")).size());
        assertTrue(Files.size(out.resolve("roc.png")) > 1000 && Files.size(out.resolve("calibration.png")) > 1000);
        assertTrue(Files.readString(out.resolve("selected_features.csv")).contains("f_signal"));
        assertTrue(metrics.get(0).contains(",calibration_intercept,calibration_intercept_ci_low,calibration_intercept_ci_high,"
            + "calibration_slope,calibration_slope_ci_low,calibration_slope_ci_high,n"), metrics.get(0));
        // decision curve: 30 of 60 patients mutant, so treat-all is 0.5 − 0.5·t/(1 − t): 0.25 at t = 1/3, 0 at 0.5
        List<String> dca = Files.readAllLines(out.resolve("decision_curve.csv"));
        assertEquals("threshold,net_benefit_model,net_benefit_treat_all,net_benefit_treat_none", dca.get(0));
        assertEquals(100, dca.size());
        String[] half = dca.stream().filter(l -> l.startsWith("0.5,")).findFirst().orElseThrow().split(",");
        assertEquals(0.0, Double.parseDouble(half[2]), 1e-12);
        String[] tenth = dca.stream().filter(l -> l.startsWith("0.1,")).findFirst().orElseThrow().split(",");
        assertEquals(0.5 - 0.5 / 9, Double.parseDouble(tenth[2]), 1e-12);
        assertTrue(Double.parseDouble(half[1]) > 0.3, "the separating feature gives a net benefit near the prevalence: " + half[1]);
        assertTrue(Files.size(out.resolve("decision_curve.png")) > 1000);
    }

    /** Three grades: calibration is drawn and tabled for every class (one-vs-rest), not only the last. */
    @Test
    void multiClassEvaluationCalibratesEveryClass() throws Exception {
        Random rnd = new Random(3);
        StringBuilder f = new StringBuilder("ID,f1,f2\n"), c = new StringBuilder("ID,Grade\n");
        for (int i = 0; i < 60; i++) {
            int grade = 2 + i % 3;
            f.append("P").append(i).append(',').append(grade + rnd.nextGaussian()).append(',').append(rnd.nextGaussian()).append('\n');
            c.append("P").append(i).append(',').append(grade).append('\n');
        }
        Files.writeString(features, f.toString());
        Files.writeString(clinical, c.toString());
        Path out = dir.resolve("grade");
        ok(CommandRunner.run("evaluate", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--target", "Grade", "--folds", "3", "--repeats", "1", "--out", out.toString()));
        List<String> cal = Files.readAllLines(out.resolve("calibration.csv"));
        assertEquals(4, cal.size(), String.join("\n", cal));
        for (int g = 2; g <= 4; g++) {
            String row = cal.get(g - 1);
            assertTrue(row.startsWith("Grade=" + g + " vs rest,") || row.startsWith(g + " vs rest,"), row);
            String[] v = row.split(",");
            String[] observed = v[8].split(" "), n = v[9].split(" ");
            double members = 0, total = 0;
            for (int b = 0; b < n.length; b++) {
                members += Double.parseDouble(observed[b]) * Double.parseDouble(n[b]);
                total += Double.parseDouble(n[b]);
            }
            assertEquals(60, total, 1e-9);
            assertEquals(20, members, 0.01); // 20 patients of each grade, whatever the bins
        }
        assertTrue(Files.size(out.resolve("calibration.png")) > 1000);
    }

    /** Site B adds 5 to every feature: leave-one-site-out, with ComBat fitted on the training site only. */
    @Test
    void evaluateLeaveOneSiteOutReportsEachSite() throws Exception {
        Path out = dir.resolve("loso"), pipeline = dir.resolve("combat.yaml");
        Files.writeString(pipeline, "combat: {parametric: true}\nclassifier: {name: Logistic, options: \"-R 1\"}\n");
        CommandRunner r = CommandRunner.run("evaluate", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--target", "IDH", "--positive-regex", "(?i)mut", "--scheme", "loso", "--group-column", "Site", "--pipeline", pipeline.toString(),
            "--out", out.toString());
        ok(r);
        assertTrue(r.out.contains("leave-one-site-out over 2 sites") && r.out.contains("fitted on the training sites of each fold only"), r.out);
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(List.of("held-out site A", "held-out site B", "pooled"), metrics.subList(1, metrics.size()).stream().map(l -> l.split(",")[0]).toList());
        for (String l : metrics.subList(1, metrics.size())) assertTrue(Double.parseDouble(l.split(",")[1]) > 0.9, l);
        assertTrue(Files.readAllLines(out.resolve("predictions.csv")).get(0).startsWith("id,repeat,true_class,site,p_"));
        CommandRunner missing = CommandRunner.run("evaluate", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--target", "IDH", "--positive-regex", "(?i)mut", "--scheme", "loso", "--out", out.toString());
        assertEquals(1, missing.code, missing.toString());
        assertTrue(missing.err.contains("--group-column"), missing.err);
    }

    @Test
    void trainThenPredictAndRefuseMissingColumns() throws Exception {
        Path model = dir.resolve("idh.model"), pred = dir.resolve("pred.csv");
        ok(CommandRunner.run("train", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--target", "IDH", "--positive-regex", "(?i)mut", "--model", model.toString()));
        ok(CommandRunner.run("predict", "--model", model.toString(), "--features", features.toString(), "--id", "ID", "--out", pred.toString()));
        List<String> lines = Files.readAllLines(pred);
        assertEquals(61, lines.size());
        assertTrue(lines.get(0).startsWith("id,predicted,p_"), lines.get(0));
        Path partial = dir.resolve("partial.csv");
        Files.writeString(partial, "ID,f_noise1,f_noise2,f_noise3\nX1,0,0,0\n");
        CommandRunner refused = CommandRunner.run("predict", "--model", model.toString(), "--features", partial.toString(), "--id", "ID");
        assertEquals(1, refused.code, refused.toString());
        assertTrue(refused.err.contains("f_signal"), refused.err);
    }

    /** An external cohort of 80 patients drawn like the training one, all at a new site C that adds 8 to every feature. */
    private Path[] externalCohort() throws Exception {
        Random rnd = new Random(8);
        StringBuilder f = new StringBuilder("ID,f_signal,f_noise1,f_noise2,f_noise3\n");
        StringBuilder c = new StringBuilder("ID,IDH_status,Site,Age\n");
        for (int i = 0; i < 80; i++) {
            boolean mutant = i % 4 == 0;
            f.append("E").append(i).append(',').append((mutant ? 2 : 0) + rnd.nextGaussian() * 0.5 + 8);
            for (int k = 0; k < 3; k++) f.append(',').append(rnd.nextGaussian() + 8);
            f.append('\n');
            c.append("E").append(i).append(',').append(mutant ? "mutant" : "wildtype").append(",C,").append(40 + i % 30).append('\n');
        }
        Path ef = dir.resolve("external_features.csv"), ec = dir.resolve("external_clinical.csv");
        Files.writeString(ef, f.toString());
        Files.writeString(ec, c.toString());
        return new Path[] {ef, ec};
    }

    @Test
    void validateAModelOnAnExternalSite() throws Exception {
        Path model = dir.resolve("idh.model"), pipeline = dir.resolve("combat.yaml"), out = dir.resolve("external");
        Files.writeString(pipeline, "combat: {parametric: true}\nclassifier: {name: Logistic, options: \"-R 1\"}\n");
        ok(CommandRunner.run("train", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--target", "IDH", "--positive-regex", "(?i)mut", "--pipeline", pipeline.toString(), "--batch-column", "Site", "--model", model.toString()));
        Path[] ext = externalCohort();
        CommandRunner r = CommandRunner.run("validate", "--model", model.toString(), "--features", ext[0].toString(), "--clinical", ext[1].toString(),
            "--id", "ID", "--target", "IDH_status", "--batch-column", "Site", "--out", out.toString());
        ok(r);
        assertTrue(r.out.contains("80 patients [60, 20]") && r.out.contains("a new site is harmonised"), r.out);
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(2, metrics.size());
        String[] row = metrics.get(1).split(",");
        assertEquals("external", row[0]);
        assertTrue(Double.parseDouble(row[1]) > 0.9, metrics.get(1));
        assertEquals("80", row[row.length - 1]);
        assertEquals(81, Files.readAllLines(out.resolve("predictions.csv")).size());
        // 20 of 80 positive: treat all at t = 0.2 is 0.25 − 0.75·0.25 = 0.0625
        String[] t20 = Files.readAllLines(out.resolve("decision_curve.csv")).stream().filter(l -> l.startsWith("0.2,")).findFirst().orElseThrow().split(",");
        assertEquals(0.0625, Double.parseDouble(t20[2]), 1e-12);
        for (String png : List.of("calibration.png", "roc.png", "decision_curve.png")) assertTrue(Files.size(out.resolve(png)) > 1000, png);
        CommandRunner noSite = CommandRunner.run("validate", "--model", model.toString(), "--features", ext[0].toString(), "--clinical", ext[1].toString(),
            "--id", "ID", "--target", "IDH_status", "--out", out.toString());
        assertEquals(1, noSite.code, noSite.toString());
        assertTrue(noSite.err.contains("--batch-column"), noSite.err);
    }

    @Test
    void harmonizeRemovesTheSiteShift() throws Exception {
        Path out = dir.resolve("harmonised.csv");
        ok(CommandRunner.run("harmonize", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--batch-column", "Site", "--out", out.toString()));
        List<String> lines = Files.readAllLines(out);
        int col = List.of(lines.get(0).split(",")).indexOf("f_noise1");
        assertTrue(col > 0, lines.get(0));
        double sumA = 0, sumB = 0;
        int nA = 0, nB = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            int i = Integer.parseInt(c[0].substring(1));
            if (i % 3 == 0) { sumB += Double.parseDouble(c[col]); nB++; } else { sumA += Double.parseDouble(c[col]); nA++; }
        }
        assertEquals(sumA / nA, sumB / nB, 0.5, "site means differ by 5 before ComBat");
    }

    @Test
    void buildDatasetWritesArff() throws Exception {
        Path arff = dir.resolve("idh.arff");
        ok(CommandRunner.run("dataset-export", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--target", "IDH", "--positive-regex", "(?i)mut", "--covariates", "Age", "--out", arff.toString()));
        String text = Files.readString(arff);
        assertTrue(text.contains("@attribute f_signal") && text.contains("clinical_Age"), text.substring(0, Math.min(400, text.length())));
    }
}
