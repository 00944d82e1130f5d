package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gliomaradiomics.longitudinal.TreatmentEvents.Event;
import org.gliomaradiomics.longitudinal.TreatmentEvents.Type;
import org.junit.jupiter.api.Test;

/**
 * RANO 2.0 rules on hand-made measurement series (SPD in mm², ET volume in mm³): each category, the thresholds
 * at their limits, the 12-week rule, confirmation, pseudoprogression, new lesions and the steroid rule.
 */
class RanoAssessorTest {
    static final LocalDate RT_END = LocalDate.of(2024, 3, 1);

    /** A scan with one lesion: SPD, ET volume; optionally a new measurable lesion. */
    static ScanMeasurement scan(double spd, double et, boolean newMeasurable) {
        List<ScanMeasurement.Lesion> lesions = new ArrayList<>();
        if (et > 0) lesions.add(new ScanMeasurement.Lesion(1, et, new Bidimensional(Math.sqrt(spd), Math.sqrt(spd), 0, new double[2], new double[2]), spd > 0, false));
        if (newMeasurable) lesions.add(new ScanMeasurement.Lesion(2, 500, new Bidimensional(12, 11, 0, new double[2], new double[2]), true, true));
        return new ScanMeasurement(et, 0, 0, et, 2 * et, lesions, spd, spd > 0 ? 1 : 0);
    }

    static ScanMeasurement scan(double spd, double et) {
        return scan(spd, et, false);
    }

    /** Scans on the given days after the end of radiotherapy. */
    static List<Assessment> assess(int[] days, List<ScanMeasurement> scans, List<Event> extra) {
        List<Event> events = new ArrayList<>(List.of(new Event("p", Type.RT_END, RT_END)));
        events.addAll(extra);
        List<LocalDate> dates = new ArrayList<>();
        for (int d : days) dates.add(RT_END.plusDays(d));
        return RanoAssessor.assess("p", dates, scans, new TreatmentEvents(events), LongitudinalSettings.defaults());
    }

    static List<Response> bidimensional(List<Assessment> a) {
        return a.stream().map(Assessment::bidimensional).toList();
    }

    static List<Response> revised(List<Assessment> a) {
        return a.stream().map(Assessment::revisedBidimensional).toList();
    }

    static List<Response> volumetric(List<Assessment> a) {
        return a.stream().map(Assessment::volumetric).toList();
    }

    @Test
    void responseStableAndProgressionAfterTheWindow() {
        // SPD: 1000 -> 450 (-55 %: PR) -> 520 (-48 % from baseline, +15.6 % from nadir 450: SD) -> 570 (+26.7 %: PD)
        // volume: 10000 -> 3000 (-70 %: PR) -> 3600 (-64 % from baseline, +20 % from nadir: SD) -> 4300 (+43 %: PD)
        List<Assessment> a = assess(new int[] {-30, 100, 150, 200, 250},
            List.of(scan(900, 9000), scan(1000, 10000), scan(450, 3000), scan(520, 3600), scan(570, 4300)), List.of());
        assertEquals(List.of(Response.PRE_BASELINE, Response.BASELINE, Response.PR, Response.SD, Response.PD), bidimensional(a));
        assertEquals(List.of(Response.PRE_BASELINE, Response.BASELINE, Response.PR, Response.SD, Response.PD), volumetric(a));
        assertEquals(-30, a.get(0).daysSinceRtEnd());
        assertEquals(200, a.get(3).daysSinceRtEnd());
        assertTrue(a.get(4).reason().contains("+26.7% from nadir " + RT_END.plusDays(150)), a.get(4).reason());
    }

    @Test
    void thresholdsAreInclusive() {
        // exactly -50 % SPD and -65 % volume are PR; exactly +25 % and +40 % from the nadir are PD
        List<Assessment> a = assess(new int[] {100, 150, 200}, List.of(scan(1000, 10000), scan(500, 3500), scan(625, 4900)), List.of());
        assertEquals(List.of(Response.BASELINE, Response.PR, Response.PD), bidimensional(a));
        assertEquals(List.of(Response.BASELINE, Response.PR, Response.PD), volumetric(a));
        // just inside: SD
        List<Assessment> b = assess(new int[] {100, 150, 200}, List.of(scan(1000, 10000), scan(501, 3501), scan(626, 4901)), List.of());
        assertEquals(List.of(Response.BASELINE, Response.SD, Response.SD), bidimensional(b));
        assertEquals(List.of(Response.BASELINE, Response.SD, Response.SD), volumetric(b));
    }

