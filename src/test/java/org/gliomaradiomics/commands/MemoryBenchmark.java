package org.gliomaradiomics.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap each command needs on a BraTS-size case (240x240x155 at 1 mm, four int16 sequences as BraTS ships them and
 * a uint8 label map): each command runs in a fresh JVM with -Xmx taken from a ladder, and the smallest heap that lets
 * it finish is reported (the README's memory table): {@code mvn -B test -Pbenchmark -Dtest=MemoryBenchmark};
 * {@code -Dmemory.commands=extract} runs only the commands whose label contains that text.
 */
@Tag("benchmark")
class MemoryBenchmark {
    private static final int[] LADDER_MB = {48, 64, 96, 128, 150, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096};

    @TempDir
    Path dir;

    @Test
    void smallestHeapPerCommand() throws Exception {
        Path c = dir.resolve("case");
        run(4096, "synth-case", "--seed", "7", "--size", "240,240,155", "--spacing", "1,1,1", "--id", "c", "--out", c.toString());
        String t1 = c.resolve("c_t1.nii.gz").toString(), t1ce = c.resolve("c_t1ce.nii.gz").toString(), seg = c.resolve("c_seg.nii.gz").toString();
        String t2 = c.resolve("c_t2.nii.gz").toString(), flair = c.resolve("c_flair.nii.gz").toString();
        for (String s : List.of(t1, t1ce, t2, flair)) asInt16(Path.of(s));
        Path manifest = dir.resolve("manifest.csv");
        StringBuilder m = new StringBuilder("ID,Image,Mask,Label\n");
        for (String s : List.of(t1, t1ce, t2, flair)) m.append(Path.of(s).getFileName()).append(',').append(s).append(',').append(seg).append(",\"WT,TC,ET\"\n");
        Files.writeString(manifest, m);
        Path log = Files.writeString(dir.resolve("log.yaml"), "filter:\n  type: log\n  sigma_mm: 3\n");
        String out = dir.resolve("out").toString();

        Map<String, String[]> commands = new LinkedHashMap<>();
        commands.put("extract, IBSI, WT/TC/ET of T1c", new String[] {"extract", "--image", t1ce, "--mask", seg, "--label", "WT,TC,ET", "--out", out + ".csv"});
        commands.put("extract --conventions pyradiomics, WT/TC/ET", new String[] {"extract", "--image", t1ce, "--mask", seg, "--label", "WT,TC,ET",
            "--conventions", "pyradiomics", "--out", out + ".csv"});
        commands.put("batch-extract, 4 sequences x WT/TC/ET, 1 thread", new String[] {"batch-extract", "--manifest", manifest.toString(),
            "--threads", "1", "--out", out + ".csv"});
        commands.put("batch-extract, 4 sequences x WT/TC/ET, 2 threads", new String[] {"batch-extract", "--manifest", manifest.toString(),
            "--threads", "2", "--out", out + ".csv"});
        commands.put("feature-maps, GLCM radius 1, ET", new String[] {"feature-maps", "--image", t1ce, "--mask", seg, "--label", "4",
            "--out-dir", out + "-maps"});
        commands.put("filter, LoG 3 mm", new String[] {"filter", "--image", t1ce, "--params", log.toString(), "--out", out + ".nii.gz"});
        commands.put("bias-correct", new String[] {"bias-correct", "--image", t1, "--out", out + ".nii.gz"});
        commands.put("register, rigid MI", new String[] {"register", "--fixed", t1, "--moving", t2, "--out-image", out + ".nii.gz"});
        commands.put("habitats, 3 sequences", new String[] {"habitats", "--cases", c.toString(), "--k", "3", "--out-dir", out + "-hab"});
        commands.put("morphology, close 2 mm", new String[] {"morphology", "--mask", seg, "--operation", "close", "--radius-mm", "2", "--out", out + ".nii.gz"});
        commands.put("convert .nii.gz to .nrrd", new String[] {"convert", "--input", flair, "--out", out + ".nrrd"});

        StringBuilder table = new StringBuilder("| command (240x240x155 case) | smallest -Xmx that works |\n| --- | --- |\n");
        String only = System.getProperty("memory.commands", "");
        for (Map.Entry<String, String[]> e : commands.entrySet()) {
            if (!e.getKey().contains(only)) continue;
            int lo = -1, hi = LADDER_MB.length - 1; // LADDER_MB[hi] works (checked first), LADDER_MB[lo] fails
            if (run(LADDER_MB[hi], e.getValue()) != 0) throw new AssertionError(e.getKey() + " fails even with " + LADDER_MB[hi] + " MB");
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (run(LADDER_MB[mid], e.getValue()) == 0) hi = mid;
                else lo = mid;
            }
            table.append("| ").append(e.getKey()).append(" | ").append(LADDER_MB[hi]).append(" MB |\n");
            System.out.println(e.getKey() + ": " + LADDER_MB[hi] + " MB");
        }
        System.out.print(table);
    }

    /** Rewrites a synthetic (float32) sequence as int16, rounded, as BraTS sequences are stored. */
    private static void asInt16(Path file) throws IOException {
        Volume v = ImageIO.read(file);
        short[] s = new short[v.size()];
        for (int i = 0; i < s.length; i++) s[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v.get(i))));
        ImageIO.write(new Volume(v.geometry(), s, DataType.INT16), file);
    }

    /** Runs a command in a new JVM with the given heap; its exit code (a timeout or a failed batch row counts as failure). */
    private int run(int heapMb, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heapMb + "m",
            "-cp", System.getProperty("java.class.path"), "org.gliomaradiomics.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("last.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        // a batch finishes with exit 0 even when cases fail for want of memory: they are error rows
        boolean failedRows = java.util.regex.Pattern.compile("[1-9][0-9]* region\\(s\\) failed").matcher(Files.readString(dir.resolve("last.log"))).find();
        return failedRows ? 1 : p.exitValue();
    }
}
