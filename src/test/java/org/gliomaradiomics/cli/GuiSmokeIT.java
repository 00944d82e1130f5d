package org.gliomaradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as a person meets it: ImageJ with our jar in its plugins folder, on a virtual display (Xvfb). The
 * menu command opens its dialog, whose window is found by title. Skipped where Xvfb and xdotool are not installed
 * (.ci/run installs them).
 */
class GuiSmokeIT {
    @TempDir
    Path dir;

    static boolean installed(String program) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            if (Files.isExecutable(Path.of(p, program))) return true;
        return false;
    }

    @Test
    void menuCommandOpensItsDialog() throws Exception {
        assumeTrue(installed("Xvfb") && installed("xdotool"), "skipped: Xvfb or xdotool is not installed");
        Path jar = Path.of(System.getProperty("cli.jar", "target/glioma-radiomics.jar")).toAbsolutePath();
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (var s = Files.list(jar.getParent())) {
            Path pluginJar = s.filter(p -> p.getFileName().toString().matches("glioma_radiomics-[^-]+(-SNAPSHOT)?\\.jar")).findFirst().orElseThrow();
            Files.copy(pluginJar, plugins.resolve(pluginJar.getFileName()));
        }
        String display = freeDisplay();
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24").redirectErrorStream(true)
            .redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        Process imagej = null;
        try {
            Thread.sleep(1500);
            assumeTrue(xvfb.isAlive(), "skipped: Xvfb could not start on " + display + ": " + Files.readString(dir.resolve("xvfb.log")));
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dplugins.dir=" + dir, "-cp", jar.toString(), "ij.ImageJ", "-eval", "run(\"Label Statistics\");");
            pb.environment().put("DISPLAY", display);
            imagej = pb.redirectErrorStream(true).redirectOutput(dir.resolve("imagej.log").toFile()).start();
            boolean found = false;
            for (int i = 0; i < 60 && !found; i++) {
                Thread.sleep(1000);
                found = windowExists(display, "^Label Statistics$");
            }
            assertTrue(found, "no 'Label Statistics' dialog appeared; ImageJ log:\n" + Files.readString(dir.resolve("imagej.log")));
        } finally {
            if (imagej != null) stop(imagej);
            stop(xvfb); // a terminated (not killed) Xvfb removes its lock file
        }
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

    private static boolean windowExists(String display, String titleRegex) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of("xdotool", "search", "--name", titleRegex));
        pb.environment().put("DISPLAY", display);
        Process p = pb.redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor(10, TimeUnit.SECONDS);
        return !out.isEmpty() && out.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }
}
