package org.gliomaradiomics.longitudinal;

import org.gliomaradiomics.image.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a small CSV with a header into rows that remember their file and line, for one-line error messages. */
final class CsvInput {
    private CsvInput() {}

    /** One data row: values by lower-case column name, and where it came from. */
    record Row(Path file, long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + " row " + line + ": " + message);
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

    /** Rows of a CSV whose header must contain {@code required} columns (case-insensitive). */
    static List<Row> read(Path file, List<String> required) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such file");
        List<Row> rows = new ArrayList<>();
        TextFiles.Csv p = TextFiles.csv(file, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setTrim(true).setCommentMarker('#').build());
        try {
            List<String> header = new ArrayList<>();
            for (String h : p.header()) header.add(h.trim().toLowerCase(Locale.ROOT));
            for (String c : required)
                if (!header.contains(c)) throw new IllegalArgumentException(file + ": missing column '" + c + "' (header: " + String.join(",", header) + ")");
            for (CSVRecord rec : p.records()) {
                Map<String, String> values = new TreeMap<>();
                for (int i = 0; i < rec.size() && i < header.size(); i++) values.put(header.get(i), rec.get(i));
                rows.add(new Row(file, rec.getRecordNumber() + 1, values));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": not a readable CSV (" + e.getMessage() + ")", e);
        }
        return rows;
    }
}