    @Test
    void completeResponseThenRecurrence() {
        // no enhancing disease: CR; afterwards (nadir 0) any measurable lesion is PD
        List<Assessment> a = assess(new int[] {100, 150, 200, 250}, List.of(scan(1000, 10000), scan(0, 0), scan(0, 0), scan(150, 900)), List.of());
        assertEquals(List.of(Response.BASELINE, Response.CR, Response.CR, Response.PD), bidimensional(a));
        assertEquals(List.of(Response.BASELINE, Response.CR, Response.CR, Response.PD), volumetric(a));
        // a non-measurable enhancing remnant is PR bidimensionally (SPD 0) but not CR
        List<Assessment> b = assess(new int[] {100, 150}, List.of(scan(1000, 10000), scan(0, 200)), List.of());
        assertEquals(Response.PR, b.get(1).bidimensional());
    }

    @Test
    void progressionWithinTwelveWeeksIsPreliminaryUntilConfirmed() {
        // baseline day 28, +40 % on day 70 (within 84 days): preliminary; day 126 grows +30 % over it: PD, and the
        // preliminary PD is revised to PD (progression dates from it)
        List<Assessment> a = assess(new int[] {28, 70, 126}, List.of(scan(1000, 10000), scan(1400, 15000), scan(1820, 21000)), List.of());
        assertEquals(List.of(Response.BASELINE, Response.PRELIMINARY_PD, Response.PD), bidimensional(a));
        assertEquals(List.of(Response.BASELINE, Response.PRELIMINARY_PD, Response.PD), volumetric(a));
        assertEquals(List.of(Response.BASELINE, Response.PD, Response.PD), revised(a));
        assertEquals(Response.PD, a.get(1).revisedVolumetric());
        assertTrue(a.get(2).reason().contains("from the preliminary PD of " + RT_END.plusDays(70)), a.get(2).reason());
        // day 84 is still inside the window, day 85 is not
        assertEquals(Response.PRELIMINARY_PD, assess(new int[] {28, 84}, List.of(scan(1000, 10000), scan(1400, 15000)), List.of()).get(1).bidimensional());
        assertEquals(Response.PD, assess(new int[] {28, 85}, List.of(scan(1000, 10000), scan(1400, 15000)), List.of()).get(1).bidimensional());
    }

    @Test
    void preliminaryProgressionFollowedByADecreaseIsPseudoprogression() {
        List<Assessment> a = assess(new int[] {28, 63, 120, 180},
            List.of(scan(1000, 10000), scan(1500, 16000), scan(1100, 11000), scan(1150, 11500)), List.of());
        // the scan after the preliminary PD keeps its own category: SPD 1100 is +10 % from baseline, SD
        assertEquals(List.of(Response.BASELINE, Response.PRELIMINARY_PD, Response.SD, Response.SD), bidimensional(a));
        assertEquals(List.of(Response.BASELINE, Response.PRELIMINARY_PD, Response.SD, Response.SD), volumetric(a));
        assertEquals(List.of(Response.BASELINE, Response.PSEUDOPROGRESSION, Response.SD, Response.SD), revised(a));
        assertEquals(Response.PSEUDOPROGRESSION, a.get(1).revisedVolumetric());
        assertTrue(a.get(2).reason().contains("treatment-related"), a.get(2).reason());
        assertTrue(a.get(1).reason().contains("revised to pseudoprogression by the scan of " + RT_END.plusDays(120)), a.get(1).reason());
        // a decrease to below half of baseline: the resolving scan is PR (SPD 400 = -60 %, ET 3000 = -70 %)
        List<Assessment> pr = assess(new int[] {28, 63, 120}, List.of(scan(1000, 10000), scan(1500, 16000), scan(400, 3000)), List.of());
        assertEquals(List.of(Response.BASELINE, Response.PRELIMINARY_PD, Response.PR), bidimensional(pr));
        assertEquals(List.of(Response.BASELINE, Response.PSEUDOPROGRESSION, Response.PR), revised(pr));
    }

