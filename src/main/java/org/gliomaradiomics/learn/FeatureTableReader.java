package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.table.CsvTable;

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

    /** Inner-joins several tables on ID; IDs not present in every table go to {@code unmatched}. */
    public static FeatureTable readAll(List<CsvTable> csvs, String idColumn, List<String> unmatched) {
        List<FeatureTable> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (CsvTable t : csvs) {
            tables.add(read(t, idColumn));
            names.add(t.source().substring(Math.max(t.source().lastIndexOf('/'), t.source().lastIndexOf('\\')) + 1));
        }
        return FeatureTable.innerJoin(tables, names, unmatched);
    }

    public static FeatureTable read(CsvTable csv, String idColumn) {
        return isLongFormat(csv.columns()) ? pivotLong(csv) : readWide(csv, idColumn);
    }

    static boolean isLongFormat(List<String> header) {
        if (header.size() != LONG_HEADER.length) return false;
        for (int i = 0; i < LONG_HEADER.length; i++)
            if (!header.get(i).equalsIgnoreCase(LONG_HEADER[i])) return false;
        return true;
    }

    private static FeatureTable pivotLong(CsvTable t) {
        Map<String, java.util.Set<String>> labelsPerCase = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.width(r) != LONG_HEADER.length)
                throw t.error(r, "has " + t.width(r) + " cells, the header " + LONG_HEADER.length);
            labelsPerCase.computeIfAbsent(t.text(r, 0), k -> new java.util.TreeSet<>()).add(t.text(r, 1));
        }
        boolean severalLabels = labelsPerCase.values().stream().anyMatch(s -> s.size() > 1);
        Map<String, Integer> caseRow = new LinkedHashMap<>();
        Map<String, Integer> column = new LinkedHashMap<>();
        List<Map<Integer, Double>> cells = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String name = t.text(r, 2) + "_" + t.text(r, 3) + "_" + t.text(r, 4) + (t.text(r, 6).isEmpty() ? "" : "_" + t.text(r, 6));
            if (severalLabels) name = "label" + t.text(r, 1) + "_" + name;
            int row = caseRow.computeIfAbsent(t.text(r, 0), k -> {
                cells.add(new java.util.HashMap<>());
                return cells.size() - 1;
            });
            int col = column.computeIfAbsent(name, k -> column.size());
            // diagnostics rows carry text (sizes, spacings): kept as NaN, never an error
            double v = t.text(r, 3).equals("diagnostics") ? CsvTable.parseNumber(t.text(r, 7)) : finite(t, r, 7, name);
            if (cells.get(row).put(col, v) != null)
                throw t.error(r, "feature '" + name + "' appears twice for case '" + t.text(r, 0) + "'");
        }
        double[][] values = new double[caseRow.size()][column.size()];
        for (int i = 0; i < values.length; i++) {
            java.util.Arrays.fill(values[i], Double.NaN);
            for (Map.Entry<Integer, Double> e : cells.get(i).entrySet()) values[i][e.getKey()] = e.getValue();
        }
        return new FeatureTable(caseRow.keySet().toArray(new String[0]), column.keySet().toArray(new String[0]), values);
    }

    private static FeatureTable readWide(CsvTable t, String idColumn) {
        List<String> header = t.columns();
        int idCol = findIdColumn(header, idColumn, t.source());
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == idCol || header.get(c).startsWith("diagnostics_")) continue;
            // a column of text (site, path, sex) is not a feature; a column of numbers must be numbers throughout
            int text = -1;
            boolean number = false;
            for (int r = 0; r < t.rowCount(); r++) {
                String cell = t.text(r, c);
                if (CsvTable.isMissing(cell)) continue;
                if (Double.isNaN(CsvTable.parseNumber(cell))) {
                    if (text < 0) text = r;
                } else {
                    number = true;
                }
            }
            if (!number && text >= 0) continue;
            if (text >= 0) finite(t, text, c, header.get(c)); // throws, naming the cell
            numeric.add(c);
        }
        String[] names = new String[numeric.size()];
        for (int j = 0; j < names.length; j++) names[j] = header.get(numeric.get(j));
        String[] ids = new String[t.rowCount()];
        double[][] values = new double[t.rowCount()][names.length];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = t.text(i, idCol);
            if (!seen.add(ids[i])) throw t.error(i, "ID '" + ids[i] + "' appears twice");
            for (int j = 0; j < names.length; j++) values[i][j] = finite(t, i, numeric.get(j), names[j]);
        }
        return new FeatureTable(ids, names, values);
    }

    /** A cell as a number (NaN when missing), or an error naming the cell when it is text or infinite (a model cannot use it). */
    private static double finite(CsvTable t, int row, int column, String name) {
        String cell = t.text(row, column);
        double v = CsvTable.parseNumber(cell);
        if (Double.isNaN(v) && !CsvTable.isMissing(cell))
            throw t.error(row, name, "'" + cell + "' is not a number (use an empty cell or NA for a missing value)");
        if (Double.isInfinite(v)) throw t.error(row, name, "'" + t.text(row, column) + "' is infinite; fix or blank the cell");
        return v;
    }

    static int findIdColumn(List<String> header, String idColumn, String where) {
        if (idColumn != null && !idColumn.isEmpty()) {
            for (int c = 0; c < header.size(); c++) if (header.get(c).equals(idColumn)) return c;
            throw new IllegalArgumentException(where + ": no ID column '" + idColumn + "' (columns start " +
                    header.subList(0, Math.min(5, header.size())) + ")");
        }
        for (String cand : ID_CANDIDATES)
            for (int c = 0; c < header.size(); c++) if (header.get(c).equalsIgnoreCase(cand)) return c;
        return 0;
    }
}
