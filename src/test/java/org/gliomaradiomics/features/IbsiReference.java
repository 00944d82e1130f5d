package org.gliomaradiomics.features;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.testutil.TestPaths;

/** The 482 IBSI 1 digital-phantom reference rows (test-images/ibsi1/digital_phantom_reference.csv, a copy of
 * ../shared/reference/ibsi1/digital_phantom_reference.csv) and the IBSI comparison rule. */
public final class IbsiReference {
    public record Row(String family, String feature, String ibsiCode, String aggregation, double value, double tolerance, String tag) {
        /** IBSI values have 3 significant digits: |x - ref| <= tol + half a unit in the third digit. */
        public boolean accepts(double x) {
            double half = value == 0 ? 5e-4 : 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
            return Math.abs(x - value) <= tolerance + half + 1e-12;
        }
    }

    private IbsiReference() {}

    public static List<Row> digitalPhantom() throws IOException {
        Path csv = TestPaths.testImages().resolve("ibsi1/digital_phantom_reference.csv");
        List<Row> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r))
                rows.add(new Row(rec.get("family"), rec.get("feature"), rec.get("ibsi_code"), rec.get("aggregation"),
                    Double.parseDouble(rec.get("value")), Double.parseDouble(rec.get("tolerance")), rec.get("tag")));
        }
        return rows;
    }
}
