package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gliomaradiomics.longitudinal.LongitudinalPhantom.Scenario;
import org.gliomaradiomics.longitudinal.LongitudinalPhantom.ScanTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the synthetic series: the four scenarios are written as BraTS folders with series.csv and
 * events.csv, analysed by {@link LongitudinalAnalysis#run}, and compared with the phantom's analytic truth
 * (ellipsoid volumes and diameters) and with the RANO categories each scenario implies.
 */
class PhantomScenariosTest {
    @TempDir
    static Path dir;
    static List<LongitudinalPhantom> phantoms = new ArrayList<>();
    static LongitudinalAnalysis.Result result;
    static Path out;

    @BeforeAll
    static void generateAndAnalyse() throws Exception {
        long seed = 11;
        for (Scenario s : Scenario.values()) phantoms.add(LongitudinalPhantom.generate(s.name().toLowerCase(), s, seed++, null));
        LongitudinalPhantom.write(dir, phantoms);
        out = dir.resolve("out");
        result = LongitudinalAnalysis.run(dir.resolve("series.csv"), dir.resolve("events.csv"), out, new LongitudinalSettings(), null);
    }

    @Test
    void printForExploration() {
        for (LongitudinalPhantom p : phantoms) {
            List<Assessment> rows = result.byPatient().get(p.patient());
            for (int i = 0; i < rows.size(); i++) {
                ScanTruth t = p.truth().get(i);
                Assessment a = rows.get(i);
                ScanMeasurement m = a.measurement();
                Bidimensional b = m.lesions().isEmpty() ? Bidimensional.NONE : m.lesions().get(0).size();
                System.out.printf("%s %s ET %.0f/%.0f TC %.0f/%.0f WT %.0f/%.0f NEC %.0f/%.0f D %.2f/%.2f P %.2f/%.2f SPD %.0f/%.0f n=%d %s | %s%n",
                    p.patient(), t.date(), m.etVolumeMm3(), t.etVolumeMm3(), m.tcVolumeMm3(), t.tcVolumeMm3(), m.wtVolumeMm3(), t.wtVolumeMm3(),
                    m.necrosisVolumeMm3(), t.necrosisVolumeMm3(), b.longestMm(), t.longestMm(), b.perpendicularMm(), t.perpendicularMm(),
                    m.spdMm2(), t.spdMm2(), m.lesions().size(), a.bidimensional().label + "/" + a.volumetric().label, a.reason());
            }
        }
    }
}
