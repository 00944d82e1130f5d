package org.gliomaradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold command-line start loads what it runs and nothing else (issue 21): the JVM's own class-loading log of
 * {@code extract} and {@code --help} in fresh JVMs names no Weka, ImageJ or ImageJ2 class, no SciJava context and
 * no annotation-index scan. And the launcher written by {@code mvn package} really starts from its CDS archive.
 */
class StartupIT {
    /**
     * Classes a command-line start must not load (a package when the name ends with a dot, else a class and its
     * nested classes): each costs seconds (Weka, ImageJ) or scans the class path.
     */
    static final List<String> UNWANTED = List.of("weka.", "ij.", "net.imagej.", "net.imglib2.", "io.scif.",
        "org.scijava.Context", "org.scijava.plugin.PluginIndex", "org.scijava.annotations.Index", "org.scijava.service.");

    @TempDir
    Path tmp;

    /** The classes a fresh JVM loads running {@code launcher args} (java -jar when launcher is empty). */
    private List<String> loadedClasses(List<String> launcher, String... args) throws IOException, InterruptedException {
        Path log = tmp.resolve("classes-" + System.nanoTime() + ".log");
        String logOption = "-Xlog:class+load:file=" + log + ":none"; // one "name source: ..." per line
        List<String> cmd = new ArrayList<>(launcher);
        if (launcher.isEmpty()) cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            logOption, "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(TestPaths.project().toFile()).redirectErrorStream(true);
        if (!launcher.isEmpty()) {
            pb.environment().put("JAVA_OPTS", logOption);
            pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish: " + cmd);
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + output);
        return Files.readAllLines(log);
    }

    private static Path jar() {
        return Path.of(System.getProperty("cli.jar", "target/glioma-radiomics.jar")).toAbsolutePath();
    }

    static boolean unwanted(String className) {
        return UNWANTED.stream().anyMatch(u -> u.endsWith(".") ? className.startsWith(u) : className.equals(u) || className.startsWith(u + "$"));
    }

    private static void assertNoneUnwanted(String what, List<String> log) {
        List<String> names = log.stream().map(l -> l.split(" ", 2)[0]).collect(Collectors.toList());
        assertTrue(names.contains("org.gliomaradiomics.cli.Main"), "the log lists the classes loaded: " + log.size() + " lines");
        List<String> unwanted = names.stream().filter(StartupIT::unwanted).collect(Collectors.toList());
        assertEquals(List.of(), unwanted, what + " loads classes it does not need");
    }

    @Test
    void extractLoadsNeitherWekaNorImageJNorASciJavaContext() throws Exception {
        Path out = tmp.resolve("brain1.csv");
        List<String> log = loadedClasses(List.of(), "extract", "--image", "test-images/brain1/brain1_image.nrrd",
            "--mask", "test-images/brain1/brain1_label.nrrd", "--format", "wide", "--out", out.toString());
        assertNoneUnwanted("extract", log);
        assertTrue(Files.readString(out).contains("Mask_VoxelNum"), "the extraction ran");
    }

    @Test
    void helpLoadsNoCommandInputsAndNoImageJ() throws Exception {
        List<String> overview = loadedClasses(List.of(), "--help");
        assertNoneUnwanted("--help", overview);
        // the overview names every command without reflecting on their inputs (nor building their command lines)
        assertTrue(overview.stream().noneMatch(l -> l.startsWith("org.gliomaradiomics.commands.ParamSpec ")), "--help reflected on inputs");
        assertTrue(overview.stream().noneMatch(l -> l.startsWith("picocli.CommandLine ")), "--help built command lines");
        assertNoneUnwanted("extract --help", loadedClasses(List.of(), "extract", "--help"));
    }

