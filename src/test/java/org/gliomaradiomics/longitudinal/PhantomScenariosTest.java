package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;

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
        org.gliomaradiomics.commands.LongitudinalFiles.writePhantoms(dir, phantoms);
        out = dir.resolve("out");
        result = org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), dir.resolve("events.csv"), out, LongitudinalSettings.defaults(), null);
    }

    /** The phantom's in-plane voxel size (mm). */
    static final double VOXEL = 2;

    static List<Response> expected(Scenario s, boolean volumetric) {
        Response pre = Response.PRE_BASELINE, base = Response.BASELINE;
        return switch (s) {
            case TRUE_PROGRESSION -> List.of(pre, base, Response.PRELIMINARY_PD, Response.PD, Response.PD);
            case PSEUDOPROGRESSION -> List.of(pre, base, Response.PRELIMINARY_PD, Response.SD, Response.SD);
            case RESPONSE -> List.of(pre, base, Response.PR, Response.CR, Response.CR);
            case STABLE -> List.of(pre, base, Response.SD, Response.SD, Response.SD);
        };
    }

    @Test
    void eachScenarioGetsTheCategoriesItImplies() {
        for (LongitudinalPhantom p : phantoms) {
            List<Assessment> rows = result.byPatient().get(p.patient());
            assertEquals(expected(p.scenario(), false), rows.stream().map(Assessment::bidimensional).toList(), p.patient() + " bidimensional");
            assertEquals(expected(p.scenario(), true), rows.stream().map(Assessment::volumetric).toList(), p.patient() + " volumetric");
            // the preliminary PD (third scan) in the light of the next one: progression confirmed, or treatment-related
            Response revised = switch (p.scenario()) {
                case TRUE_PROGRESSION -> Response.PD;
                case PSEUDOPROGRESSION -> Response.PSEUDOPROGRESSION;
                default -> expected(p.scenario(), false).get(2);
            };
            assertEquals(revised, rows.get(2).revisedBidimensional(), p.patient() + " revised bidimensional");
            assertEquals(revised, rows.get(2).revisedVolumetric(), p.patient() + " revised volumetric");
            for (Assessment a : rows) assertEquals(0, a.measurement().newLesionCount(), p.patient() + " " + a.date() + ": no new lesion in the phantom");
        }
    }

    /** Volumes within 2 % of the analytic ellipsoid volumes (within 100 mm³, 12.5 voxels, for regions under 5 cm³). */
    @Test
    void volumesAgreeWithTheAnalyticTruth() {
        for (LongitudinalPhantom p : phantoms) {
            List<Assessment> rows = result.byPatient().get(p.patient());
            for (int i = 0; i < rows.size(); i++) {
                ScanTruth t = p.truth().get(i);
                ScanMeasurement m = rows.get(i).measurement();
                String where = p.patient() + " " + t.date();
                assertEquals(t.etVolumeMm3(), m.etVolumeMm3(), tolerance(t.etVolumeMm3()), where + " ET");
                assertEquals(t.tcVolumeMm3(), m.tcVolumeMm3(), tolerance(t.tcVolumeMm3()), where + " TC");
                assertEquals(t.wtVolumeMm3(), m.wtVolumeMm3(), tolerance(t.wtVolumeMm3()), where + " WT");
            }
        }
    }

    private static double tolerance(double truth) {
        return truth >= 5000 ? 0.02 * truth : 100;
    }

    /**
     * The largest lesion's diameters within one in-plane voxel (2 mm) of the analytic ones, and the SPD
     * within what those diameter tolerances allow, where the truth is clearly measurable.
     */
    @Test
    void diametersAndSpdAgreeWithTheAnalyticTruth() {
        int compared = 0;
        for (LongitudinalPhantom p : phantoms) {
            List<Assessment> rows = result.byPatient().get(p.patient());
            for (int i = 0; i < rows.size(); i++) {
                ScanTruth t = p.truth().get(i);
                ScanMeasurement m = rows.get(i).measurement();
                String where = p.patient() + " " + t.date();
                if (t.tcVolumeMm3() == 0) {
                    assertEquals(0, m.lesions().size(), where);
                    continue;
                }
                assertEquals(1, m.lesions().size(), where + ": one enhancing lesion");
                Bidimensional b = m.lesions().get(0).size();
                assertEquals(t.longestMm(), b.longestMm(), VOXEL, where + " longest diameter");
                assertEquals(t.perpendicularMm(), b.perpendicularMm(), VOXEL, where + " perpendicular diameter");
                if (t.perpendicularMm() >= 10 + VOXEL) {
                    double slack = (t.longestMm() + VOXEL) * (t.perpendicularMm() + VOXEL) - t.spdMm2();
                    assertEquals(t.spdMm2(), m.spdMm2(), slack, where + " SPD");
                    assertEquals(1, m.measurableCount(), where);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 15, "compared " + compared + " measurable scans");
    }

    @Test
    void writesTheAssessmentTableChartsAndReports() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("assessment.csv"));
        assertEquals("patient,date,days_since_rt_end,et_volume_mm3,tc_volume_mm3,wt_volume_mm3,spd_mm2,n_measurable,new_lesion,"
            + "response_bidimensional,response_volumetric,revised_response_bidimensional,revised_response_volumetric,reason", lines.get(0));
        assertEquals(1 + 20, lines.size());
        assertTrue(lines.get(1).startsWith("true_progression,2024-01-29,-49,"), lines.get(1));
        for (LongitudinalPhantom p : phantoms) {
            BufferedImage png = ImageIO.read(out.resolve(p.patient() + "_timeline.png").toFile());
            assertEquals(900, png.getWidth());
            String html = Files.readString(out.resolve(p.patient() + "_report.html"));
            assertTrue(html.contains("<img alt=\"timeline\" src=\"data:image/png;base64,iVBOR"), "embedded PNG");
            assertTrue(html.contains(expected(p.scenario(), false).get(3).label), html);
            assertEquals(5 + 1, html.split("<tr>").length - 1, "header and 5 scan rows");
        }
        assertEquals(1 + 20, Files.readAllLines(dir.resolve("truth.csv")).size());
        assertEquals(1 + 20, Files.readAllLines(dir.resolve("series.csv")).size());
    }
}
