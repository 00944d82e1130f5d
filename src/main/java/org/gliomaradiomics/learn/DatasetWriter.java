package org.gliomaradiomics.learn;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Dataset} as a wide CSV ({@code ID}, optional {@code batch} and {@code class}, then the features),
 * numbers in shortest round-trip form, missing values as empty cells; e.g. the output of {@code harmonize}.
 */
public final class DatasetWriter {
    private DatasetWriter() {}

    public static void writeWideCsv(Dataset d, Writer w) throws IOException {
        CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT);
        boolean labelled = d.classNames.length > 0;
        List<String> header = new ArrayList<>();
        header.add("ID");
        if (d.batch != null) header.add("batch");
        if (labelled) header.add("class");
        header.addAll(List.of(d.featureNames));
        out.printRecord(header);
        for (int i = 0; i < d.rows(); i++) {
            List<String> row = new ArrayList<>(header.size());
            row.add(d.ids[i]);
            if (d.batch != null) row.add(d.batch[i]);
            if (labelled) row.add(d.y[i] < 0 ? "" : d.classNames[d.y[i]]);
            for (double v : d.x[i]) row.add(Double.isNaN(v) ? "" : Double.toString(v));
            out.printRecord(row);
        }
        out.flush();
    }
}