    @Test
    void launcherStartsFromTheClassDataSharingArchive() throws Exception {
        Path launcher = jar().resolveSibling("glioma-radiomics");
        Path archive = jar().resolveSibling("glioma-radiomics.jsa");
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script; skipped on Windows");
        assumeTrue(Files.isRegularFile(archive), "no CDS archive was written at package time (a JDK without CDS?); skipped");
        assertTrue(Files.isExecutable(launcher), launcher + " is not executable");
        List<String> log = loadedClasses(List.of(launcher.toString()), "--help");
        Map<Boolean, Long> ours = log.stream().filter(l -> l.startsWith("org.gliomaradiomics."))
            .collect(Collectors.partitioningBy(l -> l.contains("shared objects file"), Collectors.counting()));
        // the archive was written by an extract run, which loads Main and the catalog too
        assertTrue(ours.get(true) > 0, "no class of ours came from the archive: " + ours);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("org.gliomaradiomics.cli.Main ") && l.contains("shared objects file")),
            "Main did not come from the archive");
    }

    /** The flags the launcher's JVM runs with, given JAVA_OPTS, from the JVM's own list of them. */
    private static List<String> launcherFlags(Path launcher, String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--help").redirectErrorStream(true);
        pb.environment().put("JAVA_OPTS", javaOpts + " -XX:+PrintCommandLineFlags");
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return flags(pb);
    }

    private static List<String> flags(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return java.util.Arrays.stream(output.split("\\s+")).filter(f -> f.startsWith("-XX:")).collect(Collectors.toList());
    }

    private static String collector(List<String> flags) {
        return flags.stream().filter(f -> f.matches("-XX:\\+Use\\w+GC")).findFirst()
            .orElseThrow(() -> new AssertionError("no collector in the JVM's flags: " + flags));
    }

    private static Path posixLauncher() {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script; skipped on Windows");
        return jar().resolveSibling("glioma-radiomics");
    }

    /** What the shell sees: getconf counts the processors online, as the JVM does outside a container's limits. */
    private static int processorsOnline() throws Exception {
        Process getconf = new ProcessBuilder("getconf", "_NPROCESSORS_ONLN").start();
        return Integer.parseInt(new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim());
    }

    @Test
    void launcherRunsTheSerialCollectorOnTwoProcessorsUnlessToldOtherwise() throws Exception {
        Path launcher = posixLauncher();
        int cpus = processorsOnline();
        // with more processors the launcher leaves the choice to the JVM
        String jvmsOwn = cpus <= 2 ? "-XX:+UseSerialGC" : collector(flags(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-XX:+PrintCommandLineFlags", "-version").redirectErrorStream(true)));
        assertEquals(jvmsOwn, collector(launcherFlags(launcher, "-Xmx512m")));
        assertEquals(jvmsOwn, collector(launcherFlags(launcher, "-XX:+UseStringDeduplication")), "an option that names no collector");
        assertEquals("-XX:+UseG1GC", collector(launcherFlags(launcher, "-XX:+UseG1GC")), "a collector in JAVA_OPTS is kept");
        assertEquals("-XX:+UseParallelGC", collector(launcherFlags(launcher, "-XX:+UseParallelGC -Xmx1g")), "a collector in JAVA_OPTS is kept");
    }

    @Test
    void theSerialCollectorOfTheLauncherKeepsSurvivorSpacesOfAThirdUnlessToldOtherwise() throws Exception {
        Path launcher = posixLauncher();
        assumeTrue(processorsOnline() <= 2, "the launcher picks no collector on more than 2 processors");
        assertTrue(launcherFlags(launcher, "").contains("-XX:SurvivorRatio=2"), "survivor spaces of a third of the young generation");
        List<String> own = launcherFlags(launcher, "-XX:SurvivorRatio=6");
        assertTrue(own.contains("-XX:SurvivorRatio=6") && !own.contains("-XX:SurvivorRatio=2"), "a ratio in JAVA_OPTS is kept: " + own);
        assertTrue(launcherFlags(launcher, "-XX:+UseG1GC").stream().noneMatch(f -> f.startsWith("-XX:SurvivorRatio")),
            "no ratio for a collector the user chose");
    }

    @Test
    void launcherAsksForTransparentHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
        Path launcher = posixLauncher();
        Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(mode) && Files.readString(mode).contains("[madvise]");
        assertEquals(onRequest, launcherFlags(launcher, "").contains("-XX:+UseTransparentHugePages"),
            "huge pages asked for exactly when the kernel's mode is madvise (" + (Files.isReadable(mode) ? Files.readString(mode).trim() : "no " + mode) + ")");
        List<String> refused = launcherFlags(launcher, "-XX:-UseTransparentHugePages");
        assertTrue(refused.contains("-XX:-UseTransparentHugePages") && !refused.contains("-XX:+UseTransparentHugePages"),
            "JAVA_OPTS's choice is kept: " + refused);
    }
}
