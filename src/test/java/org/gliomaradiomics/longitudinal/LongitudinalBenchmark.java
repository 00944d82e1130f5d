package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed of the full analysis of one 6-scan patient at BraTS size (240×240×155, 1 mm, 4 sequences) with motion,
 * registration, delta-radiomics (4 sequences × ET/TC/WT) and reports. Run:
 * {@code mvn -B -o test -Pbenchmark -Dtest=LongitudinalBenchmark}.
 */
@Tag("benchmark")
class LongitudinalBenchmark {
    @TempDir
    Path dir;

    @Test
    void sixScansAtBratsSize() throws Exception {
        long t0 = System.nanoTime();
        LongitudinalPhantom p = LongitudinalPhantom.generate("bench", LongitudinalPhantom.Scenario.PSEUDOPROGRESSION, 11,
            new LongitudinalPhantom.Options().size(240, 240, 155).spacing(1, 1, 1).scanDays(21, 98, 140, 196, 252, 308).motion(true, 3, 3));
        org.gliomaradiomics.commands.LongitudinalFiles.writePhantoms(dir, List.of(p));
        long t1 = System.nanoTime();
        LongitudinalSettings s = LongitudinalSettings.builder()
            .register(true)
            .features(true)
            .writeReports(true)
            .build();
        LongitudinalAnalysis.Result r = org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), dir.resolve("events.csv"), dir.resolve("out"), s, null);
        long t2 = System.nanoTime();
        System.out.printf("longitudinal benchmark, 6 scans 240x240x155, 4 sequences: generate+write %.1f s, analysis (register, measure, features, "
            + "deltas, reports) %.1f s, features.csv %d bytes%n", (t1 - t0) * 1e-9, (t2 - t1) * 1e-9, Files.size(dir.resolve("out/features.csv")));
        assertEquals(6, r.byPatient().get("bench").size());
        assertEquals(6, r.featuresByPatient().get("bench").size());
        assertTrue(Files.exists(dir.resolve("out/delta.csv")) && Files.exists(dir.resolve("out/bench_report.html")));
    }
}
