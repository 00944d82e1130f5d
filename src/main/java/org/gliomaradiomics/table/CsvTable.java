package org.gliomaradiomics.table;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table as text, the one form in which every CSV input is read (feature, clinical, survival and robustness
 * tables, batch manifests, follow-up series): commons-csv, first row the header, cells trimmed, blank lines skipped.
 * One policy for missing values ({@link #isMissing(String)}: empty, NA, NaN, CaPTk's {@code -nan}, ...) and one form
 * of error, naming the source, the line and the column: {@code t.csv: line 4, column 'age': 'x' is not a number}.
 * Parsing takes text; {@link CsvReader} reads files.
 */
public final class CsvTable {
    /** Cells that mean "no value". "-nan" is how C's printf writes a NaN with its sign bit set (CaPTk's tables have it). */
    private static final Set<String> MISSING = Set.of("", "na", "nan", "-nan", "+nan", "n/a", "null", "none", "?", "not available");

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String[]> rows;
    private final long[] lines;

    private CsvTable(String source, List<String> header, List<String[]> rows, long[] lines) {
        this.source = source;
        this.header = Collections.unmodifiableList(header);
        this.rows = rows;
        this.lines = lines;
        for (int i = 0; i < header.size(); i++) columnIndex.putIfAbsent(header.get(i), i);
    }

    /**
     * Parses CSV text; {@code source} names it in errors. With {@code commentLines}, lines starting with {@code #} are
     * skipped. A repeated column name is an error naming it; text that is not CSV (an unfinished quote) is an
     * {@link IOException} naming the source.
     */
    public static CsvTable parse(String source, String text, boolean commentLines) throws IOException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL);
        if (commentLines) format.setCommentMarker('#');
        List<String> header;
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long[] lineStarts = lineStarts(text);
        try (CSVParser p = format.build().parse(new StringReader(text))) {
            header = new ArrayList<>(p.getHeaderNames());
            for (CSVRecord r : p) {
                rows.add(r.values());
                lines.add(lineOf(lineStarts, r.getCharacterPosition()));
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(source + ": not a valid CSV table (" + (e.getMessage() == null ? "malformed" : e.getMessage()) + ")", e);
        }
        Map<String, Integer> first = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            Integer before = header.get(c).isEmpty() ? null : first.putIfAbsent(header.get(c), c);
            if (before != null)
                throw new IllegalArgumentException(source + ": column '" + header.get(c) + "' appears twice (columns " + (before + 1) + " and " + (c + 1) + ")");
        }
        return new CsvTable(source, header, rows, lines.stream().mapToLong(Long::longValue).toArray());
    }

    private static long[] lineStarts(String text) {
        List<Long> starts = new ArrayList<>(List.of(0L));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1L);
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static long lineOf(long[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Whether a cell means "no value": empty, NA, NaN, -nan, +nan, N/A, null, none, ? or "not available" (any case). */
    public static boolean isMissing(String cell) {
        return MISSING.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    /** A cell as a number: NaN when missing or not a number (for telling numeric columns from text ones). */
    public static double parseNumber(String cell) {
        if (isMissing(cell)) return Double.NaN;
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public String source() { return source; }
    public List<String> columns() { return header; }
    public int rowCount() { return rows.size(); }
    public boolean hasColumn(String name) { return columnIndex.containsKey(name); }

    /** The column's position, or -1. */
    public int columnIndex(String name) {
        Integer c = columnIndex.get(name);
        return c == null ? -1 : c;
    }

    /** The line of a data row in the text (the header is line 1); row is 0-based. */
    public long line(int row) { return lines[row]; }

    /** The number of cells the row has (may differ from the header's). */
    public int width(int row) { return rows.get(row).length; }

    /** Text of one cell ("" beyond the row's end); row is 0-based. */
    public String text(int row, int column) {
        String[] r = rows.get(row);
        return column < r.length ? r[column] : "";
    }

    public String text(int row, String column) { return text(row, index(column)); }

    public String[] textColumn(String column) {
        int c = index(column);
        String[] out = new String[rows.size()];
        for (int r = 0; r < out.length; r++) out[r] = text(r, c);
        return out;
    }

    public boolean isMissing(int row, String column) { return isMissing(text(row, column)); }

    /** A cell as a number, NaN when missing; text is an error naming the source, line and column. */
    public double number(int row, int column) {
        String s = text(row, column);
        double v = parseNumber(s);
        if (Double.isNaN(v) && !isMissing(s))
            throw error(row, header.get(column), "'" + s + "' is not a number (use an empty cell or NA for a missing value)");
        return v;
    }

    public double number(int row, String column) { return number(row, index(column)); }

    /** Every cell of a column as a number; a missing or text cell is an error naming the source, line and column. */
    public double[] numericColumn(String column) {
        int c = index(column);
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = number(r, c);
            if (Double.isNaN(out[r]) && isMissing(text(r, c))) throw error(r, column, "missing value");
        }
        return out;
    }

    /** An error about one cell: {@code source: line L, column 'c': message}. */
    public IllegalArgumentException error(int row, String column, String message) {
        return new IllegalArgumentException(source + ": line " + line(row) + ", column '" + column + "': " + message);
    }

    /** An error about one row: {@code source: line L: message}. */
    public IllegalArgumentException error(int row, String message) {
        return new IllegalArgumentException(source + ": line " + line(row) + ": " + message);
    }

    /** The column's position; an error listing the columns when there is none of that name. */
    public int index(String column) {
        Integer c = columnIndex.get(column);
        if (c == null) throw new IllegalArgumentException(source + ": no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        return c;
    }
}
