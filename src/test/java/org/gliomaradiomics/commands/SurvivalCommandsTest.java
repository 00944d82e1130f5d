package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** km, cox and survival end to end; Rossi figures from ../shared/reference/survival/README.md (R coxph, lifelines). */
class SurvivalCommandsTest {
    static final Path ROSSI = TestPaths.project().resolve("src/test/resources/survival/rossi.csv");

    @TempDir
    Path dir;

    static Map<String, CSVRecord> byFirstColumn(Path csv) throws Exception {
        Map<String, CSVRecord> m = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(csv))) m.put(r.get(0), r);
        return m;
    }

    @Test
    void coxOnRossiReproducesThePublishedFit() throws Exception {
        CommandRunner r = CommandRunner.run("cox", "--data", ROSSI.toString(), "--time", "week", "--event", "arrest", "--out", dir.toString());
        assertEquals(0, r.code, r.toString());
        Map<String, CSVRecord> coef = byFirstColumn(dir.resolve("coefficients.csv"));
        double[][] expected = {{-0.37942, 0.19138}, {-0.05744, 0.02200}, {0.31390, 0.30799}, {-0.14980, 0.21222}, {-0.43370, 0.38187}, {-0.08487, 0.19576}, {0.09150, 0.02865}};
        String[] names = {"fin", "age", "race", "wexp", "mar", "paro", "prio"};
        for (int j = 0; j < names.length; j++) {
            assertEquals(expected[j][0], Double.parseDouble(coef.get(names[j]).get("coef")), 5e-5, names[j]);
            assertEquals(expected[j][1], Double.parseDouble(coef.get(names[j]).get("se")), 5e-5, names[j]);
        }
        Map<String, CSVRecord> model = byFirstColumn(dir.resolve("model.csv"));
        assertEquals(-658.7477, Double.parseDouble(model.get("log_likelihood").get("value")), 5e-4);
        // concordance(coxph(Surv(week, arrest) ~ fin + age + race + wexp + mar + paro + prio, data = rossi)): 0.6403292471
        assertEquals(0.6403292471, Double.parseDouble(model.get("harrell_c").get("value")), 1e-9);
        assertTrue(model.get("harrell_c_convention").get("value").contains("R survival::concordance"));
        assertTrue(Files.exists(dir.resolve("ph_test.csv")));
    }

    @Test
    void negativeTimesAndEventCodesOtherThan0And1AreRefusedNamingTheRow() throws Exception {
        java.nio.file.Path data = dir.resolve("bad-survival.csv");
        java.nio.file.Files.writeString(data, "id,os,dead\na,10,1\nb,-3,0\nc,5,1\n");
        CommandRunner r = CommandRunner.run("km", "--data", data.toString(), "--time", "os", "--event", "dead", "--out", dir.resolve("km1").toString());
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains(data + ": line 3, column 'os': time -3 is not a finite number >= 0"), r.err);
        java.nio.file.Files.writeString(data, "id,os,dead,age\na,10,1,50\nb,3,0,60\nc,5,2,70\n");
        r = CommandRunner.run("cox", "--data", data.toString(), "--time", "os", "--event", "dead", "--out", dir.resolve("cox1").toString());
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains(data + ": line 4, column 'dead': event 2 is neither 0 (censored) nor 1 (event)"), r.err);
    }

    @Test
    void kmAndLogRankOnRossiByFinancialAid() throws Exception {
        CommandRunner r = CommandRunner.run("km", "--data", ROSSI.toString(), "--time", "week", "--event", "arrest", "--group", "fin", "--out", dir.toString());
        assertEquals(0, r.code, r.toString());
        List<String> km = Files.readAllLines(dir.resolve("km.csv"));
        assertEquals("group,time,survival,lower,upper,at_risk,events,censored", km.get(0));
        assertEquals(0.69444, Double.parseDouble(km.stream().filter(l -> l.startsWith("0,52,")).findFirst().orElseThrow().split(",")[2]), 5e-6);
        assertEquals(0.77778, Double.parseDouble(km.stream().filter(l -> l.startsWith("1,52,")).findFirst().orElseThrow().split(",")[2]), 5e-6);
        Map<String, CSVRecord> lr = byFirstColumn(dir.resolve("logrank.csv"));
        assertEquals(3.8376, Double.parseDouble(lr.get("1").get("chi_square")), 5e-5);
        assertEquals(48, Double.parseDouble(lr.get("1").get("observed")));
        assertEquals(58.43, Double.parseDouble(lr.get("1").get("expected")), 5e-3);
        assertTrue(Files.size(dir.resolve("km.png")) > 1000 && Files.readString(dir.resolve("km.svg")).startsWith("<?xml"));
    }

    /**
     * medians.csv on R's lung data by sex, columns in order median, lower, upper:
     * summary(survfit(Surv(time, status) ~ sex, data = lung))$table: sex=1 270 [212, 310], sex=2 426 [348, 550].
     */
    @Test
    void kmMedianConfidenceLimitsOnLungAsR() throws Exception {
        Path lung = TestPaths.project().resolve("src/test/resources/survival/lung.csv");
        CommandRunner r = CommandRunner.run("km", "--data", lung.toString(), "--time", "time", "--event", "status", "--group", "sex", "--out", dir.toString());
        assertEquals(0, r.code, r.toString());
        Map<String, CSVRecord> m = byFirstColumn(dir.resolve("medians.csv"));
        double[][] expected = {{270, 212, 310}, {426, 348, 550}};
        for (int g = 1; g <= 2; g++) {
            CSVRecord row = m.get(String.valueOf(g));
            assertEquals(expected[g - 1][0], Double.parseDouble(row.get("median")), 0);
            assertEquals(expected[g - 1][1], Double.parseDouble(row.get("median_lower")), 0);
            assertEquals(expected[g - 1][2], Double.parseDouble(row.get("median_upper")), 0);
        }
    }

    @Test
    void riskScoreFindsThePrognosticFeatureOnSyntheticData() throws Exception {
        Random rnd = new Random(11);
        StringBuilder f = new StringBuilder("ID"), c = new StringBuilder("ID,OS,dead,Age\n");
        for (int j = 0; j < 15; j++) f.append(",f").append(j);
        f.append('\n');
        for (int i = 0; i < 120; i++) {
            double[] x = new double[15];
            for (int j = 0; j < 15; j++) x[j] = rnd.nextGaussian();
            double hazard = Math.exp(1.2 * x[0]);
            double t = -Math.log(rnd.nextDouble()) / hazard * 365, censor = rnd.nextDouble() * 900;
            f.append("P").append(i);
            for (double v : x) f.append(',').append(v);
            f.append('\n');
            c.append("P").append(i).append(',').append(Math.min(t, censor)).append(',').append(t <= censor ? 1 : 0).append(',').append(50 + rnd.nextInt(30)).append('\n');
        }
        Path features = dir.resolve("f.csv"), clinical = dir.resolve("c.csv"), out = dir.resolve("risk");
        Files.writeString(features, f.toString());
        Files.writeString(clinical, c.toString());
        CommandRunner r = CommandRunner.run("survival", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--time", "OS", "--event", "dead", "--covariates", "Age", "--times", "180,365", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        Map<String, CSVRecord> m = byFirstColumn(out.resolve("metrics.csv"));
        assertTrue(Double.parseDouble(m.get("harrell_c_out_of_fold").get("value")) > 0.65, m.toString());
        assertEquals(121, Files.readAllLines(out.resolve("risk_scores.csv")).size());
        assertTrue(Double.parseDouble(m.get("auc_at_365").get("value")) > 0.65, m.toString());
        assertTrue(Double.parseDouble(m.get("uno_c_out_of_fold").get("value")) > 0.6, m.toString());
        Path bad = dir.resolve("p.yaml");
        Files.writeString(bad, "alpha: 0.5\nlambdas: 10\n");
        CommandRunner refused = CommandRunner.run("survival", "--features", features.toString(), "--clinical", clinical.toString(), "--id", "ID",
            "--time", "OS", "--event", "dead", "--pipeline", bad.toString(), "--out", out.toString());
        assertEquals(1, refused.code);
        assertTrue(refused.err.contains("'lambdas'"), refused.err);
    }
}
