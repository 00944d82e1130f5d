package org.gliomaradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.segment.SyntheticCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch-extract --label WT,TC,ET --resume} on BraTS-style synthetic cases, through the command line: runs
 * interrupted at many points (the journal of a complete run cut at spread byte offsets, and the output made
 * unwritable at the very end) resume to the uninterrupted table byte for byte, long and wide, 1 and 2 threads;
 * other settings are not mixed in.
 */
class BatchResumeEndToEndTest {
    @TempDir
    static Path dir;
    static Path manifest, params;

    @BeforeAll
    static void cases() throws Exception {
        StringBuilder m = new StringBuilder("ID,Image,Mask,Site\n");
        for (long seed : new long[] {3, 4}) {
            writeCase("s" + seed, seed, new int[] {40, 40, 28}, new double[] {6, 6, 5.5});
            m.append("case").append(seed).append(",s").append(seed).append("_t1ce.nii.gz,s").append(seed).append("_seg.nii.gz,\"site, ").append(seed).append("\"\n");
        }
        m.append("broken,missing_t1ce.nii.gz,s3_seg.nii.gz,X\n");
        m.append("case3-again,s3_t1ce.nii.gz,s3_seg.nii.gz,Y\n");
        manifest = dir.resolve("cases.csv");
        Files.writeString(manifest, m.toString());
        params = dir.resolve("params.yaml");
        Files.writeString(params, "featureClass:\n  intensity_statistics:\n  glcm:\n  morphology:\nsetting:\n  binWidth: 50\n  aggregation: [3D, 2D]\n");
    }

    /** A synthetic case's T1c and label map as {@code <name>_t1ce.nii.gz} and {@code <name>_seg.nii.gz}. */
    private static void writeCase(String name, long seed, int[] size, double[] spacing) throws Exception {
        SyntheticCase c = SyntheticCase.generate(seed, size, spacing, new SyntheticCase.Options());
        ImageIO.write(c.sequences().get(SyntheticCase.T1C), dir.resolve(name + "_t1ce.nii.gz"));
        ImageIO.write(c.labels(), dir.resolve(name + "_seg.nii.gz"));
    }

    private static CommandRunner batch(Path out, String format, int threads, boolean resume, Path paramFile) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("batch-extract", "--manifest", manifest.toString(), "--params",
            paramFile.toString(), "--label", "WT,TC,ET", "--format", format, "--threads", Integer.toString(threads), "--out", out.toString()));
        if (resume) args.add("--resume");
        return CommandRunner.run(args.toArray(new String[0]));
    }

    private static int kept(CommandRunner r) {
        Matcher m = Pattern.compile("(\\d+) kept from the earlier run").matcher(r.out);
        assertTrue(m.find(), r.toString());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void interruptedRunsResumeToTheUninterruptedTable() throws Exception {
        for (String format : new String[] {"long", "wide"}) {
            Path reference = dir.resolve(format + "-reference.csv");
            CommandRunner r = batch(reference, format, 2, false, params);
            assertEquals(0, r.code, r.toString());
            byte[] expected = Files.readAllBytes(reference);
            assertTrue(new String(expected).contains("case4,ET,"), "every region of every case");

            // Killed at the last moment: the table cannot be moved into place (a folder stands in its way).
            Path out = dir.resolve(format + ".csv");
            Files.createDirectories(out.resolve("in-the-way"));
            r = batch(out, format, 1, false, params);
            assertEquals(1, r.code, r.toString());
            assertTrue(r.err.contains(format + ".csv.partial"), r.err);
            byte[] journal = Files.readAllBytes(dir.resolve(format + ".csv.partial"));
            Files.delete(out.resolve("in-the-way"));
            Files.delete(out);
            r = batch(out, format, 2, true, params);
            assertEquals(0, r.code, r.toString());
            assertEquals(3, kept(r), r.out); // "broken" is computed again
            assertArrayEquals(expected, Files.readAllBytes(out));
            assertFalse(Files.exists(dir.resolve(format + ".csv.partial")));

            // Killed anywhere: the journal cut at spread offsets (some inside records, so torn rows and strings).
            int previous = -1;
            for (int i = 0; i <= 6; i++) {
                int cut = (int) ((long) journal.length * i / 6) - (i > 0 && i < 6 ? 7 * i : 0);
                Files.write(dir.resolve(format + ".csv.partial"), Arrays.copyOf(journal, cut));
                r = batch(out, format, 1 + i % 2, true, params);
                assertEquals(0, r.code, r.toString());
                assertArrayEquals(expected, Files.readAllBytes(out), format + ", journal cut at " + cut + " of " + journal.length);
                int k = kept(r);
                assertTrue(k >= previous, "cut " + cut + ": " + k + " kept after " + previous);
                previous = k;
            }
            assertEquals(3, previous);
        }
    }

    @Test
    void aResumeUnderOtherSettingsComputesEveryCaseAgain() throws Exception {
        Path out = dir.resolve("settings.csv");
        Files.createDirectories(out.resolve("in-the-way"));
        assertEquals(1, batch(out, "long", 2, false, params).code);
        Files.delete(out.resolve("in-the-way"));
        Files.delete(out);
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, Files.readString(params).replace("binWidth: 50", "binWidth: 25"));
        CommandRunner r = batch(out, "long", 2, true, other);
        assertEquals(0, r.code, r.toString());
        assertEquals(0, kept(r));
        Path fresh = dir.resolve("settings-fresh.csv");
        assertEquals(0, batch(fresh, "long", 1, false, other).code);
        assertArrayEquals(Files.readAllBytes(fresh), Files.readAllBytes(out));
    }

    /**
     * A case read again after a case of the same size reads into that case's recycled image storage
     * ({@code Volume.recycle}; these images are large enough to be pooled); its values must be those of its first
     * reading, whose storage was new.
     */
    @Test
    void aCaseReadIntoRecycledStorageGivesItsFirstValues() throws Exception {
        StringBuilder m = new StringBuilder("ID,Image,Mask\n");
        for (long seed : new long[] {5, 6}) {
            writeCase("big" + seed, seed, new int[] {96, 96, 40}, new double[] {2.5, 2.5, 4});
            m.append("big").append(seed).append(",big").append(seed).append("_t1ce.nii.gz,big").append(seed).append("_seg.nii.gz\n");
        }
        m.append("big5-again,big5_t1ce.nii.gz,big5_seg.nii.gz\n");
        Path cases = dir.resolve("big-cases.csv"), out = dir.resolve("recycled.csv");
        Files.writeString(cases, m.toString());
        CommandRunner r = CommandRunner.run("batch-extract", "--manifest", cases.toString(), "--params", params.toString(),
            "--label", "WT", "--threads", "1", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        java.util.List<String> first = new java.util.ArrayList<>(), again = new java.util.ArrayList<>();
        try (org.apache.commons.csv.CSVParser rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(out))) {
            for (org.apache.commons.csv.CSVRecord row : rows) {
                String values = String.join("|", row.toList().subList(1, row.size())); // all but the case id
                if (row.get(0).equals("big5")) first.add(values);
                else if (row.get(0).equals("big5-again")) again.add(values);
            }
        }
        assertTrue(first.size() > 50, "rows of big5: " + first.size());
        assertEquals(first.size(), again.size());
        for (int i = 0; i < first.size(); i++) assertEquals(first.get(i), again.get(i), "row " + i);
    }
}
