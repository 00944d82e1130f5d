package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.longitudinal.LongitudinalPhantom.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis runs the recurrence classifier when the manifest labels follow-up scans TP / PsP. */
class RecurrenceAnalysisTest {
    @TempDir
    Path dir;

    @Test
    void labelledManifestGivesMetricsPredictionsAndScores() throws Exception {
        List<LongitudinalPhantom> phantoms = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            Scenario scenario = k % 2 == 0 ? Scenario.TRUE_PROGRESSION : Scenario.PSEUDOPROGRESSION;
            phantoms.add(LongitudinalPhantom.generate("p" + k, scenario, 200 + k, new LongitudinalPhantom.Options().size(56, 56, 36).scanDays(98, 140, 196)));
        }
        org.gliomaradiomics.commands.LongitudinalFiles.writePhantoms(dir, phantoms);
        // relabel: baseline scans stay unlabelled ("day 98"), follow-ups become TP or PsP
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("series.csv")));
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            int k = Integer.parseInt(f[0].substring(1));
            if (!f[3].equals("day 98")) f[3] = k % 2 == 0 ? "TP" : "PsP";
            lines.set(i, String.join(",", f));
        }
        Files.write(dir.resolve("series.csv"), lines);
        LongitudinalSettings s = LongitudinalSettings.builder()
            .writeReports(false)
            .features(true)
            .featureSequences(List.of("t1ce"))
            .featureRegions(List.of("ET", "WT"))
            .recurrenceFolds(4)
            .recurrenceRepeats(2)
            .recurrenceSaveModel(dir.resolve("recurrence.model"))
            .build();
        org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), dir.resolve("events.csv"), dir.resolve("out"), s, null);

        List<CSVRecord> metrics = read(dir.resolve("out/recurrence_metrics.csv"));
        assertEquals(1, metrics.size());
        assertEquals("16", metrics.get(0).get("n"));
        assertEquals("8", metrics.get(0).get("positives"));
        double auc = Double.parseDouble(metrics.get(0).get("auc_mean"));
        assertTrue(auc >= 0 && auc <= 1, "AUC " + auc);
        assertEquals(16, read(dir.resolve("out/recurrence_predictions.csv")).size());
        assertTrue(Files.exists(s.recurrenceSaveModel()));

        // scoring every scan (baselines included) with the saved model
        s = s.toBuilder().recurrenceSaveModel(null).recurrenceModel(dir.resolve("recurrence.model")).build();
        org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), dir.resolve("events.csv"), dir.resolve("out2"), s, null);
        List<CSVRecord> scores = read(dir.resolve("out2/recurrence_scores.csv"));
        assertEquals(24, scores.size());
        for (CSVRecord r : scores) {
            double p = Double.parseDouble(r.get("probability_positive"));
            assertTrue(p >= 0 && p <= 1, r.toString());
        }

        // features of other regions than the model was trained on: refused, not imputed into one probability for all
        LongitudinalSettings otherRegions = s.toBuilder().featureRegions(List.of("TC")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), dir.resolve("events.csv"), dir.resolve("out3"), otherRegions, null));
        assertTrue(e.getMessage().startsWith(otherRegions.recurrenceModel() + ": the recurrence model needs ") && e.getMessage().contains("_t1ce_ET_"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out3/recurrence_scores.csv")));
    }

    @Test
    void aModelOfAnotherTargetIsNotARecurrenceModel() throws Exception {
        Dataset d = new Dataset(new double[][] {{0}, {1}, {0.1}, {0.9}}, new String[] {RecurrenceClassifier.DAYS_FEATURE}, new String[] {"a", "b", "c", "d"},
            new int[] {0, 1, 0, 1}, new String[] {"negative", "positive"}, null);
        SavedModel idh = SavedModel.train(PipelineSpec.fromYaml("classifier: {name: Logistic}"), d, TargetDefinition.binary("IDH", "mut"), null, 1);
        List<RecurrenceClassifier.Sample> scans = List.of(new RecurrenceClassifier.Sample("p", java.time.LocalDate.of(2020, 1, 1), "",
            java.util.Map.of(RecurrenceClassifier.DAYS_FEATURE, 10.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecurrenceClassifier.score(idh, scans));
        assertTrue(e.getMessage().startsWith("not a recurrence model: it predicts 'IDH'"), e.getMessage());
    }

    static List<CSVRecord> read(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }
}
