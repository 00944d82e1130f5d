package org.gliomaradiomics.learn;

import org.gliomaradiomics.image.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads feature tables in the three layouts we meet:
 * <ul>
 * <li>our long format {@code case,label,image_type,family,feature,ibsi_code,aggregation,value}, pivoted to columns
 * {@code <image_type>_<family>_<feature>[_<aggregation>]} (prefixed {@code label<L>_} when a case has several
 * labels);</li>
 * <li>wide tables such as PyRadiomics output: {@code diagnostics_*} and text columns (no number at all) are
 * dropped; a text cell in a column of numbers, an infinite value or a repeated column name is an error naming the
 * column and the line;</li>
 * <li>CaPTk tables (UPenn-GBM): wide, ID column {@code SubjectID}.</li>
 * </ul>
 * The ID column of a wide table is chosen by name; when none is given the first of {@code ID}, {@code SubjectID},
 * {@code case}, {@code PatientID}, {@code Patient} (case-insensitive) is used, otherwise the first column.
 */
public final class FeatureTableReader {
    private static final String[] LONG_HEADER = {"case", "label", "image_type", "family", "feature", "ibsi_code",
            "aggregation", "value"};
    private static final String[] ID_CANDIDATES = {"ID", "SubjectID", "case", "PatientID", "Patient"};

    private FeatureTableReader() {}

