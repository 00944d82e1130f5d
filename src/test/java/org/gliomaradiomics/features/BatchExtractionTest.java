package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchExtractionTest {
    @TempDir
    Path dir;

    private Path manifest(String... rows) throws IOException {
        Path m = dir.resolve("cases.csv");
        Files.writeString(m, "ID,Image,Mask,Site\n" + String.join("\n", rows) + "\n");
        return m;
    }

    /** A fake extractor: two features whose values derive from the case id; case "bad" fails. */
    private static List<CaseResult> fake(BatchManifest.Case c) throws IOException {
        if (c.id().equals("bad")) throw new IOException(c.image() + ": truncated file");
        double v = c.id().length();
        return List.of(CaseResult.ok(c.id(), "1", c.carried(), List.of(
            ExtractedFeature.number("original", "firstorder", "Mean", "Q4LE", "", v),
            ExtractedFeature.number("original", "glcm", "JointMaximum", "GYBY", "3D:avg", 0.1 * v))));
    }

    @Test
    void longFormatKeepsOrderCarriesColumnsAndRecordsFailures() throws Exception {
        BatchManifest m = BatchManifest.read(manifest("a,a.nii,am.nii,HUP", "bad,b.nii,bm.nii,UCSF", "ccc,c.nii,cm.nii,HUP"));
        Path out = dir.resolve("out.csv");
        BatchExtraction.Summary s = BatchExtraction.run(m, BatchExtractionTest::fake, out, FeatureTableWriter.Format.LONG, 3, false, (d, t) -> { });
        assertEquals(1, s.failed());
        List<String> lines = Files.readAllLines(out);
        assertEquals("case,label,image_type,family,feature,ibsi_code,aggregation,value,Site", lines.get(0));
        assertEquals("a,1,original,firstorder,Mean,Q4LE,,1,HUP", lines.get(1));
        assertEquals("a,1,original,glcm,JointMaximum,GYBY,3D:avg,0.1,HUP", lines.get(2));
        assertTrue(lines.get(3).startsWith("bad,,,diagnostics,Error,,,") && lines.get(3).contains("truncated file"), lines.get(3));
        assertEquals("ccc,1,original,glcm,JointMaximum,GYBY,3D:avg,0.30000000000000004,HUP", lines.get(5));
        assertFalse(Files.exists(dir.resolve("out.csv.partial")));
    }

    @Test
    void wideFormatOneRowPerCase() throws Exception {
        BatchManifest m = BatchManifest.read(manifest("bad,b.nii,bm.nii,UCSF", "a,a.nii,am.nii,HUP"));
        Path out = dir.resolve("wide.csv");
        BatchExtraction.run(m, BatchExtractionTest::fake, out, FeatureTableWriter.Format.WIDE, 2, false, (d, t) -> { });
        List<String> lines = Files.readAllLines(out);
        assertEquals("case,label,Site,diagnostics_Error,diagnostics_Warning,original_firstorder_Mean,original_glcm_JointMaximum_3D_avg", lines.get(0));
        assertTrue(lines.get(1).startsWith("bad,,UCSF,") && lines.get(1).endsWith(",,,"), lines.get(1));
        assertEquals("a,1,HUP,,,1,0.1", lines.get(2));
    }

    @Test
    void resumeSkipsCompletedCasesAndRetriesFailedOnes() throws Exception {
        Path out = dir.resolve("out.csv");
        BatchExtraction.run(BatchManifest.read(manifest("a,a.nii,am.nii,HUP", "bad,b.nii,bm.nii,UCSF")),
            BatchExtractionTest::fake, out, FeatureTableWriter.Format.LONG, 1, false, (d, t) -> { });
        AtomicInteger calls = new AtomicInteger();
        BatchExtraction.Summary s = BatchExtraction.run(BatchManifest.read(manifest("a,a.nii,am.nii,HUP", "bad,b.nii,bm.nii,UCSF", "dd,d.nii,dm.nii,X")),
            c -> {
                calls.incrementAndGet();
                return fake(c);
            }, out, FeatureTableWriter.Format.LONG, 2, true, (d, t) -> { });
        assertEquals(1, s.skipped());
        assertEquals(2, calls.get()); // "bad" again and the new "dd"; "a" was complete
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.stream().filter(l -> l.startsWith("a,")).count());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("dd,")).count());
    }

    @Test
    void manifestErrorsNameFileAndRow() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "ID,Image\nx,y\n");
        IOException e = assertThrows(IOException.class, () -> BatchManifest.read(m));
        assertTrue(e.getMessage().contains("m.csv") && e.getMessage().contains("'Mask'"), e.getMessage());
        Files.writeString(m, "ID,Image,Mask,Label\nx,a,b,one\n");
        e = assertThrows(IOException.class, () -> BatchManifest.read(m));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("'one'"), e.getMessage());
    }
}
