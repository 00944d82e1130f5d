package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** features.csv and delta.csv of a small generated series, checked against each other by hand. */
class DeltaRadiomicsAnalysisTest {
    @TempDir
    static Path dir;
    static List<CSVRecord> features, deltas;
    static List<Assessment> assessments;
    static final List<String> DATES = List.of("2024-01-29", "2024-04-15", "2024-05-27"); // days 21, 98, 140 after 2024-01-08

    @BeforeAll
    static void analyse() throws Exception {
        LongitudinalPhantom p = LongitudinalPhantom.generate("dr", LongitudinalPhantom.Scenario.TRUE_PROGRESSION, 5,
            new LongitudinalPhantom.Options().size(48, 48, 32).scanDays(21, 98, 140));
        org.gliomaradiomics.commands.LongitudinalFiles.writePhantoms(dir, List.of(p));
        LongitudinalSettings s = LongitudinalSettings.builder()
            .writeReports(false)
            .features(true)
            .featureSequences(List.of("t1ce", "flair"))
            .featureRegions(List.of("ET", "TC", "WT", "3")) // label 3 is unused in the BraTS 2021 convention: an empty region
            .build();
        LongitudinalAnalysis.Result r = org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), dir.resolve("events.csv"), dir.resolve("out"), s, null);
        assessments = r.byPatient().get("dr");
        features = read(dir.resolve("out/features.csv"));
        deltas = read(dir.resolve("out/delta.csv"));
    }

    static List<CSVRecord> read(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void everyScanSequenceAndRegionHasFeaturesAndTheEmptyRegionIsMissing() {
        Set<String> seen = new HashSet<>(), missing = new HashSet<>();
        for (CSVRecord r : features) {
            String k = r.get("date") + "|" + r.get("sequence") + "|" + r.get("region");
            if (r.get("family").equals("missing")) missing.add(k);
            else seen.add(k);
        }
        for (String d : DATES)
            for (String seq : List.of("t1ce", "flair")) {
                for (String region : List.of("ET", "TC", "WT")) assertTrue(seen.contains(d + "|" + seq + "|" + region), d + " " + seq + " " + region);
                assertTrue(missing.contains(d + "|" + seq + "|3"), d + " " + seq + " label 3 should be missing");
                assertFalse(seen.contains(d + "|" + seq + "|3"));
            }
        // days since rt_end (day 70): 21-70, 98-70, 140-70
        Map<String, String> days = new HashMap<>();
        for (CSVRecord r : features) days.put(r.get("date"), r.get("days_since_rt_end"));
        assertEquals("-49", days.get(DATES.get(0)));
        assertEquals("28", days.get(DATES.get(1)));
        assertEquals("70", days.get(DATES.get(2)));
    }

    @Test
    void theReferenceIsTheAssessmentBaselineAndItsDeltasAreZero() {
        assertEquals(Response.BASELINE, assessments.get(1).bidimensional()); // first scan after radiotherapy
        int checked = 0;
        for (CSVRecord r : deltas) {
            if (!r.get("date").equals(DATES.get(1)) || r.get("value").isEmpty() || r.get("value").equals("NaN")) continue;
            assertEquals(0.0, Double.parseDouble(r.get("delta_from_reference")), 0.0, r.toString());
            assertEquals(r.get("value"), r.get("reference_value"));
            checked++;
        }
        assertTrue(checked > 100, "reference rows checked: " + checked);
    }

    @Test
    void aDeltaRecomputedByHandFromFeaturesCsv() {
        // ET volume (morphology) on t1ce: value at each date from features.csv
        Map<String, Double> volume = new HashMap<>();
        for (CSVRecord r : features)
            if (r.get("sequence").equals("t1ce") && r.get("region").equals("ET") && r.get("family").equals("morphology")
                && r.get("feature").equals("original_VolumeVoxelCounting")) volume.put(r.get("date"), Double.parseDouble(r.get("value")));
        assertEquals(3, volume.size(), volume.toString());
        double last = volume.get(DATES.get(2)), ref = volume.get(DATES.get(1)), prev = volume.get(DATES.get(1)), first = volume.get(DATES.get(0));
        boolean found = false;
        for (CSVRecord r : deltas) {
            if (!(r.get("sequence").equals("t1ce") && r.get("region").equals("ET") && r.get("feature").equals("original_morphology_VolumeVoxelCounting"))) continue;
            if (r.get("date").equals(DATES.get(2))) {
                assertEquals(last - ref, Double.parseDouble(r.get("delta_from_reference")), 1e-9 * Math.abs(last));
                assertEquals((last - ref) / Math.abs(ref), Double.parseDouble(r.get("relative_from_reference")), 1e-12);
                assertEquals(last - prev, Double.parseDouble(r.get("delta_from_previous")), 1e-9 * Math.abs(last));
                found = true;
            }
            if (r.get("date").equals(DATES.get(1))) assertEquals(ref - first, Double.parseDouble(r.get("delta_from_previous")), 1e-9 * Math.abs(ref));
            if (r.get("date").equals(DATES.get(0))) assertTrue(r.get("previous_value").isEmpty() || r.get("previous_value").equals("NaN"));
        }
        assertTrue(found, "no delta row for the ET volume");
        assertTrue(last > ref, "true progression: the ET volume grows from the baseline");
    }
}
