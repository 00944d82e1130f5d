package org.gliomaradiomics.longitudinal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * RANO 2.0 response assessment of a patient's series, bidimensional (SPD) and volumetric (enhancing volume),
 * each scan against the baseline (the first scan after the end of radiotherapy, else the first scan) and the
 * nadir (smallest value from the baseline up to the previous scan).
 * <ul>
 * <li>CR: no enhancing disease; PR: decrease from baseline by the response threshold (50 % SPD, 65 % volume);
 * PD: increase from the nadir by the progression threshold (25 % SPD, 40 % volume) or a new measurable lesion
 * (after a nadir of 0: any measurable lesion); SD otherwise.</li>
 * <li>PD within 12 weeks after the end of radiotherapy is a preliminary PD. The next scan confirms it when it grows
 * again by the progression threshold over the preliminary scan (or shows a new measurable lesion): that scan is PD.
 * It resolves it as treatment-related when it is lower than the preliminary scan: that scan gets its own category
 * against baseline (CR, PR or SD). Otherwise it is still a preliminary PD. Every scan keeps its own category (what was
 * known then); the revised category of a resolved preliminary PD is PD (confirmed: progression dates from it) or
 * pseudoprogression.</li>
 * <li>NE: a scan whose value could not be measured.</li>
 * <li>Steroids: CR and PR need a dose not higher than at baseline (else SD); a steroid increase alone is never
 * progression. The dose change is the number of steroids_up minus steroids_down events after the baseline date up
 * to the scan date.</li>
 * </ul>
 * Simplifications: no 4-week confirmation of CR/PR, no non-enhancing (FLAIR) progression, no clinical status.
 */
public final class RanoAssessor {
    private RanoAssessor() {}

    /** One criterion: a measurement value and its thresholds. */
    private record Criterion(String name, String unit, ToDoubleFunction<ScanMeasurement> value, double responseDecrease, double progressionIncrease) {}

