package org.gliomaradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.parallel.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchExtractionTest {
    @TempDir
    Path dir;

    private static final FeatureTableWriter.Format LONG = FeatureTableWriter.Format.LONG, WIDE = FeatureTableWriter.Format.WIDE;

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

    /** Three regions per case with awkward cells (quotes, commas, new lines); region ET of case "c2" fails. */
    private static List<CaseResult> regions(BatchManifest.Case c) throws IOException {
        if (c.id().equals("bad")) throw new IOException(c.image() + ": \"truncated\",\nfile");
        List<CaseResult> out = new ArrayList<>();
        double v = c.id().hashCode() % 97;
        for (String region : List.of("WT", "TC", "ET")) {
            if (c.id().equals("c2") && region.equals("ET")) {
                out.add(CaseResult.failed(c.id(), region, c.carried(), "region \"ET\" is empty, see\nlog"));
                continue;
            }
            out.add(CaseResult.ok(c.id(), region, c.carried(), List.of(
                ExtractedFeature.diagnostic("Versions", "a,\"b\"\nc"),
                ExtractedFeature.number("original", "firstorder", "Mean", "Q4LE", "", v / 3),
                ExtractedFeature.number("original", "glcm", "JointMaximum", "GYBY", "3D:avg", Math.PI * v),
                ExtractedFeature.number("original", "shape", "Sphericity", "QCFX", "", region.equals("TC") ? Double.NaN : 1e-300 * v))));
            v += 0.5;
        }
        return out;
    }

    private static final String[] REGION_ROWS = {"c1,a.nii,am.nii,\"HUP, \"\"east\"\"\"", "bad,b.nii,bm.nii,UCSF", "c2,c.nii,cm.nii,\"multi\nline\"",
        "c3,d.nii,dm.nii,TCIA", "c4,e.nii,em.nii,"};

    private BatchExtraction.Summary run(Path out, FeatureTableWriter.Format f, int threads, boolean resume, String settings,
                                        BatchExtraction.CaseExtractor x) throws IOException {
        return inBudget(threads, () -> BatchExtraction.run(BatchManifest.read(dir.resolve("cases.csv")), x, out, f, resume, settings, (d, t) -> { }));
    }

    /** Runs a batch on a budget of {@code threads}, rethrowing its IOException as it is. */
    private static BatchExtraction.Summary inBudget(int threads, java.util.concurrent.Callable<BatchExtraction.Summary> batch) throws IOException {
        try {
            return new Threads(threads).call(batch);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void longFormatKeepsOrderCarriesColumnsAndRecordsFailures() throws Exception {
        BatchManifest m = BatchManifest.read(manifest("a,a.nii,am.nii,HUP", "bad,b.nii,bm.nii,UCSF", "ccc,c.nii,cm.nii,HUP"));
        Path out = dir.resolve("out.csv");
        BatchExtraction.Summary s = inBudget(3, () -> BatchExtraction.run(m, BatchExtractionTest::fake, out, LONG, false, "s", (d, t) -> { }));
        assertEquals(1, s.failed());
        List<String> lines = Files.readAllLines(out);
        assertEquals("case,label,image_type,family,feature,ibsi_code,aggregation,value,Site", lines.get(0));
        assertEquals("a,1,original,firstorder,Mean,Q4LE,,1,HUP", lines.get(1));
        assertEquals("a,1,original,glcm,JointMaximum,GYBY,3D:avg,0.1,HUP", lines.get(2));
        assertTrue(lines.get(3).startsWith("bad,,,diagnostics,Error,,,") && lines.get(3).contains("truncated file"), lines.get(3));
        assertEquals("ccc,1,original,glcm,JointMaximum,GYBY,3D:avg,0.30000000000000004,HUP", lines.get(5));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("cases.csv", "out.csv"), files.map(p -> p.getFileName().toString()).sorted().toList()); // no journal, lock or temporary file left
        }
    }

    @Test
    void wideFormatOneRowPerCase() throws Exception {
        BatchManifest m = BatchManifest.read(manifest("bad,b.nii,bm.nii,UCSF", "a,a.nii,am.nii,HUP"));
        Path out = dir.resolve("wide.csv");
        inBudget(2, () -> BatchExtraction.run(m, BatchExtractionTest::fake, out, WIDE, false, "s", (d, t) -> { }));
        List<String> lines = Files.readAllLines(out);
        assertEquals("case,label,Site,diagnostics_Error,diagnostics_Warning,original_firstorder_Mean,original_glcm_JointMaximum_3D_avg", lines.get(0));
        assertTrue(lines.get(1).startsWith("bad,,UCSF,") && lines.get(1).endsWith(",,,"), lines.get(1));
        assertEquals("a,1,HUP,,,1,0.1", lines.get(2));
    }

    /** What a kill would do to the batch: an Error that nothing catches. */
    private static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    /** An extractor that dies (an Error the batch does not catch, like a kill) when it reaches case {@code at}. */
    private static BatchExtraction.CaseExtractor dyingAt(String at, BatchExtraction.CaseExtractor x, AtomicInteger calls) {
        return c -> {
            if (c.id().equals(at)) throw new Killed();
            calls.incrementAndGet();
            return x.extract(c);
        };
    }

    @Test
    void resumeKeepsCompletedCasesAndRetriesFailedOnes() throws Exception {
        manifest("a,a.nii,am.nii,HUP", "bad,b.nii,bm.nii,UCSF", "dd,d.nii,dm.nii,X");
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "previous output\n");
        AtomicInteger calls = new AtomicInteger();
        IOException e = assertThrows(IOException.class, () -> run(out, LONG, 1, false, "s", dyingAt("dd", BatchExtractionTest::fake, calls)));
        assertTrue(e.getMessage().contains("out.csv.partial") && e.getMessage().contains("resume"), e.getMessage());
        assertEquals("previous output\n", Files.readString(out)); // the earlier output stands until the batch is complete
        calls.set(0);
        BatchExtraction.Summary s = run(out, LONG, 2, true, "s", dyingAt("none", BatchExtractionTest::fake, calls));
        assertEquals(1, s.skipped());
        assertEquals(2, calls.get()); // "bad" again and "dd"; "a" was complete
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.stream().filter(l -> l.startsWith("a,")).count());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("dd,")).count());
        assertFalse(Files.exists(dir.resolve("out.csv.partial")));
    }

    /**
     * A run killed at any byte of its journal resumes to exactly the uninterrupted table: the journal of a complete
     * run is cut at every offset and resumed (the journal does not depend on the layout, so the cuts alternate
     * between long and wide tables, and between 1 and 2 threads); the cases computed again never grow as more of the
     * journal survives, and from the whole journal only the failed ones run again.
     */
    @Test
    void resumeFromAJournalCutAtEveryByteEqualsTheUninterruptedTable() throws Exception {
        manifest(REGION_ROWS);
        List<FeatureTableWriter.Format> formats = List.of(LONG, WIDE);
        List<byte[]> expected = new ArrayList<>();
        for (FeatureTableWriter.Format f : formats) {
            Path reference = dir.resolve("reference.csv");
            run(reference, f, 1, false, "s", BatchExtractionTest::regions);
            expected.add(Files.readAllBytes(reference));
        }
        byte[] journal = completeJournal(LONG);
        assertArrayEquals(journal, completeJournal(WIDE));
        int previousCalls = Integer.MAX_VALUE;
        for (int cut = 0; cut <= journal.length; cut++) {
            Path out = dir.resolve("out.csv");
            Files.deleteIfExists(out);
            Files.write(dir.resolve("out.csv.partial"), Arrays.copyOf(journal, cut));
            AtomicInteger calls = new AtomicInteger();
            int f = cut % 2;
            run(out, formats.get(f), 1 + cut / 2 % 2, true, "s", dyingAt("none", BatchExtractionTest::regions, calls));
            assertArrayEquals(expected.get(f), Files.readAllBytes(out), formats.get(f) + " format, journal cut at byte " + cut + " of " + journal.length);
            assertTrue(calls.get() <= previousCalls, "cut at " + cut);
            previousCalls = calls.get();
        }
        assertEquals(2, previousCalls); // "bad" and "c2" (its ET region failed)
    }

    /** The journal a complete run leaves just before it renders the table (taken when the last case is recorded). */
    private byte[] completeJournal(FeatureTableWriter.Format f) throws IOException {
        Path out = dir.resolve("journal-source.csv");
        byte[][] journal = new byte[1][];
        BatchExtraction.run(BatchManifest.read(dir.resolve("cases.csv")), BatchExtractionTest::regions, out, f, false, "s", (done, total) -> {
            if (done.equals(total) && total > 0) {
                try {
                    journal[0] = Files.readAllBytes(dir.resolve("journal-source.csv.partial"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        return journal[0];
    }

    @Test
    void runsDyingAfterEachCaseResumeToTheUninterruptedTable() throws Exception {
        manifest(REGION_ROWS);
        String[] ids = {"c1", "bad", "c2", "c3", "c4"};
        for (FeatureTableWriter.Format f : List.of(LONG, WIDE)) {
            Path reference = dir.resolve("reference.csv");
            run(reference, f, 2, false, "s", BatchExtractionTest::regions);
            for (int k = 0; k < ids.length; k++) {
                Path out = dir.resolve("out.csv");
                Files.deleteIfExists(out);
                String at = ids[k];
                int threads = 1 + k % 2;
                AtomicInteger calls = new AtomicInteger();
                assertThrows(IOException.class, () -> run(out, f, threads, false, "s", dyingAt(at, BatchExtractionTest::regions, calls)));
                // a second interruption, one case later, before the resumed run completes
                String next = k + 1 < ids.length ? ids[k + 1] : "none";
                try {
                    run(out, f, 3 - threads, true, "s", dyingAt(next, BatchExtractionTest::regions, calls));
                } catch (IOException expectedWhenNextExists) {
                    run(out, f, threads, true, "s", BatchExtractionTest::regions);
                }
                assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out), f + ", died at " + at);
            }
        }
    }

    @Test
    void otherSettingsLabelsOrImagesAreComputedAgain() throws Exception {
        Path a = dir.resolve("a.nii");
        Files.writeString(a, "image a");
        manifest("a,a.nii,am.nii,HUP", "b,b.nii,bm.nii,UCSF", "c,c.nii,cm.nii,X", "stop,s.nii,sm.nii,X");
        Path out = dir.resolve("out.csv");
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IOException.class, () -> run(out, LONG, 1, false, "binWidth=25", dyingAt("stop", BatchExtractionTest::fake, calls)));
        assertEquals(3, calls.get());

        calls.set(0);
        assertThrows(IOException.class, () -> run(out, LONG, 1, true, "binWidth=5", dyingAt("stop", BatchExtractionTest::fake, calls)));
        assertEquals(3, calls.get(), "other settings: nothing kept");

        // back to the first settings: what was computed under them is still in the journal
        Files.writeString(dir.resolve("cases.csv"), "ID,Image,Mask,Label,Site\na,a.nii,am.nii,,HUP\nb,b.nii,bm.nii,2,UCSF\nc,c.nii,cm.nii,,Y\nstop,s.nii,sm.nii,,X\n");
        Files.writeString(a, "image a, segmented again");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
        calls.set(0);
        BatchExtraction.Summary s = run(out, LONG, 1, true, "binWidth=25", dyingAt("none", BatchExtractionTest::fake, calls));
        assertEquals(1, s.skipped()); // c (its carried Site changed, which is copied from the manifest); a's image and b's label changed
        assertEquals(3, calls.get());
        assertTrue(Files.readString(out).contains("c,1,original,firstorder,Mean,Q4LE,,1,Y"), Files.readString(out));
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstWrites() throws Exception {
        manifest("a,a.nii,am.nii,HUP");
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "previous output\n");
        try (AtomicFiles.OutputLock held = AtomicFiles.lock(out)) {
            IOException e = assertThrows(IOException.class, () -> run(out, LONG, 1, false, "s", BatchExtractionTest::fake));
            assertTrue(e.getMessage().contains("out.csv") && e.getMessage().contains("another run"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("out.csv.partial")));
        }
        assertEquals("previous output\n", Files.readString(out));
        run(out, LONG, 1, false, "s", BatchExtractionTest::fake);
        assertTrue(Files.readString(out).startsWith("case,"));
    }

    @Test
    void manifestErrorsNameFileAndRow() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "ID,Image\nx,y\n");
        IOException e = assertThrows(IOException.class, () -> BatchManifest.read(m));
        assertTrue(e.getMessage().contains("m.csv") && e.getMessage().contains("'Mask'"), e.getMessage());
        Files.writeString(m, "ID,Image,Mask,Label\nx,a,b,one\n");
        e = assertThrows(IOException.class, () -> BatchManifest.read(m));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'one'"), e.getMessage());
    }
}
