package org.gliomaradiomics.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file back into a {@link Table}: numbers where a cell parses as one, text otherwise. */
public final class CsvTables {
    private CsvTables() {}

    public static Table read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file); CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> header = p.getHeaderNames();
            Table t = new Table(header);
            for (CSVRecord rec : p) {
                Object[] row = new Object[header.size()];
                for (int i = 0; i < row.length; i++) {
                    String v = i < rec.size() ? rec.get(i) : "";
                    try {
                        row[i] = v.isEmpty() ? v : (Object) Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        row[i] = v;
                    }
                }
                t.addRow(row);
            }
            return t;
        }
    }
}
