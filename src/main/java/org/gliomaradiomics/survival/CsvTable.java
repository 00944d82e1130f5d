package org.gliomaradiomics.survival;

import org.gliomaradiomics.image.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A small in-memory CSV table (commons-csv, first row = header) with columns addressed by name. Numeric
 * access reports the file, the 1-based data row and the column of any value that is not a number.
 */
public final class CsvTable {
    private final Path source;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<String[]> rows;

    private CsvTable(Path source, List<String> header, List<String[]> rows) {
        this.source = source;
        this.header = Collections.unmodifiableList(header);
        this.rows = rows;
        this.columnIndex = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) columnIndex.putIfAbsent(header.get(i), i);
    }

    /** Reads a comma-separated file with a header row (a UTF-8 byte-order mark is ignored). */
    public static CsvTable read(Path file) throws IOException {
        List<String> header;
        List<String[]> rows = new ArrayList<>();
        try {
            var parser = TextFiles.csv(file, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build());
            header = new ArrayList<>(parser.header());
            if (!header.isEmpty()) header.set(0, header.get(0).replace("\uFEFF", ""));
            for (CSVRecord rec : parser.records()) {
                String[] row = new String[header.size()];
                for (int c = 0; c < row.length; c++) row[c] = c < rec.size() ? rec.get(c) : "";
                rows.add(row);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": not a readable CSV table: " + e.getMessage(), e);
        }
        return new CsvTable(file, header, rows);
    }

    public Path source() { return source; }
    public List<String> columns() { return header; }
    public int rowCount() { return rows.size(); }
    public boolean hasColumn(String name) { return columnIndex.containsKey(name); }

    /** Raw text of one cell; row is 0-based. */
    public String text(int row, String column) { return rows.get(row)[index(column)]; }

    public String[] textColumn(String column) {
        int c = index(column);
        String[] out = new String[rows.size()];
        for (int r = 0; r < out.length; r++) out[r] = rows.get(r)[c];
        return out;
    }

    /** Whether the cell is blank or one of the usual missing-value spellings (NA, NaN, null). */
    public boolean isMissing(int row, String column) {
        String s = text(row, column);
        return s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN") || s.equalsIgnoreCase("null");
    }

    /** Numeric value of one cell; an unparsable or missing value is an error naming file, row and column. */
    public double number(int row, String column) {
        String s = text(row, column);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": row " + (row + 1) + ", column '" + column
                + "': '" + s + "' is not a number");
        }
    }

    public double[] numericColumn(String column) {
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) out[r] = number(r, column);
        return out;
    }

    private int index(String column) {
        Integer c = columnIndex.get(column);
        if (c == null) throw new IllegalArgumentException(source + ": no column '" + column + "' (columns: "
            + String.join(", ", header) + ")");
        return c;
    }
}