    public static List<Assessment> assess(String patient, List<LocalDate> dates, List<ScanMeasurement> scans, TreatmentEvents events,
                                          LongitudinalSettings settings) {
        if (dates.size() != scans.size()) throw new IllegalArgumentException(dates.size() + " dates for " + scans.size() + " scans");
        for (int i = 1; i < dates.size(); i++)
            if (!dates.get(i).isAfter(dates.get(i - 1))) throw new IllegalArgumentException("patient " + patient + ": scan dates not strictly increasing at " + dates.get(i));
        settings.validate();
        Optional<LocalDate> rtEnd = events.last(patient, TreatmentEvents.Type.RT_END);
        int baseline = 0;
        if (rtEnd.isPresent()) {
            for (int i = 0; i < dates.size(); i++)
                if (dates.get(i).isAfter(rtEnd.get())) {
                    baseline = i;
                    break;
                }
        }
        Criterion bidim = new Criterion("SPD", "mm²", ScanMeasurement::spdMm2, settings.bidimensionalResponseDecrease(), settings.bidimensionalProgressionIncrease());
        Criterion volum = new Criterion("ET volume", "mm³", ScanMeasurement::etVolumeMm3, settings.volumetricResponseDecrease(), settings.volumetricProgressionIncrease());
        int[] steroids = new int[dates.size()];
        for (int i = baseline + 1; i < dates.size(); i++) steroids[i] = events.steroidChange(patient, dates.get(baseline), dates.get(i));
        String[] bReasons = new String[dates.size()], vReasons = new String[dates.size()];
        Response[] b = new Response[dates.size()], bRevised = new Response[dates.size()];
        Response[] v = new Response[dates.size()], vRevised = new Response[dates.size()];
        run(bidim, baseline, dates, scans, rtEnd, steroids, settings, b, bRevised, bReasons);
        run(volum, baseline, dates, scans, rtEnd, steroids, settings, v, vRevised, vReasons);
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            final int k = i;
            Integer days = rtEnd.map(d -> (int) ChronoUnit.DAYS.between(d, dates.get(k))).orElse(null);
            StringBuilder reason = new StringBuilder();
            reason.append("bidimensional: ").append(bReasons[i]).append("; volumetric: ").append(vReasons[i]);
            ScanMeasurement m = scans.get(i);
            if (m.newLesionCount() > 0)
                reason.append("; ").append(m.newLesionCount()).append(" new enhancing lesion(s)").append(m.newMeasurableLesion() ? ", measurable" : ", none measurable");
            if (i > baseline) {
                if (steroids[i] > 0) reason.append("; steroid dose increased since baseline (not progression by itself; no CR/PR)");
                else if (steroids[i] < 0) reason.append("; steroid dose reduced since baseline");
            }
            out.add(new Assessment(patient, dates.get(i), days, m, b[i], v[i], bRevised[i], vRevised[i], reason.toString()));
        }
        return out;
    }

    /** Fills {@code out} (each scan's own category), {@code revised} and {@code reasons} for one criterion. */
    private static void run(Criterion c, int baseline, List<LocalDate> dates, List<ScanMeasurement> scans, Optional<LocalDate> rtEnd,
                            int[] steroids, LongitudinalSettings s, Response[] out, Response[] revised, String[] reasons) {
        int n = dates.size();
        for (int i = 0; i < baseline; i++) {
            out[i] = Response.PRE_BASELINE;
            reasons[i] = "before the baseline scan of " + dates.get(baseline) + " (radiotherapy not finished)";
        }
        double base = c.value.applyAsDouble(scans.get(baseline));
        out[baseline] = Response.BASELINE;
        boolean afterRt = rtEnd.map(d -> dates.get(baseline).isAfter(d)).orElse(false);
        reasons[baseline] = c.name + " " + fmt(base) + " " + c.unit + (afterRt ? " (first scan after radiotherapy)" : " (first scan)");
        int nadir = baseline;
        List<Integer> pending = new ArrayList<>(); // preliminary PD scans not yet resolved, the first one first
        for (int i = baseline + 1; i < n; i++) {
            ScanMeasurement m = scans.get(i);
            double v = c.value.applyAsDouble(m), nv = c.value.applyAsDouble(scans.get(nadir));
            if (Double.isNaN(v)) {
                out[i] = Response.NE;
                reasons[i] = "NE: " + c.name + " could not be measured";
                continue;
            }
            String values = c.name + " " + fmt(v) + " " + c.unit + ", " + change(v, base) + " from baseline " + dates.get(baseline)
                + " (PR at " + pct(-c.responseDecrease) + "), " + change(v, nv) + " from nadir " + dates.get(nadir) + " (PD at " + pct(c.progressionIncrease) + ")";
            boolean newMeasurable = m.newMeasurableLesion();
            boolean progression = newMeasurable || (nv > 0 ? v >= nv * (1 + c.progressionIncrease) : m.measurableCount() > 0);
            Response r;
            String why;
            if (!pending.isEmpty()) {
                int p = pending.get(0); // confirmation and decrease are judged against the first preliminary PD
                double pv = c.value.applyAsDouble(scans.get(p));
                String vsPrelim = change(v, pv) + " from the preliminary PD of " + dates.get(p);
                if (newMeasurable || (pv > 0 ? v >= pv * (1 + c.progressionIncrease) : v > 0)) {
                    r = Response.PD;
                    why = vsPrelim + (newMeasurable ? " and a new measurable lesion" : " (confirmation at " + pct(c.progressionIncrease) + ")")
                        + ": the preliminary PD is confirmed";
                    resolve(pending, Response.PD, "confirmed by the scan of " + dates.get(i), revised, reasons);
                } else if (v < pv * (1 - s.pseudoprogressionDecrease())) {
                    Own own = ownCategory(m, v, base, c);
                    r = own.r;
                    why = vsPrelim + " (a decrease: the preliminary PD was treatment-related); this scan: " + own.why;
                    resolve(pending, Response.PSEUDOPROGRESSION, "revised to pseudoprogression by the scan of " + dates.get(i), revised, reasons);
                } else {
                    r = Response.PRELIMINARY_PD;
                    why = vsPrelim + " (neither confirmed nor decreased: still preliminary)";
                    pending.add(i);
                }
            } else if (progression) {
                boolean early = rtEnd.isPresent() && ChronoUnit.DAYS.between(rtEnd.get(), dates.get(i)) <= s.preliminaryWindowDays();
                if (early) {
                    r = Response.PRELIMINARY_PD;
                    why = "progression within " + s.preliminaryWindowDays() + " days after radiotherapy: preliminary until the next scan";
                    pending.add(i);
                } else {
                    r = Response.PD;
                    why = newMeasurable ? "new measurable lesion" : "increase from nadir";
                }
            } else {
                Own own = ownCategory(m, v, base, c);
                r = own.r;
                why = own.why;
            }
            if ((r == Response.CR || r == Response.PR) && steroids[i] > 0) {
                why = "would be " + r.label + " (" + why + ") but the steroid dose is higher than at baseline";
                r = Response.SD;
            }
            out[i] = r;
            reasons[i] = r.label + ": " + why + " [" + values + "]";
            if (v < nv) nadir = i;
        }
        for (int i = 0; i < n; i++) if (revised[i] == null) revised[i] = out[i];
    }

    private record Own(Response r, String why) {}

    /** CR, PR or SD of a scan that shows no progression. */
    private static Own ownCategory(ScanMeasurement m, double v, double base, Criterion c) {
        if (m.etVolumeMm3() == 0) return new Own(Response.CR, "no enhancing disease");
        if (base > 0 && v <= base * (1 - c.responseDecrease)) return new Own(Response.PR, "decrease from baseline");
        return new Own(Response.SD, "neither response nor progression");
    }

    /** Revises every pending preliminary PD (and says so in its reason). */
    private static void resolve(List<Integer> pending, Response to, String note, Response[] revised, String[] reasons) {
        for (int p : pending) {
            revised[p] = to;
            reasons[p] += " (" + note + ")";
        }
        pending.clear();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%+.0f%%", 100 * f);
    }

    private static String change(double v, double ref) {
        if (ref == 0) return v == 0 ? "no change" : "up from 0";
        return String.format(Locale.ROOT, "%+.1f%%", 100 * (v - ref) / ref);
    }
}