    @Test
    void unresolvedPreliminaryProgressionPersistsUntilAScanResolvesIt() {
        // the scan after the preliminary PD is +10 %: neither confirmed (+25 %) nor decreased; the next one confirms
        List<Assessment> a = assess(new int[] {28, 63, 120, 180},
            List.of(scan(1000, 10000), scan(1400, 15000), scan(1540, 16000), scan(1760, 21500)), List.of());
        assertEquals(List.of(Response.BASELINE, Response.PRELIMINARY_PD, Response.PRELIMINARY_PD, Response.PD), bidimensional(a));
        assertEquals(List.of(Response.BASELINE, Response.PRELIMINARY_PD, Response.PRELIMINARY_PD, Response.PD), volumetric(a));
        assertEquals(List.of(Response.BASELINE, Response.PD, Response.PD, Response.PD), revised(a)); // both preliminary scans
        // a series that ends before a scan resolves it keeps the preliminary PD
        List<Assessment> open = assess(new int[] {28, 63}, List.of(scan(1000, 10000), scan(1400, 15000)), List.of());
        assertEquals(Response.PRELIMINARY_PD, open.get(1).revisedBidimensional());
    }

    @Test
    void newMeasurableLesionIsProgressionWhateverTheSum() {
        List<Assessment> a = assess(new int[] {100, 150}, List.of(scan(1000, 10000), scan(800, 8000, true)), List.of());
        assertEquals(Response.PD, a.get(1).bidimensional());
        assertEquals(Response.PD, a.get(1).volumetric());
        assertTrue(a.get(1).reason().contains("new measurable lesion"), a.get(1).reason());
        // within the window it is preliminary too
        assertEquals(Response.PRELIMINARY_PD, assess(new int[] {28, 60}, List.of(scan(1000, 10000), scan(800, 8000, true)), List.of()).get(1).bidimensional());
    }

    @Test
    void steroidIncreaseDowngradesResponseButIsNotProgression() {
        LocalDate baseline = RT_END.plusDays(100);
        List<Event> up = List.of(new Event("p", Type.STEROIDS_UP, baseline.plusDays(20)));
        // PR-level shrinkage with a higher steroid dose than at baseline: SD
        List<Assessment> a = assess(new int[] {100, 150}, List.of(scan(1000, 10000), scan(300, 2000)), up);
        assertEquals(Response.SD, a.get(1).bidimensional());
        assertEquals(Response.SD, a.get(1).volumetric());
        assertTrue(a.get(1).reason().contains("would be PR") && a.get(1).reason().contains("steroid"), a.get(1).reason());
        // CR likewise
        assertEquals(Response.SD, assess(new int[] {100, 150}, List.of(scan(1000, 10000), scan(0, 0)), up).get(1).bidimensional());
        // the dose back down before the scan: PR stands
        List<Event> upDown = List.of(up.get(0), new Event("p", Type.STEROIDS_DOWN, baseline.plusDays(40)));
        assertEquals(Response.PR, assess(new int[] {100, 150}, List.of(scan(1000, 10000), scan(300, 2000)), upDown).get(1).bidimensional());
        // a steroid increase with stable imaging is SD, not PD
        List<Assessment> stable = assess(new int[] {100, 150}, List.of(scan(1000, 10000), scan(1050, 10500)), up);
        assertEquals(Response.SD, stable.get(1).bidimensional());
        assertTrue(stable.get(1).reason().contains("not progression by itself"), stable.get(1).reason());
        // a decrease of steroids does not block a response
        List<Event> down = List.of(new Event("p", Type.STEROIDS_DOWN, baseline.plusDays(20)));
        assertEquals(Response.PR, assess(new int[] {100, 150}, List.of(scan(1000, 10000), scan(300, 2000)), down).get(1).bidimensional());
    }

    @Test
    void withoutRadiotherapyEventTheFirstScanIsTheBaselineAndNothingIsPreliminary() {
        List<LocalDate> dates = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
        List<Assessment> a = RanoAssessor.assess("q", dates, List.of(scan(1000, 10000), scan(1400, 15000)), TreatmentEvents.none(), LongitudinalSettings.defaults());
        assertEquals(List.of(Response.BASELINE, Response.PD), bidimensional(a));
        assertEquals(null, a.get(0).daysSinceRtEnd());
    }

    @Test
    void rejectsUnorderedDates() {
        List<LocalDate> dates = List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RanoAssessor.assess("q", dates, List.of(scan(1, 1), scan(1, 1)), TreatmentEvents.none(), LongitudinalSettings.defaults()));
        assertTrue(e.getMessage().contains("q"), e.getMessage());
    }
}
