package org.gliomaradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README is true: every shell block ({@code ```sh}) runs as printed from the project folder, after
 * {@code mvn package}. Example outputs go to {@code out/} (ignored by git), here a temporary folder. Blocks that read
 * {@code ../shared} skip with a message when it is absent; cohort-scale blocks ({@code ```sh benchmark}) run with
 * {@code -Pbenchmark}; {@code mvn … verify} is this test suite itself. Maven is replaced by a stand-in that behaves as
 * Maven 3.8 does in batch mode (it prints colour-reset codes on standard output even with {@code -B -q}), so a block
 * that lets Maven's output into its own output fails.
 */
class ReadmeIT {
    @TempDir
    Path tmp;

    /** A fenced block of README.md: its info string ({@code sh benchmark}), first line number and text. */
    record Block(String info, int line, String text) {
        boolean shell() {
            return info.matches("(sh|bash|shell)\\b.*");
        }

        boolean benchmark() {
            return info.matches(".*\\bbenchmark\\b.*");
        }

        @Override
        public String toString() {
            String first = text.lines().findFirst().orElse("");
            return "README.md:" + line + " " + (first.length() > 70 ? first.substring(0, 70) + "…" : first);
        }
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(TestPaths.project().resolve("README.md"));
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.strip().startsWith("```")) continue;
            String indent = l.substring(0, l.indexOf('`'));
            String info = l.strip().substring(3).strip();
            StringBuilder text = new StringBuilder();
            int start = i + 1;
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++)
                text.append(lines.get(i).startsWith(indent) ? lines.get(i).substring(indent.length()) : lines.get(i)).append('\n');
            out.add(new Block(info, start, text.toString()));
        }
        return out;
    }

    @Test
    void everyCodeBlockSaysWhatItIs() throws IOException {
        List<Block> blocks = blocks();
        assertTrue(blocks.stream().filter(Block::shell).count() >= 5, blocks.toString());
        for (Block b : blocks) assertFalse(b.info().isEmpty(), b + ": a block without a language is neither run nor skipped on purpose");
    }

    @TestFactory
    Stream<DynamicTest> shellBlocksRunAsPrinted() throws IOException {
        return blocks().stream().filter(b -> b.shell() && !b.benchmark()).map(b -> DynamicTest.dynamicTest(b.toString(), () -> run(b, 10)));
    }

    @Tag("benchmark")
    @TestFactory
    Stream<DynamicTest> cohortBlocksRunAsPrinted() throws IOException {
        return blocks().stream().filter(b -> b.shell() && b.benchmark()).map(b -> DynamicTest.dynamicTest(b.toString(), () -> run(b, 30)));
    }

    private void run(Block b, int minutes) throws Exception {
        assumeFalse(b.text().matches("(?s).*\\bmvn\\b[^\\n]*\\bverify\\b.*"), b + ": skipped, it runs this test suite");
        if (b.text().contains("../shared")) TestPaths.sharedOrSkip();
        Path bin = Files.createDirectories(tmp.resolve("bin")), out = Files.createDirectories(tmp.resolve("out"));
        Path mvn = bin.resolve("mvn");
        // Maven 3.8 (Debian) writes ESC[0m to standard output in batch and quiet mode; the jar is already packaged
        Files.writeString(mvn, "#!/bin/sh\ncase \" $* \" in *\" -B \"*) ;; *) echo 'README: call Maven in batch mode (-B)' >&2; exit 64;; esac\n"
            + "printf '\\033[0m\\033[0m'\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        String script = b.text().replaceAll("(?<=[\\s=])out/", out + "/");
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script).directory(TestPaths.project().toFile());
        pb.environment().put("PATH", bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Path stdout = tmp.resolve("stdout"), stderr = tmp.resolve("stderr");
        Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(b + ": did not finish in " + minutes + " min");
        }
        String o = Files.readString(stdout, StandardCharsets.UTF_8), e = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), b + "\nstderr:\n" + e);
        assertFalse(o.contains("\u001b"), b + ": terminal control codes on standard output: " + o.substring(0, Math.min(200, o.length())));
        if (!b.text().matches("(?s).*\\bmvn\\b.*")) // Maven's own output goes to stderr on purpose
            for (String line : e.lines().toList()) assertTrue(line.matches("\\[[a-z-]+\\] .*|(warning|note): .*|wrote .*"),
                b + ": not ours on stderr: '" + line + "'");
        if (b.text().contains("--format wide") && b.text().contains("extract"))
            assertTrue(o.startsWith("case,label,diagnostics_Error,"), b + ": " + o.substring(0, Math.min(200, o.length())));
    }
}
