package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.longitudinal.LongitudinalPhantom.Scenario;
import org.gliomaradiomics.longitudinal.LongitudinalPhantom.ScanTruth;
import org.gliomaradiomics.preprocess.RigidTransform;
import org.gliomaradiomics.preprocess.WorldTransform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans moved rigidly by the phantom (rotation about z, in-plane shift) are registered back to the first scan:
 * the recovered transform matches the applied motion, and the analysis with registration finds no new lesion.
 */
class MotionRegistrationTest {
    @TempDir
    Path dir;

    static LongitudinalPhantom moving() {
        return LongitudinalPhantom.generate("moving", Scenario.STABLE, 3,
            new LongitudinalPhantom.Options().scanDays(21, 98, 140).motion(true, 5, 6));
    }

    @Test
    void registrationRecoversThePhantomMotion() {
        LongitudinalPhantom p = moving();
        LongitudinalSettings s = LongitudinalSettings.defaults();
        MriCase reference = p.scan(0);
        Volume fixed = LongitudinalAnalysis.registrationImage(reference, s);
        double[] centre = reference.geometry().world((64 - 1) / 2.0, (64 - 1) / 2.0, (40 - 1) / 2.0);
        for (int i = 1; i < 3; i++) {
            ScanTruth t = p.truth().get(i);
            assertTrue(Math.abs(t.rotationDegrees()) > 0.5 || Math.hypot(t.shiftXMm(), t.shiftYMm()) > 1, "the phantom moved scan " + i);
            WorldTransform truth = new RigidTransform(0, 0, Math.toRadians(t.rotationDegrees()), new double[] {t.shiftXMm(), t.shiftYMm(), 0}, centre)
                .toWorldTransform();
            WorldTransform found = LongitudinalAnalysis.registerToReference(fixed, p.scan(i), s, null);
            // compare where both send points spread over the brain: within one voxel (2 mm; the tumour changes between scans)
            for (double[] q : new double[][] {{30, 30, 30}, {90, 40, 50}, {60, 100, 20}, {40, 80, 60}, centre}) {
                double[] a = truth.apply(q), b = found.apply(q);
                double d = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
                assertTrue(d < 2.0, "scan " + i + ": registration error " + d + " mm at " + java.util.Arrays.toString(q));
            }
        }
    }

    @Test
    void analysisWithRegistrationAssessesTheMovedSeries() throws Exception {
        org.gliomaradiomics.commands.LongitudinalFiles.writePhantoms(dir, List.of(moving()));
        LongitudinalSettings s = LongitudinalSettings.builder()
            .register(true)
            .writeReports(false)
            .build();
        double[] lastProgress = {-1};
        LongitudinalAnalysis.Result r = org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), dir.resolve("events.csv"), dir.resolve("out"), s, f -> {
            assertTrue(f >= lastProgress[0] - 1e-12, "progress never goes back");
            lastProgress[0] = f;
        });
        assertEquals(1.0, lastProgress[0]);
        List<Assessment> rows = r.byPatient().get("moving");
        assertEquals(List.of(Response.PRE_BASELINE, Response.BASELINE, Response.SD), rows.stream().map(Assessment::bidimensional).toList());
        for (Assessment a : rows) assertEquals(0, a.measurement().newLesionCount(), a.date().toString());
    }
}
