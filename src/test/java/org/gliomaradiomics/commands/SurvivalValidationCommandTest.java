package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cox and survival save a survival model; validate scores it on another cohort. The Cox figures are R's (survival
 * 3.5.3, riskRegression 2022.11.28) for a model fitted on the first 114 rows of lung.csv and validated on the other
 * 114; the R script is in {@code survival.SurvivalValidationReferenceTest}.
 */
class SurvivalValidationCommandTest {
    static final Path LUNG = TestPaths.project().resolve("src/test/resources/survival/lung.csv");

    @TempDir
    Path dir;

    /** Lines from..to−1 (0-based, after the header) of lung.csv with its header. */
    private Path lungRows(String name, int from, int to) throws Exception {
        List<String> lines = Files.readAllLines(LUNG);
        StringBuilder b = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1 + from, 1 + to)) b.append(l).append('\n');
        Path p = dir.resolve(name);
        Files.writeString(p, b.toString());
        return p;
    }

    private static double value(Map<String, CSVRecord> m, String statistic) {
        assertTrue(m.containsKey(statistic), statistic + " in " + m.keySet());
        return Double.parseDouble(m.get(statistic).get("value"));
    }

    @Test
    void coxModelValidatedOnTheOtherHalfOfLungAsR() throws Exception {
        Path train = lungRows("train.csv", 0, 114), valid = lungRows("valid.csv", 114, 228);
        CommandRunner cox = CommandRunner.run("cox", "--data", train.toString(), "--time", "time", "--event", "status",
            "--covariates", "sex,age,ph_ecog", "--out", dir.resolve("cox").toString());
        assertEquals(0, cox.code, cox.toString());
        Path model = dir.resolve("cox/cox.model");
        assertEquals("survival", ModelFiles.kind(model));
        CommandRunner r = CommandRunner.run("validate", "--model", model.toString(), "--clinical", valid.toString(),
            "--time", "time", "--event", "status", "--times", "180,365", "--out", dir.resolve("val").toString());
        assertEquals(0, r.code, r.toString());
        Map<String, CSVRecord> m = SurvivalCommandsTest.byFirstColumn(dir.resolve("val/metrics.csv"));
        // concordance(fit, newdata = valid): 0.6531554643406875, var 0.0012637374167206652
        assertEquals(0.6531554643406875, value(m, "harrell_c"), 1e-12);
        assertEquals(Math.sqrt(0.0012637374167206652), value(m, "harrell_c_se"), 1e-12);
        assertEquals(0.6531554643406875 - 1.959963984540054 * Math.sqrt(0.0012637374167206652), value(m, "harrell_c_ci_low"), 1e-12);
        // Score(list(cox = fit), Surv(time, status) ~ 1, valid, times = c(180, 365), metrics = c("auc", "brier"), null.model = TRUE)
        assertEquals(0.70097719635697509, value(m, "auc_at_180"), 1e-9);
        assertEquals(0.57089370056835598, value(m, "auc_at_365"), 1e-9);
        assertEquals(0.16733200523811087, value(m, "brier_at_180"), 1e-8);
        assertEquals(0.24156185876651004, value(m, "brier_at_365"), 1e-8);
        assertEquals(0.23438926893547710, value(m, "brier_null_model_at_365"), 1e-12);
        assertEquals(114, value(m, "patients"));
        assertTrue(m.get("harrell_c_convention").get("value").contains("R survival::concordance"));
        assertEquals(1 + 2 * 5, Files.readAllLines(dir.resolve("val/calibration.csv")).size());
        assertEquals(1 + 114, Files.readAllLines(dir.resolve("val/predictions.csv")).size());
        assertTrue(Files.size(dir.resolve("val/calibration.png")) > 1000);
        assertTrue(r.out.contains("Harrell's C 0.653"), r.out);
    }

    @Test
    void survivalModelNeedsTimeEventAndTimesAndAClassifierNeedsItsTarget() throws Exception {
        Path train = lungRows("train.csv", 0, 114);
        assertEquals(0, CommandRunner.run("cox", "--data", train.toString(), "--time", "time", "--event", "status",
            "--covariates", "sex,age", "--out", dir.resolve("cox").toString()).code);
        String model = dir.resolve("cox/cox.model").toString();
        CommandRunner noTimes = CommandRunner.run("validate", "--model", model, "--clinical", train.toString(), "--time", "time", "--event", "status",
            "--out", dir.resolve("v1").toString());
        assertEquals(1, noTimes.code, noTimes.toString());
        assertTrue(noTimes.err.contains("give --times"), noTimes.err);
        assertEquals(1, noTimes.err.strip().lines().count(), noTimes.err);
        CommandRunner badTimes = CommandRunner.run("validate", "--model", model, "--clinical", train.toString(), "--time", "time", "--event", "status",
            "--times", "365,a year", "--out", dir.resolve("v2").toString());
        assertTrue(badTimes.err.contains("--times: 'a year' is not a finite time"), badTimes.err);
        CommandRunner noColumn = CommandRunner.run("validate", "--model", model, "--clinical", train.toString(), "--time", "OS", "--event", "status",
            "--times", "365", "--out", dir.resolve("v3").toString());
        assertTrue(noColumn.err.contains(train + ": no column OS"), noColumn.err);
        assertTrue(Files.notExists(dir.resolve("v3/metrics.csv")));
        CommandRunner predict = CommandRunner.run("predict", "--model", model, "--features", train.toString());
        assertEquals(1, predict.err.strip().lines().count(), predict.err);
        assertTrue(predict.err.contains(model + ": a survival model, not a classifier model"), predict.err);
    }

    @Test
    void riskScoreModelImputesFeaturesLeavesOutMissingCovariatesAndFindsThePrognosticFeature() throws Exception {
        Path[] trainTables = synthetic("train", 11, 120, false), external = synthetic("ext", 12, 150, true);
        CommandRunner fit = CommandRunner.run("survival", "--features", trainTables[0].toString(), "--clinical", trainTables[1].toString(), "--id", "ID",
            "--time", "OS", "--event", "dead", "--covariates", "Age", "--out", dir.resolve("risk").toString());
        assertEquals(0, fit.code, fit.toString());
        Path model = dir.resolve("risk/risk_score.model");
        assertEquals("survival", ModelFiles.kind(model));
        CommandRunner r = CommandRunner.run("validate", "--model", model.toString(), "--features", external[0].toString(), "--clinical", external[1].toString(),
            "--id", "ID", "--time", "OS", "--event", "dead", "--times", "180,365", "--out", dir.resolve("val").toString());
        assertEquals(0, r.code, r.toString());
        Map<String, CSVRecord> m = SurvivalCommandsTest.byFirstColumn(dir.resolve("val/metrics.csv"));
        // patient E0 lacks f3 (imputed by the training median), E1 lacks Age (a covariate: left out, as in training)
        assertEquals(149, value(m, "patients"));
        assertEquals(1, value(m, "left_out_missing_variable"));
        assertTrue(value(m, "harrell_c") > 0.7, m.toString());
        assertTrue(value(m, "harrell_c_ci_low") < value(m, "harrell_c") && value(m, "harrell_c") < value(m, "harrell_c_ci_high"));
        assertTrue(value(m, "brier_at_365") < value(m, "brier_null_model_at_365"), m.toString());
        // the true hazard is exp(1.2 f0): the saved risk score must follow f0 closely on the new cohort
        Map<String, CSVRecord> pred = SurvivalCommandsTest.byFirstColumn(dir.resolve("val/predictions.csv"));
        Map<String, CSVRecord> feats = SurvivalCommandsTest.byFirstColumn(external[0]);
        double[] lp = new double[pred.size()], f0 = new double[pred.size()];
        int k = 0;
        for (var e : pred.entrySet()) {
            lp[k] = Double.parseDouble(e.getValue().get("linear_predictor"));
            f0[k++] = Double.parseDouble(feats.get(e.getKey()).get("f0"));
        }
        assertTrue(new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(lp, f0) > 0.9);
    }

    /** Features f0..f14 (standard normal), hazard exp(1.2 f0), exponential times (mean 365) censored uniformly up to 900. */
    private Path[] synthetic(String name, long seed, int n, boolean withGaps) throws Exception {
        Random rnd = new Random(seed);
        String prefix = withGaps ? "E" : "P";
        StringBuilder f = new StringBuilder("ID"), c = new StringBuilder("ID,OS,dead,Age\n");
        for (int j = 0; j < 15; j++) f.append(",f").append(j);
        f.append('\n');
        for (int i = 0; i < n; i++) {
            double[] x = new double[15];
            for (int j = 0; j < 15; j++) x[j] = rnd.nextGaussian();
            double t = -Math.log(rnd.nextDouble()) / Math.exp(1.2 * x[0]) * 365, censor = rnd.nextDouble() * 900;
            f.append(prefix).append(i);
            for (int j = 0; j < 15; j++) f.append(',').append(withGaps && i == 0 && j == 3 ? "" : Double.toString(x[j]));
            f.append('\n');
            c.append(prefix).append(i).append(',').append(Math.min(t, censor)).append(',').append(t <= censor ? 1 : 0).append(',')
                .append(withGaps && i == 1 ? "" : Integer.toString(50 + rnd.nextInt(30))).append('\n');
        }
        Path features = dir.resolve(name + "-f.csv"), clinical = dir.resolve(name + "-c.csv");
        Files.writeString(features, f.toString());
        Files.writeString(clinical, c.toString());
        return new Path[] {features, clinical};
    }
}
