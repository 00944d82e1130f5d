package org.gliomaradiomics.learn;

import org.gliomaradiomics.image.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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

    /** Reads a CSV; the ID column is chosen by name (null: {@code ID}/{@code SubjectID}/... or the first column). */
    public static ClinicalTable read(Path file, String idColumn) throws IOException {
        TextFiles.Csv p = TextFiles.csv(file, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build());
        {
            List<String> header = p.header();
            int idCol = FeatureTableReader.findIdColumn(header, idColumn, file.toString());
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (CSVRecord rec : p.records()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) row.put(header.get(c), c < rec.size() ? rec.get(c).trim() : "");
                String id = rec.get(idCol).trim();
                if (rows.put(id, row) != null)
                    throw new IllegalArgumentException(file + ": ID '" + id + "' appears twice (line " + rec.getRecordNumber() + ")");
            }
            return new ClinicalTable(file.toString(), header, rows);
        }
    }

    public void requireColumn(String column) {
        if (!columns.contains(column))
            throw new IllegalArgumentException(source + ": no column '" + column + "' (columns: " + columns + ")");
    }
}
