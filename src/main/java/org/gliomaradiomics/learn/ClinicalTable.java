package org.gliomaradiomics.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.table.CsvTable;

/** A clinical CSV table kept as text: ID → column → value. */
public final class ClinicalTable {
    public final String source;
    public final List<String> columns;
    public final Map<String, Map<String, String>> rows;

    public ClinicalTable(String source, List<String> columns, Map<String, Map<String, String>> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /** A clinical table from CSV; the ID column is chosen by name (null: {@code ID}/{@code SubjectID}/... or the first column). */
    public static ClinicalTable read(CsvTable t, String idColumn) {
        List<String> header = t.columns();
        int idCol = FeatureTableReader.findIdColumn(header, idColumn, t.source());
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) row.put(header.get(c), t.text(r, c));
            String id = t.text(r, idCol);
            if (rows.put(id, row) != null) throw t.error(r, "ID '" + id + "' appears twice");
        }
        return new ClinicalTable(t.source(), header, rows);
    }

    public void requireColumn(String column) {
        if (!columns.contains(column))
            throw new IllegalArgumentException(source + ": no column '" + column + "' (columns: " + columns + ")");
    }
}
