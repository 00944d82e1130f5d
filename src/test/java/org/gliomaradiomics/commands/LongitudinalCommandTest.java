package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The longitudinal command on the bundled series, with delta-radiomics on. */
class LongitudinalCommandTest {
    @TempDir
    Path dir;

    @Test
    void assessmentAndFeatureVolumesAgreeAndDeltasAreWritten() throws Exception {
        Path series = TestPaths.testImages().resolve("longitudinal");
        CommandRunner r = CommandRunner.run("longitudinal", "--manifest", series.resolve("series.csv").toString(), "--events",
            series.resolve("events.csv").toString(), "--features", "--feature-sequences", "t1ce", "--out", dir.toString());
        assertEquals(0, r.code, r.toString());
        Map<String, Double> assessedEt = new HashMap<>();
        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(dir.resolve("assessment.csv"))))
            assessedEt.put(rec.get("date"), Double.parseDouble(rec.get("et_volume_mm3")));
        int checked = 0;
        // Two independent code paths: the RANO measurement and the IBSI voxel-counting volume of the ET region.
        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(dir.resolve("features.csv"))))
            if (rec.get("region").equals("ET") && rec.get("feature").endsWith("VolumeVoxelCounting")) {
                assertEquals(assessedEt.get(rec.get("date")), Double.parseDouble(rec.get("value")), 1e-6, rec.toString());
                checked++;
            }
        assertEquals(5, checked);
        assertTrue(Files.readAllLines(dir.resolve("delta.csv")).size() > 5);
        assertTrue(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("assessment.csv"))).startsWith("rw-r--r--"),
            "results are readable by others");
        String svg = Files.readString(dir.resolve("pseudoprogression_timeline.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("SPD"), svg.substring(0, Math.min(200, svg.length())));
    }
}
