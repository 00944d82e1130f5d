package org.gliomaradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.segment.SyntheticCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch-extract --shard I/N} then {@code merge-tables --manifest}, through the command line, on a synthetic
 * cohort with an empty region and a failing case: the merged parts equal the unsharded table byte for byte (long and
 * wide, including shards that hold only the empty or only the failing case); incomplete or overlapping parts are
 * refused with the IDs, and nothing is written.
 */
class ShardedBatchTest {
    @TempDir
    static Path dir;
    static Path manifest, params;

    @BeforeAll
    static void cohort() throws Exception {
        StringBuilder m = new StringBuilder("ID,Image,Mask,Label,Site\n");
        for (int k = 0; k < 5; k++) {
            SyntheticCase c = SyntheticCase.generate(20 + k, new int[] {40, 40, 28}, new double[] {6, 6, 5.5}, new SyntheticCase.Options());
            ImageIO.write(c.sequences().get(SyntheticCase.FLAIR), dir.resolve("c" + k + "_flair.nii.gz"));
            ImageIO.write(c.labels(), dir.resolve("c" + k + "_seg.nii.gz"));
            String label = k == 3 ? "3" : ""; // BraTS 2017-2021 labels have no 3: an empty region
            m.append("c").append(k).append(",c").append(k).append("_flair.nii.gz,c").append(k).append("_seg.nii.gz,").append(label).append(",\"site ").append(k % 2).append("\"\n");
        }
        m.append("c5,missing_flair.nii.gz,c0_seg.nii.gz,,X\n");
        manifest = dir.resolve("cohort.csv");
        Files.writeString(manifest, m.toString());
        params = dir.resolve("params.yaml");
        Files.writeString(params, "featureClass:\n  intensity_statistics:\n  glcm:\nsetting:\n  binWidth: 50\n");
    }

    private static CommandRunner batch(Path out, String format, String shard) {
        List<String> a = new ArrayList<>(List.of("batch-extract", "--manifest", manifest.toString(), "--params", params.toString(),
            "--label", "WT,ET", "--format", format, "--threads", "1", "--out", out.toString()));
        if (shard != null) a.addAll(List.of("--shard", shard));
        return CommandRunner.run(a.toArray(new String[0]));
    }

    private static void assertShardsMergeToTheWhole(String format, int n) throws Exception {
        Path whole = dir.resolve(format + "-whole.csv");
        assertEquals(0, batch(whole, format, null).code);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path part = dir.resolve(format + "-part-" + i + ".csv");
            CommandRunner r = batch(part, format, i + "/" + n);
            assertEquals(0, r.code, r.toString());
            parts.add(part.toString());
        }
        List<String> args = new ArrayList<>(List.of("merge-tables"));
        java.util.Collections.reverse(parts); // listed in another order: the manifest decides the order
        args.addAll(parts);
        args.addAll(List.of("--manifest", manifest.toString(), "--out", dir.resolve(format + "-all.csv").toString()));
        CommandRunner r = CommandRunner.run(args.toArray(new String[0]));
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("6 case(s)"), r.out);
        byte[] expected = Files.readAllBytes(whole);
        assertTrue(new String(expected).contains("c5,"), "the failing case has its error row");
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve(format + "-all.csv")), format + " table merged from " + n + " shards");
    }

    @Test
    void longShardsMergeToTheUnshardedTable() throws Exception {
        // shard 3 of 4 is c3 alone: an empty region and no computed one, so its part lacks the feature rows
        assertShardsMergeToTheWhole("long", 4);
        String part3 = Files.readString(dir.resolve("long-part-3.csv"));
        assertFalse(part3.contains("glcm"), "a part without a computed region has no feature list");
    }

    @Test
    void wideShardsMergeToTheUnshardedTable() throws Exception {
        // one case per shard: the empty c3 and the failing c5 have parts without feature columns
        assertShardsMergeToTheWhole("wide", 6);
    }

    @Test
    void shardsAreEveryNthCaseAndBadShardsAreUsageErrors() throws Exception {
        Path p = dir.resolve("s.csv");
        assertEquals(0, batch(p, "wide", "1/3").code);
        List<String> ids = Files.readAllLines(p).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
        assertEquals(List.of("c1", "c4"), ids);
        for (String bad : new String[] {"3/3", "1", "a/b", "0/0"}) {
            CommandRunner r = batch(dir.resolve("bad.csv"), "long", bad);
            assertEquals(2, r.code, bad + ": " + r);
            assertTrue(r.err.contains("--shard"), r.err);
        }
    }

    @Test
    void missingAndDuplicatedCasesAreListedAndNothingIsWritten() throws Exception {
        Path a = dir.resolve("m-part-0.csv"), b = dir.resolve("m-part-1.csv");
        assertEquals(0, batch(a, "long", "0/2").code);
        assertEquals(0, batch(b, "long", "1/2").code);
        Path out = dir.resolve("m-all.csv");
        CommandRunner r = CommandRunner.run("merge-tables", "--tables", a.toString(), "--manifest", manifest.toString(), "--out", out.toString());
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("3 case(s) of the manifest in no table: c1, c3, c5"), r.err);
        r = CommandRunner.run("merge-tables", "--tables", dir.resolve("m-part-*.csv") + "," + a, "--manifest", manifest.toString(), "--out", out.toString());
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("3 case(s) more than once: c0 (in m-part-0.csv, m-part-0.csv), c2 (in m-part-0.csv, m-part-0.csv), c4"), r.err);
        assertFalse(Files.exists(out));
        r = CommandRunner.run("merge-tables", "--tables", dir.resolve("m-part-*.csv").toString(), "--manifest", manifest.toString(), "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        Path whole = dir.resolve("m-whole.csv");
        assertEquals(0, batch(whole, "long", null).code);
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(out));
    }
}