    /** Reads several tables and inner-joins them on ID; IDs not present in every table go to {@code unmatched}. */
    public static FeatureTable readAll(List<Path> files, String idColumn, List<String> unmatched) throws IOException {
        List<FeatureTable> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            tables.add(read(f, idColumn));
            names.add(f.getFileName().toString());
        }
        return FeatureTable.innerJoin(tables, names, unmatched);
    }

    public static FeatureTable read(Path file, String idColumn) throws IOException {
        TextFiles.Csv csv = TextFiles.csv(file, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).build());
        String where = file.toString();
        return isLongFormat(csv.header()) ? pivotLong(csv.records(), where) : readWide(csv.header(), csv.records(), idColumn, where);
    }

    static boolean isLongFormat(List<String> header) {
        if (header.size() != LONG_HEADER.length) return false;
        for (int i = 0; i < LONG_HEADER.length; i++)
            if (!header.get(i).trim().equalsIgnoreCase(LONG_HEADER[i])) return false;
        return true;
    }

    private static FeatureTable pivotLong(List<CSVRecord> records, String where) {
        Map<String, java.util.Set<String>> labelsPerCase = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            if (r.size() != LONG_HEADER.length)
                throw new IllegalArgumentException(where + ": line " + line(r) + " has " + r.size() + " cells, the header " + LONG_HEADER.length);
            labelsPerCase.computeIfAbsent(r.get(0), k -> new java.util.TreeSet<>()).add(r.get(1));
        }
        boolean severalLabels = labelsPerCase.values().stream().anyMatch(s -> s.size() > 1);
        Map<String, Integer> caseRow = new LinkedHashMap<>();
        Map<String, Integer> column = new LinkedHashMap<>();
        List<Map<Integer, Double>> cells = new ArrayList<>();
        for (CSVRecord r : records) {
            String name = r.get(2) + "_" + r.get(3) + "_" + r.get(4) + (r.get(6).isEmpty() ? "" : "_" + r.get(6));
            if (severalLabels) name = "label" + r.get(1) + "_" + name;
            int row = caseRow.computeIfAbsent(r.get(0), k -> {
                cells.add(new java.util.HashMap<>());
                return cells.size() - 1;
            });
            int col = column.computeIfAbsent(name, k -> column.size());
            double v = parseNumber(r.get(7));
            if (!r.get(3).equals("diagnostics")) {
                if (Double.isNaN(v) && !isMissingToken(r.get(7))) throw notANumber(where, name, r, r.get(7));
                finite(v, where, name, r, r.get(7));
            }
            if (cells.get(row).put(col, v) != null)
                throw new IllegalArgumentException(where + ": feature '" + name + "' appears twice for case '" + r.get(0)
                        + "' (line " + r.getRecordNumber() + ")");
        }
        double[][] values = new double[caseRow.size()][column.size()];
        for (int i = 0; i < values.length; i++) {
            java.util.Arrays.fill(values[i], Double.NaN);
            for (Map.Entry<Integer, Double> e : cells.get(i).entrySet()) values[i][e.getKey()] = e.getValue();
        }
        return new FeatureTable(caseRow.keySet().toArray(new String[0]), column.keySet().toArray(new String[0]), values);
    }

    private static FeatureTable readWide(List<String> header, List<CSVRecord> records, String idColumn, String where) {
        int idCol = findIdColumn(header, idColumn, where);
        Map<String, Integer> firstColumn = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            Integer before = firstColumn.putIfAbsent(header.get(c).trim(), c);
            if (before != null)
                throw new IllegalArgumentException(where + ": column '" + header.get(c).trim() + "' appears twice (columns " + (before + 1) + " and " + (c + 1) + ")");
        }
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == idCol || header.get(c).startsWith("diagnostics_")) continue;
            // a column of text (site, path, sex) is not a feature; a column of numbers must be numbers throughout
            CSVRecord text = null, number = null;
            for (CSVRecord r : records) {
                if (c >= r.size() || isMissingToken(r.get(c))) continue;
                if (Double.isNaN(parseNumber(r.get(c)))) {
                    if (text == null) text = r;
                } else if (number == null) {
                    number = r;
                }
            }
            if (number == null && text != null) continue;
            if (text != null) throw notANumber(where, header.get(c), text, text.get(c));
            numeric.add(c);
        }
        String[] names = new String[numeric.size()];
        for (int j = 0; j < names.length; j++) names[j] = header.get(numeric.get(j)).trim();
        String[] ids = new String[records.size()];
        double[][] values = new double[records.size()][names.length];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            CSVRecord r = records.get(i);
            ids[i] = r.get(idCol).trim();
            if (!seen.add(ids[i]))
                throw new IllegalArgumentException(where + ": ID '" + ids[i] + "' appears twice (line " + r.getRecordNumber() + ")");
            for (int j = 0; j < names.length; j++) {
                int c = numeric.get(j);
                values[i][j] = c < r.size() ? finite(parseNumber(r.get(c)), where, names[j], r, r.get(c)) : Double.NaN;
            }
        }
        return new FeatureTable(ids, names, values);
    }

    /** The line of a record in its file (the header is line 1; no line breaks inside cells assumed). */
    private static long line(CSVRecord r) {
        return r.getRecordNumber() + 1;
    }

    private static IllegalArgumentException notANumber(String where, String column, CSVRecord r, String cell) {
        return new IllegalArgumentException(where + ": column '" + column.trim() + "', line " + line(r) + ": '" + cell
            + "' is not a number (use an empty cell or NA for a missing value)");
    }

    /** The value, or an error naming the cell when it is infinite (a model cannot use it). */
    private static double finite(double v, String where, String column, CSVRecord r, String cell) {
        if (Double.isInfinite(v))
            throw new IllegalArgumentException(where + ": column '" + column.trim() + "', line " + line(r) + ": '" + cell.trim()
                + "' is infinite; fix or blank the cell");
        return v;
    }

    static int findIdColumn(List<String> header, String idColumn, String where) {
        if (idColumn != null && !idColumn.isEmpty()) {
            for (int c = 0; c < header.size(); c++) if (header.get(c).trim().equals(idColumn)) return c;
            throw new IllegalArgumentException(where + ": no ID column '" + idColumn + "' (columns start " +
                    header.subList(0, Math.min(5, header.size())) + ")");
        }
        for (String cand : ID_CANDIDATES)
            for (int c = 0; c < header.size(); c++) if (header.get(c).trim().equalsIgnoreCase(cand)) return c;
        return 0;
    }

    /** A number, or NaN for blanks, NA tokens and text. */
    static double parseNumber(String s) {
        String t = s.trim();
        if (t.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean isMissingToken(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        // "-nan" is how C's printf writes a NaN with its sign bit set (CaPTk's tables have it)
        return t.isEmpty() || t.equals("na") || t.equals("nan") || t.equals("-nan") || t.equals("+nan") || t.equals("n/a") || t.equals("null") || t.equals("none")
                || t.equals("?") || t.equals("not available");
    }
}
