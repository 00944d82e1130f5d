package org.gliomaradiomics.longitudinal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.gliomaradiomics.table.CsvWriter;
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

    public static void writeCsv(List<Assessment> rows, Path file) throws IOException {
        CsvWriter.write(table(rows), file);
    }

    /** A self-contained HTML page: the patient's table and the timeline chart embedded as a base64 PNG. */
    public static String html(String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        TimelineChart.writePng(png, patient, rows, events, settings, 900, 500);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Response assessment: ").append(escape(patient))
            .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:90%}"
                + "td,th{border:1px solid #bbb;padding:3px 6px;text-align:right;vertical-align:top}td.t{text-align:left}"
                + "td.reason{min-width:32em;max-width:60em}th{background:#eee}</style></head><body>\n");
        h.append("<h1>RANO 2.0 response assessment: ").append(escape(patient)).append("</h1>\n");
        h.append("<p>Baseline: first scan after the end of radiotherapy. PR: SPD &minus;")
            .append(pct(settings.bidimensionalResponseDecrease)).append(" / ET volume &minus;").append(pct(settings.volumetricResponseDecrease))
            .append(" from baseline; PD: SPD +").append(pct(settings.bidimensionalProgressionIncrease)).append(" / ET volume +")
            .append(pct(settings.volumetricProgressionIncrease)).append(" from the nadir or a new measurable lesion; progression within ")
            .append(settings.preliminaryWindowDays).append(" days after radiotherapy is preliminary.</p>\n");
        h.append("<img alt=\"timeline\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\">\n");
        h.append("<h2>Events</h2>\n<ul>\n");
        for (TreatmentEvents.Event e : events.of(patient)) h.append("<li>").append(e.date()).append(": ").append(e.type().key()).append("</li>\n");
        h.append("</ul>\n<h2>Scans</h2>\n<table>\n<tr>");
        Table t = table(rows);
        for (String c : t.columns()) if (!c.equals("patient")) h.append("<th>").append(escape(c)).append("</th>");
        h.append("</tr>\n");
        for (Object[] row : t.rows()) {
            h.append("<tr>");
            for (int c = 1; c < row.length; c++) {
                Object v = row[c];
                String text = v instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : Table.format(v);
                boolean reason = t.columns().get(c).equals("reason"); // the long column: wide enough to read at 1,280 px
                h.append(v instanceof Number ? "<td>" : reason ? "<td class=\"t reason\">" : "<td class=\"t\">").append(escape(text)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    public static void writeHtml(Path file, String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings) throws IOException {
        String page = html(patient, rows, events, settings);
        CsvWriter.writeAtomically(file, w -> w.write(page));
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * f);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
