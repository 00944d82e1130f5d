package org.gliomaradiomics.longitudinal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.gliomaradiomics.table.Table;

/** The outputs of an assessment: the assessment table (CSV) and a self-contained HTML report per patient. */
public final class AssessmentOutputs {
    private AssessmentOutputs() {}

    public static final List<String> COLUMNS = List.of("patient", "date", "days_since_rt_end", "et_volume_mm3", "tc_volume_mm3", "wt_volume_mm3",
        "spd_mm2", "n_measurable", "new_lesion", "response_bidimensional", "response_volumetric", "revised_response_bidimensional",
        "revised_response_volumetric", "reason");

    /**
     * One row per assessed scan. {@code new_lesion} is true when a new measurable lesion appeared. {@code response_*}
     * is each scan's own category (CR, PR, SD, PD, NE, preliminary PD); {@code revised_response_*} the same but a
     * preliminary PD that a later scan resolved: pseudoprogression, or PD when confirmed.
     */
    public static Table table(List<Assessment> rows) {
        Table t = new Table(COLUMNS);
        for (Assessment a : rows) {
            ScanMeasurement m = a.measurement();
            t.addRow(a.patient(), a.date().toString(), a.daysSinceRtEnd(), m.etVolumeMm3(), m.tcVolumeMm3(), m.wtVolumeMm3(), m.spdMm2(),
                m.measurableCount(), m.newMeasurableLesion(), a.bidimensional().label, a.volumetric().label,
                a.revisedBidimensional().label, a.revisedVolumetric().label, a.reason());
        }
        return t;
    }

    /** A self-contained HTML page: the patient's table and the timeline chart embedded as a base64 PNG. */
    public static String html(String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        TimelineChart.writePng(png, patient, rows, events, settings, 900, 500);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Response assessment: ").append(escape(patient))
            .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:90%}"
                + "td,th{border:1px solid #bbb;padding:3px 6px;text-align:right;vertical-align:top}td.t{text-align:left}"
                + "tr:not(.why) td:first-child{white-space:nowrap}th{background:#eee;text-align:center;vertical-align:bottom}"
                + "tr.why td{color:#333;background:#fafafa;border-bottom:2px solid #888;padding-bottom:6px}</style></head><body>\n");
        h.append("<h1>RANO 2.0 response assessment: ").append(escape(patient)).append("</h1>\n");
        h.append("<p>Baseline: first scan after the end of radiotherapy. PR: SPD &minus;")
            .append(pct(settings.bidimensionalResponseDecrease())).append(" / ET volume &minus;").append(pct(settings.volumetricResponseDecrease()))
            .append(" from baseline; PD: SPD +").append(pct(settings.bidimensionalProgressionIncrease())).append(" / ET volume +")
            .append(pct(settings.volumetricProgressionIncrease())).append(" from the nadir or a new measurable lesion; progression within ")
            .append(settings.preliminaryWindowDays()).append(" days after radiotherapy is preliminary.</p>\n");
        h.append("<img alt=\"timeline\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\">\n");
        h.append("<h2>Events</h2>\n<ul>\n");
        for (TreatmentEvents.Event e : events.of(patient)) h.append("<li>").append(e.date()).append(": ").append(e.type().key()).append("</li>\n");
        // At 1,280 px the thirteen value columns fill the width; each scan's reason, the long text, gets a full-width
        // row of its own under the values instead of a squeezed column, and headers wrap at their underscores.
        h.append("</ul>\n<h2>Scans</h2>\n<table>\n<tr>");
        Table t = table(rows);
        int reason = t.columnIndex("reason");
        for (int c = 1; c < t.columns().size(); c++)
            if (c != reason) h.append("<th>").append(escape(t.columns().get(c)).replace("_", "_<wbr>")).append("</th>");
        h.append("</tr>\n");
        for (Object[] row : t.rows()) {
            h.append("<tr>");
            for (int c = 1; c < row.length; c++) {
                if (c == reason) continue;
                Object v = row[c];
                String text = v instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : Table.format(v);
                h.append(v instanceof Number ? "<td>" : "<td class=\"t\">").append(escape(text)).append("</td>");
            }
            h.append("</tr>\n<tr class=\"why\"><td class=\"t reason\" colspan=\"").append(t.columns().size() - 2).append("\">")
                .append(escape(Table.format(row[reason]))).append("</td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * f);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
