package org.gliomaradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.testutil.PyRadiomicsBaseline;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A BraTS-style case without enhancing tumour: PyRadiomics' brain1 has label 1 only, so WT = TC = label 1 and ET is
 * empty. The empty region gives its row(s) with empty values and a warning naming it; the case and the batch go on.
 */
class MissingRegionsTest {
    @TempDir
    Path dir;

    private static final Path IMAGE = TestPaths.testImages().resolve("brain1/brain1_image.nrrd");
    private static final Path MASK = TestPaths.testImages().resolve("brain1/brain1_label.nrrd");
    private static final Path PYRADIOMICS = PyRadiomicsBaseline.resources();

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(file)).getRecords();
    }

    @Test
    void singleCaseWithoutEnhancingTumourGivesAnEmptyEtRowAndPyRadiomicsValuesForWtAndTc() throws Exception {
        Path out = dir.resolve("wide.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGE.toString(), "--mask", MASK.toString(), "--label", "WT,TC,ET",
            "--params", PYRADIOMICS.resolve("original.yaml").toString(), "--conventions", "pyradiomics", "--format", "wide", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("warning: ") && r.err.contains("region ET is empty: no voxel has label 4 or 3; the mask's labels are 1"), r.err);
        assertFalse(r.err.contains("region WT") || r.err.contains("region TC"), r.err);

        List<CSVRecord> rows = csv(out);
        assertEquals(List.of("WT", "TC", "ET"), rows.stream().map(x -> x.get("label")).toList());
        // WT and TC are label 1: PyRadiomics' own values for brain1
        for (CSVRecord row : rows.subList(0, 2)) {
            assertEquals("", row.get("diagnostics_Warning"));
            PyRadiomicsBaseline.assertOriginal(row::get, row.get("label"));
        }
        CSVRecord et = rows.get(2);
        assertEquals("0", et.get("diagnostics_Mask_VoxelNum"));
        assertEquals("", et.get("diagnostics_Error"));
        assertTrue(et.get("diagnostics_Warning").startsWith("region ET is empty"), et.get("diagnostics_Warning"));
        for (String column : PyRadiomicsBaseline.original().keySet()) assertEquals("", et.get(column), column);
    }

    @Test
    void aRegionThatFailsNamesItsLabelsNotTheInternalOne() throws Exception {
        Path params = dir.resolve("reseg.yaml");
        Files.writeString(params, "setting:\n  resegmentRange: [100000, 200000]\n"); // brain1 is below 1,300: nothing is left
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGE.toString(), "--mask", MASK.toString(), "--label", "TC",
            "--params", params.toString());
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains("region TC (label 1, 4 or 3): ROI is empty after re-segmentation"), r.err);
    }

    @Test
    void batchGoesOnOverEmptyRegionsInLongAndWideFormat() throws Exception {
        Path manifest = dir.resolve("cases.csv");
        Files.writeString(manifest, "ID,Image,Mask,Label,Grade\n"
            + "only-et," + IMAGE + "," + MASK + ",ET,2\n" // first case entirely empty: its rows wait for a feature list
            + "brats," + IMAGE + "," + MASK + ",\"WT,TC,ET\",2\n"
            + "listed," + IMAGE + "," + MASK + ",1;4,3\n"
            + "every," + IMAGE + "," + MASK + ",all,4\n");
        Path longOut = dir.resolve("long.csv"), wideOut = dir.resolve("wide.csv");
        CommandRunner r = CommandRunner.run("batch-extract", "--manifest", manifest.toString(), "--out", longOut.toString(), "--threads", "2");
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("0 region(s) failed, 3 empty"), r.out);
        assertTrue(r.err.contains("warning: case only-et: region ET is empty") && r.err.contains("warning: case listed: label 4 is empty: no voxel has that label"), r.err);

        Map<String, List<CSVRecord>> byRegion = new HashMap<>();
        for (CSVRecord rec : csv(longOut)) byRegion.computeIfAbsent(rec.get("case") + "/" + rec.get("label"), k -> new ArrayList<>()).add(rec);
        assertEquals(List.of("only-et/ET", "brats/WT", "brats/TC", "brats/ET", "listed/1", "listed/4", "every/1"), List.copyOf(orderOf(csv(longOut))));
        List<CSVRecord> computed = features(byRegion.get("brats/WT"));
        assertTrue(computed.size() > 300, "IBSI features of brain1: " + computed.size());
        for (String empty : List.of("only-et/ET", "brats/ET", "listed/4")) {
            List<CSVRecord> rows = byRegion.get(empty);
            List<CSVRecord> f = features(rows);
            assertEquals(computed.size(), f.size(), empty);
            for (int i = 0; i < f.size(); i++) {
                assertEquals(computed.get(i).get("feature") + computed.get(i).get("aggregation") + computed.get(i).get("image_type"),
                    f.get(i).get("feature") + f.get(i).get("aggregation") + f.get(i).get("image_type"));
                assertEquals("", f.get(i).get("value"));
            }
            assertTrue(rows.stream().anyMatch(x -> x.get("feature").equals("Warning") && x.get("value").contains("is empty")), empty);
            assertTrue(rows.stream().anyMatch(x -> x.get("feature").equals("Mask_VoxelNum") && x.get("value").equals("0")), empty);
        }
        // label 1 = WT = TC on brain1, whichever way the region was asked for
        for (String same : List.of("brats/TC", "listed/1", "every/1")) {
            List<CSVRecord> f = features(byRegion.get(same));
            for (int i = 0; i < f.size(); i++) assertEquals(computed.get(i).get("value"), f.get(i).get("value"), same);
        }

        r = CommandRunner.run("batch-extract", "--manifest", manifest.toString(), "--out", wideOut.toString(), "--format", "wide", "--threads", "1");
        assertEquals(0, r.code, r.toString());
        List<CSVRecord> wide = csv(wideOut);
        assertEquals(7, wide.size());
        assertEquals("ET", wide.get(0).get("label"));
        assertTrue(wide.get(0).get("diagnostics_Warning").startsWith("region ET is empty"));
        assertEquals("2", wide.get(0).get("Grade"));
        assertFalse(wide.get(1).get("original_intensity_statistics_Mean").isEmpty(), wide.get(1).toString());
        assertEquals("", wide.get(0).get("original_intensity_statistics_Mean"));
        // brain1's mean inside label 1 is PyRadiomics' firstorder Mean (brain1_expected.csv)
        double mean = csv(PYRADIOMICS.resolve("brain1_expected.csv")).stream()
            .filter(e -> e.get("config").equals("original") && e.get("feature").equals("Mean")).mapToDouble(e -> Double.parseDouble(e.get("value"))).findFirst().orElseThrow();
        assertEquals(mean, Double.parseDouble(wide.get(1).get("original_intensity_statistics_Mean")), 1e-9 * mean);
    }

    @Test
    void manifestLabelCellsTakeListsBratsRegionsAndAll() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "ID,Image,Mask,Label\na,i,m,\"WT, TC,et\"\nb,i,m,1;2\nc,i,m,ALL\nd,i,m,\ne,i,m,4\n");
        List<BatchManifest.Case> cases = BatchManifest.read(m).cases();
        assertEquals(List.of("WT", "TC", "ET"), cases.get(0).regions(List.of("1")));
        assertEquals(List.of("1", "2"), cases.get(1).regions(List.of("1")));
        assertEquals(List.of("all"), cases.get(2).regions(List.of("1")));
        assertEquals(List.of("2"), cases.get(3).regions(List.of("2")));
        assertEquals(List.of("4"), cases.get(4).regions(List.of("1")));
        Files.writeString(m, "ID,Image,Mask,Label\na,i,m,\"WT,XT\"\n");
        IOException e = assertThrows(IOException.class, () -> BatchManifest.read(m));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'WT,XT'"), e.getMessage());
    }

    private static List<String> orderOf(List<CSVRecord> rows) {
        List<String> order = new ArrayList<>();
        for (CSVRecord r : rows) {
            String k = r.get("case") + "/" + r.get("label");
            if (!order.contains(k)) order.add(k);
        }
        return order;
    }

    private static List<CSVRecord> features(List<CSVRecord> rows) {
        return rows.stream().filter(x -> !x.get("family").equals("diagnostics")).toList();
    }
}
