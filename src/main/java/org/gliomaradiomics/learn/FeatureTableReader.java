package org.gliomaradiomics.learn;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads feature tables in the three layouts we meet:
 * <ul>
 * <li>our long format {@code case,label,image_type,family,feature,ibsi_code,aggregation,value}, pivoted to columns
 * {@code <image_type>_<family>_<feature>[_<aggregation>]} (prefixed {@code label<L>_} when a case has several
 * labels);</li>
 * <li>wide tables such as PyRadiomics output: {@code diagnostics_*} and non-numeric columns are dropped;</li>
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
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> header = p.getHeaderNames();
            List<CSVRecord> records = p.getRecords();
            String where = file.toString();
            return isLongFormat(header) ? pivotLong(records, where) : readWide(header, records, idColumn, where);
        }
    }

    static boolean isLongFormat(List<String> header) {
        if (header.size() != LONG_HEADER.length) return false;
        for (int i = 0; i < LONG_HEADER.length; i++)
            if (!header.get(i).trim().equalsIgnoreCase(LONG_HEADER[i])) return false;
        return true;
    }

    private static FeatureTable pivotLong(List<CSVRecord> records, String where) {
        Map<String, java.util.Set<String>> labelsPerCase = new LinkedHashMap<>();
        for (CSVRecord r : records) labelsPerCase.computeIfAbsent(r.get(0), k -> new java.util.TreeSet<>()).add(r.get(1));
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
            if (cells.get(row).put(col, parseNumber(r.get(7))) != null)
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
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == idCol || header.get(c).startsWith("diagnostics_")) continue;
            boolean ok = true;
            for (CSVRecord r : records) {
                if (c < r.size() && Double.isNaN(parseNumber(r.get(c))) && !isMissingToken(r.get(c))) {
                    ok = false;
                    break;
                }
            }
            if (ok) numeric.add(c);
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
                values[i][j] = c < r.size() ? parseNumber(r.get(c)) : Double.NaN;
            }
        }
        return new FeatureTable(ids, names, values);
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
        return t.isEmpty() || t.equals("na") || t.equals("nan") || t.equals("n/a") || t.equals("null") || t.equals("none")
                || t.equals("?") || t.equals("not available");
    }
}
