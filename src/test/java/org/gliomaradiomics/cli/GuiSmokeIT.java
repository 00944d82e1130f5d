package org.gliomaradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as a person meets it: plain ImageJ 1 (ij.jar from the local Maven repository, no SciJava) with a copy
 * of the install layout target/imagej/ as its plugins folder, on a virtual display (Xvfb). A menu command opens its
 * dialog, whose window is found by title; a batch macro runs a command and reads its results. Skipped where Xvfb and
 * xdotool are not installed (.ci/run installs them). Every ImageJ process runs under a timeout: an error under Xvfb
 * opens a modal dialog that never closes.
 */
class GuiSmokeIT {
    @TempDir
    Path dir;

    private String display;
    private Process xvfb;
    private Path imagejDir;

    static boolean installed(String program) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            if (Files.isExecutable(Path.of(p, program))) return true;
        return false;
    }

    @BeforeEach
    void startDisplay() throws Exception {
        assumeTrue(installed("Xvfb") && installed("xdotool"), "skipped: Xvfb or xdotool is not installed");
        imagejDir = copy(Path.of(System.getProperty("imagej.layout", "target/imagej")).toAbsolutePath(), dir.resolve("imagej"));
        display = freeDisplay();
        xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24").redirectErrorStream(true)
            .redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        Thread.sleep(1500);
        assumeTrue(xvfb.isAlive(), "skipped: Xvfb could not start on " + display + ": " + Files.readString(dir.resolve("xvfb.log")));
    }

    @AfterEach
    void stopDisplay() throws InterruptedException {
        if (xvfb != null) stop(xvfb); // a terminated (not killed) Xvfb removes its lock file
    }

    @Test
    void menuCommandOpensItsDialog() throws Exception {
        Process imagej = imagej("-eval", "run(\"Label Statistics\");");
        try {
            boolean found = false;
            for (int i = 0; i < 60 && !found && imagej.isAlive(); i++) {
                Thread.sleep(1000);
                found = windowExists("^Label Statistics$");
            }
            assertTrue(found, "no 'Label Statistics' dialog appeared; ImageJ log:\n" + log());
        } finally {
            stop(imagej);
        }
    }

    @Test
    void batchMacroRunsACommand() throws Exception {
        Path images = TestPaths.testImages().resolve("ibsi1");
        Path macro = dir.resolve("label_stats.ijm");
        Files.writeString(macro, "run(\"Label Statistics\", \"image=[" + images.resolve("phantom.nii.gz") + "] mask=["
            + images.resolve("mask.nii.gz") + "]\");\nprint(\"voxel_count=\" + getResult(\"voxel_count\", 0));\n");
        Process imagej = imagej("-batch", macro.toString());
        try {
            assertTrue(imagej.waitFor(120, TimeUnit.SECONDS), "ImageJ -batch did not finish in 120 s (an error dialog?); log:\n" + log());
        } finally {
            stop(imagej);
        }
        assertTrue(log().lines().anyMatch(l -> l.trim().equals("voxel_count=74")), "IBSI phantom: 74 ROI voxels expected; log:\n" + log());
    }

    /** In -batch (which otherwise always exits 0), a failing command prints its one-line error and exits 1. */
    @Test
    void batchMacroWithAFailingCommandExitsNonZero() throws Exception {
        Path macro = dir.resolve("failing.ijm");
        Files.writeString(macro, "run(\"Label Statistics\", \"image=[/nonexistent/t1ce.nii.gz] mask=[/nonexistent/seg.nii.gz]\");\nprint(\"not reached\");\n");
        Process imagej = imagej("-batch", macro.toString());
        try {
            assertTrue(imagej.waitFor(120, TimeUnit.SECONDS), "ImageJ -batch did not finish in 120 s (an error dialog?); log:\n" + log());
        } finally {
            stop(imagej);
        }
        assertEquals(1, imagej.exitValue(), log());
        assertTrue(log().contains("error: Label Statistics: ") && log().contains("/nonexistent/t1ce.nii.gz"), log());
        assertFalse(log().contains("not reached"), log());
    }

    /** java -Dplugins.dir=COPY_OF_TARGET_IMAGEJ -cp ij.jar ij.ImageJ ARGS on the virtual display, with its own preferences. */
    private Process imagej(String... args) throws IOException {
        Path ij = Path.of(System.getProperty("ij.jar", ""));
        assertTrue(Files.isRegularFile(ij), "ij.jar not found (system property ij.jar = '" + ij + "')");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx2g", "-Duser.home=" + Files.createDirectories(dir.resolve("home")), "-Dplugins.dir=" + imagejDir,
            "-cp", ij.toString(), "ij.ImageJ"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.redirectErrorStream(true).redirectOutput(dir.resolve("imagej.log").toFile()).start();
        p.getOutputStream().close();
        return p;
    }

    private String log() throws IOException {
        Path log = dir.resolve("imagej.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static Path copy(Path from, Path to) throws IOException {
        assertTrue(Files.isDirectory(from.resolve("plugins")), from + "/plugins is missing: run `mvn package` first");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    /** A display number with no X server lock, so a leftover server cannot make this test fail. */
    private static String freeDisplay() {
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 400; n++)
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return ":" + n;
        return ":399";
    }

    private boolean windowExists(String titleRegex) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of("xdotool", "search", "--name", titleRegex));
        pb.environment().put("DISPLAY", display);
        Process p = pb.redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor(10, TimeUnit.SECONDS);
        return !out.isEmpty() && out.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }
}
