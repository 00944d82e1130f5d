package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.learn.CvResult;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.longitudinal.LongitudinalPhantom.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pseudoprogression versus true progression from delta-radiomics of generated series. */
class RecurrenceClassifierTest {
    static final int PATIENTS_PER_CLASS = 6;
    static final int[] DAYS = {98, 140, 196}; // baseline 4 weeks after radiotherapy, then the pseudoprogression peak and its decline
    static Map<String, List<ScanFeatures>> byPatient = new LinkedHashMap<>();
    static Map<String, Integer> references = new LinkedHashMap<>();
    static final TargetDefinition TARGET = RecurrenceClassifier.target("^TP$", "^PsP$");

    @BeforeAll
    static void extract() throws Exception {
        LongitudinalSettings s = LongitudinalSettings.builder()
            .features(true)
            .featureSequences(List.of("t1ce"))
            .featureRegions(List.of("ET", "WT"))
            .build();
        ScanFeatureExtractor extractor = new ScanFeatureExtractor(s, null);
        for (int k = 0; k < 2 * PATIENTS_PER_CLASS; k++) {
            Scenario scenario = k % 2 == 0 ? Scenario.TRUE_PROGRESSION : Scenario.PSEUDOPROGRESSION;
            String patient = scenario.name().substring(0, 4) + k;
            LongitudinalPhantom p = LongitudinalPhantom.generate(patient, scenario, 100 + k, new LongitudinalPhantom.Options().size(56, 56, 36).scanDays(DAYS));
            List<ScanFeatures> scans = new ArrayList<>();
            for (int i = 0; i < DAYS.length; i++) {
                MriCase c = p.scan(i);
                String label = i == 0 ? "baseline" : scenario == Scenario.TRUE_PROGRESSION ? "TP" : "PsP";
                SeriesManifest.Scan scan = new SeriesManifest.Scan(patient, p.truth().get(i).date(), null, label);
                scans.add(extractor.extract(patient, scan, c, c.labels().orElseThrow()).withTiming(DAYS[i] - LongitudinalPhantom.RT_END_DAY, label));
            }
            byPatient.put(patient, scans);
            references.put(patient, 0);
        }
    }

    @Test
    void crossValidatedAucSeparatesTheScenarios() {
        List<RecurrenceClassifier.Sample> samples = RecurrenceClassifier.samples(byPatient, references);
        List<RecurrenceClassifier.Sample> labelled = RecurrenceClassifier.labelled(samples, TARGET);
        assertEquals(2 * PATIENTS_PER_CLASS * (DAYS.length - 1), labelled.size()); // the baselines are neither TP nor PsP
        CvResult cv = RecurrenceClassifier.evaluate(labelled, TARGET, PipelineSpec.defaults(), 3, 2, 7, null);
        double auc = cv.meanAuc();
        assertTrue(auc >= 0 && auc <= 1, "AUC " + auc);
        // By construction the pseudoprogression rim fades by day 196 while true progression keeps growing: the
        // volume change from the baseline separates them.
        assertTrue(auc > 0.7, "AUC " + auc);
    }

    @Test
    void aSavedModelScoresUnlabelledScans() {
        List<RecurrenceClassifier.Sample> samples = RecurrenceClassifier.samples(byPatient, references);
        SavedModel model = RecurrenceClassifier.train(RecurrenceClassifier.labelled(samples, TARGET), TARGET, PipelineSpec.defaults(), 3);
        double[] p = RecurrenceClassifier.score(model, samples);
        assertEquals(samples.size(), p.length);
        for (double v : p) assertTrue(v >= 0 && v <= 1, "probability " + v);
    }

    @Test
    void oneClassOnlyIsRefused() {
        List<RecurrenceClassifier.Sample> tpOnly = new ArrayList<>();
        for (RecurrenceClassifier.Sample s : RecurrenceClassifier.samples(byPatient, references)) if (s.label().equals("TP")) tpOnly.add(s);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RecurrenceClassifier.evaluate(tpOnly, TARGET, PipelineSpec.defaults(), 3, 1, 1, null));
        assertTrue(e.getMessage().contains("both classes"), e.getMessage());
    }
}
