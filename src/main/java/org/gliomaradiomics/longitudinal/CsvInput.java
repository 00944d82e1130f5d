package org.gliomaradiomics.longitudinal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gliomaradiomics.table.CsvTable;

/**
 * The rows of a small CSV (as table.CsvReader read it) by lower-case column name, each remembering its file and line for
 * one-line errors. The caller reads the file; this only interprets the table.
 */
final class CsvInput {
    private CsvInput() {}

    /** One data row: values by lower-case column name, and where it came from. */
    record Row(Path file, long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ": line " + line + ": " + message);
        }

        LocalDate date(String column) {
            String text = get(column);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(column + " '" + text + "' is not an ISO date (YYYY-MM-DD)");
            }
        }

        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) throw error("empty " + column);
            return v;
        }
    }

    /** Rows of the CSV {@code t} read from {@code file}, whose header must contain {@code required} columns (case-insensitive). */
    static List<Row> rows(Path file, CsvTable t, List<String> required) {
        List<String> header = new ArrayList<>();
        for (String h : t.columns()) header.add(h.toLowerCase(Locale.ROOT));
        for (String c : required)
            if (!header.contains(c)) throw new IllegalArgumentException(file + ": missing column '" + c + "' (header: " + String.join(",", header) + ")");
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Map<String, String> values = new TreeMap<>();
            for (int i = 0; i < t.width(r) && i < header.size(); i++) values.put(header.get(i), t.text(r, i));
            rows.add(new Row(file, t.line(r), values));
        }
        return rows;
    }
}
