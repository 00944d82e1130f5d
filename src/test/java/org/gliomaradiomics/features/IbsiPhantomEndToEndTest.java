package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a user takes: {@code extract} on the NIfTI files of the IBSI 1 digital phantom with the shipped
 * test-images/ibsi1/settings.yaml reproduces all 482 IBSI reference values.
 */
class IbsiPhantomEndToEndTest {
    @TempDir
    Path dir;

    static final Path IMAGES = TestPaths.testImages().resolve("ibsi1");

    @TestFactory
    Stream<DynamicTest> extractCommandReproducesAll482ReferenceValues() throws Exception {
        Path out = dir.resolve("phantom.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGES.resolve("phantom.nii.gz").toString(), "--mask",
            IMAGES.resolve("mask.nii.gz").toString(), "--params", IMAGES.resolve("settings.yaml").toString(), "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        Map<String, Double> byKey = new HashMap<>();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)).getRecords();
        for (CSVRecord rec : records) {
            if (rec.get("family").equals("diagnostics")) continue;
            assertEquals("original", rec.get("image_type"));
            String key = PhantomRows.key(rec.get("family"), rec.get("ibsi_code"), rec.get("feature"), rec.get("aggregation"));
            assertTrue(byKey.put(key, Double.parseDouble(rec.get("value"))) == null, "emitted twice: " + key);
        }
        List<IbsiReference.Row> rows = IbsiReference.digitalPhantom();
        assertEquals(482, rows.size());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.family() + " " + row.aggregation() + " " + row.feature(), () -> {
            Double v = byKey.get(PhantomRows.key(row));
            assertNotNull(v, "no value for " + row);
            assertTrue(row.accepts(v), row.feature() + ": got " + v + ", reference " + row.value() + " ± " + row.tolerance());
        }));
    }

    @Test
    void batchManifestWideFormatWithAFailingCaseAndResume() throws Exception {
        Path manifest = dir.resolve("cases.csv");
        Files.writeString(manifest, "ID,Image,Mask,Site\n"
            + "p1," + IMAGES.resolve("phantom.nii.gz") + "," + IMAGES.resolve("mask.nii.gz") + ",A\n"
            + "broken," + IMAGES.resolve("missing.nii.gz") + "," + IMAGES.resolve("mask.nii.gz") + ",B\n"
            + "p2," + IMAGES.resolve("phantom.nii.gz") + "," + IMAGES.resolve("mask.nii.gz") + ",C\n");
        Path out = dir.resolve("wide.csv");
        CommandRunner r = CommandRunner.run("extract", "--manifest", manifest.toString(), "--params", IMAGES.resolve("settings.yaml").toString(),
            "--format", "wide", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("cases 3/3"), r.err);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)).getRecords();
        assertEquals(3, rows.size());
        assertEquals("A", rows.get(0).get("Site"));
        assertEquals("", rows.get(0).get("diagnostics_Error"));
        assertTrue(rows.get(1).get("diagnostics_Error").contains("missing.nii.gz"), rows.get(1).get("diagnostics_Error"));
        // identical inputs give identical bits, whatever thread ran them
        assertEquals(rows.get(0).get("original_glcm_JointMaximum_3D_avg"), rows.get(2).get("original_glcm_JointMaximum_3D_avg"));
        assertEquals(0.503, Double.parseDouble(rows.get(0).get("original_glcm_JointMaximum_3D_avg")), 0.0005); // IBSI reference
        // A complete batch leaves no journal, so --resume has nothing to continue: every case runs again, same table.
        assertFalse(Files.exists(dir.resolve("wide.csv.partial")));
        byte[] first = Files.readAllBytes(out);
        CommandRunner again = CommandRunner.run("extract", "--manifest", manifest.toString(), "--params", IMAGES.resolve("settings.yaml").toString(),
            "--format", "wide", "--resume", "--out", out.toString());
        assertEquals(0, again.code, again.toString());
        assertTrue(again.out.contains("0 kept from the earlier run"), again.out);
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, Files.readAllBytes(out));
    }

    @Test
    void unknownSettingIsRefusedWithItsName() throws Exception {
        Path params = dir.resolve("bad.yaml");
        Files.writeString(params, "setting:\n  binWidht: 25\n");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGES.resolve("phantom.nii.gz").toString(), "--mask",
            IMAGES.resolve("mask.nii.gz").toString(), "--params", params.toString());
        assertEquals(1, r.code);
        assertTrue(r.err.contains("setting.binWidht"), r.err);
    }
}
