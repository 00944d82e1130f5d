package org.gliomaradiomics.imagej2;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.testutil.TestPaths;

/**
 * Runs our plugin inside a real ImageJ2 legacy runtime: {@code ${shared.dir}/fixtures/imagej2/jars} (ImageJ 1.54p
 * patched by imagej-legacy in a SciJava context, see its README). ImageJ 1 must be patched before any {@code ij.*}
 * class loads, so the runtime is a forked JVM (never the failsafe JVM) running {@link ImageJ2Probe} on a plan of
 * steps; the probe writes one finding per line, which {@link Findings} parses. Headless, or on a private Xvfb
 * display. Every run has a time limit after which the whole process tree is killed (a modal dialog under Xvfb
 * would otherwise hang forever).
 *
 * <p>System properties: {@code shared.dir} (set by the pom), {@code imagej2.skip=true} (skip these tests),
 * {@code imagej2.pluginsConfig=strip} (run with a copy of the plugin jar without plugins.config).
 */
public final class ImageJ2Runtime {
    private ImageJ2Runtime() {}

    /** The fixture's jar folder, or skips the calling test with a message saying why. */
    public static Path fixtureJarsOrSkip() {
        assumeFalse(Boolean.getBoolean("imagej2.skip"), "skipped: -Dimagej2.skip=true");
        Path shared = Path.of(System.getProperty("shared.dir", TestPaths.project().resolve("../shared").toString())).toAbsolutePath().normalize();
        Path jars = shared.resolve("fixtures/imagej2/jars");
        assumeTrue(Files.isDirectory(jars) && Files.isRegularFile(jars.resolve("imagej-legacy-2.0.3.jar")),
            "skipped: the ImageJ2 runtime fixture " + jars + " is absent (see fixtures/imagej2/README.md in ../shared)");
        return jars;
    }

    /** The ImageJ plugin jar {@code target/glioma_radiomics-<version>.jar} (not the shaded command-line jar). */
    public static Path pluginJar() throws IOException {
        Path target = TestPaths.project().resolve("target");
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("glioma_radiomics-[^/]+\\.jar")
                    && !p.getFileName().toString().matches(".*-(sources|tests|javadoc)\\.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no target/glioma_radiomics-<version>.jar: run mvn package first"));
        }
    }

    public static boolean installed(String program) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            if (Files.isExecutable(Path.of(p, program))) return true;
        return false;
    }

    /** Copy of the jar without plugins.config (what the plugin jar will look like once plugins.config is gone). */
    static Path withoutPluginsConfig(Path jar, Path dir) throws IOException {
        Path copy = dir.resolve("stripped_" + jar.getFileName());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("plugins.config")) continue;
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return copy;
    }

    /** How the plugin jar is put on the class path: as built, or stripped of plugins.config. */
    public static String pluginsConfigMode() {
        return System.getProperty("imagej2.pluginsConfig", "keep");
    }

    /**
     * Runs the probe on the plan in a fresh JVM and returns its findings; {@code work} (see {@link #workDir}) receives
     * the plan, the findings, the probe's log and its preferences.
     */
    public static Findings run(Path work, boolean display, Plan plan, Duration timeout) throws Exception {
        Path jars = fixtureJarsOrSkip();
        String xvfbDisplay = null;
        Process xvfb = null;
        if (display) {
            assumeTrue(installed("Xvfb"), "skipped: Xvfb is not installed (apt-get install xvfb)");
            xvfbDisplay = freeDisplay();
            xvfb = new ProcessBuilder("Xvfb", xvfbDisplay, "-screen", "0", "1280x800x24", "-nolisten", "tcp").redirectErrorStream(true)
                .redirectOutput(work.resolve("xvfb.log").toFile()).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + xvfbDisplay.substring(1));
            for (int i = 0; i < 50 && xvfb.isAlive() && !Files.exists(socket); i++) Thread.sleep(100);
            if (!xvfb.isAlive() || !Files.exists(socket)) {
                stop(xvfb);
                assumeTrue(false, "skipped: Xvfb could not start on " + xvfbDisplay + ": " + Files.readString(work.resolve("xvfb.log")));
            }
        }
        try {
            return runProbe(work, jars, xvfbDisplay, plan, timeout);
        } finally {
            if (xvfb != null) stop(xvfb); // a terminated (not killed) Xvfb removes its lock file
        }
    }

    /** A fresh {@code target/imagej2/<name>} folder. */
    public static Path workDir(String name) throws IOException {
        Path work = TestPaths.project().resolve("target/imagej2").resolve(name);
        if (Files.exists(work)) try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.deleteIfExists(p);
        }
        return Files.createDirectories(work);
    }

    private static Findings runProbe(Path work, Path jars, String display, Plan plan, Duration timeout) throws Exception {
        Path jar = pluginJar();
        if (pluginsConfigMode().equals("strip")) jar = withoutPluginsConfig(jar, work);
        List<String> cp = new ArrayList<>();
        try (Stream<Path> s = Files.list(jars)) {
            s.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> cp.add(p.toString()));
        }
        cp.add(jar.toString());
        cp.add(TestPaths.project().resolve("target/test-classes").toString());
        Path planFile = work.resolve("plan.tsv"), findings = work.resolve("findings.tsv"), log = work.resolve("probe.log");
        Files.write(planFile, plan.lines(), StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx2g",
            "-Djava.awt.headless=" + (display == null),
            "-Duser.home=" + Files.createDirectories(work.resolve("home")), // fresh IJ and SciJava preferences
            "-Dplugins.dir=" + Files.createDirectories(work.resolve("plugins")), // no stray ImageJ plugins
            "-cp", String.join(File.pathSeparator, cp),
            ImageJ2Probe.class.getName(), planFile.toString(), findings.toString(), work.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        if (display == null) pb.environment().remove("DISPLAY");
        else pb.environment().put("DISPLAY", display);
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) killTree(p);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return Findings.read(findings, log, finished ? null : "the ImageJ2 probe was killed after " + timeout.toSeconds() + " s", ms, work);
    }

    static void killTree(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    /** A display number with no X server lock, so a leftover server cannot make the tests fail. */
    private static String freeDisplay() {
        for (int n = 150 + (int) (ProcessHandle.current().pid() % 100); n < 500; n++)
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return ":" + n;
        return ":499";
    }

    // ------------------------------------------------------------------ plan

    /** Steps for the probe (see {@link ProbeSteps}): one line per step, tab-separated. */
    public static final class Plan {
        private final List<String> lines = new ArrayList<>();

        public List<String> lines() {
            return lines;
        }

        private Plan add(String action, String id, int timeoutSeconds, List<String> args) {
            for (String a : args) if (a.contains("\t") || a.contains("\n")) throw new IllegalArgumentException("tab or newline in " + a);
            List<String> f = new ArrayList<>(List.of(action, id, Integer.toString(timeoutSeconds)));
            f.addAll(args);
            lines.add(String.join("\t", f));
            return this;
        }

        public Plan context(boolean showUI) {
            return add("context", "context", 120, List.of(showUI ? "showUI" : "noUI"));
        }

        /** Modules, SciJava menu, ImageJ 1 command table and menu bar, search bar. */
        public Plan registries() {
            add("modules", "modules", 60, List.of());
            add("menu", "menu", 60, List.of());
            add("ij1", "ij1", 60, List.of());
            return add("search", "search", 120, List.of());
        }

        public Plan prefs(String id) {
            return add("prefs", id, 60, List.of());
        }

        public Plan command(String id, CommandSpec spec, Map<String, String> inputs, int timeoutSeconds) {
            List<String> args = new ArrayList<>(List.of(spec.type().getName()));
            inputs.forEach((k, v) -> args.add(k + "=" + v));
            return add("cmd", id, timeoutSeconds, args);
        }

        public Plan macro(String id, String code, int timeoutSeconds) {
            return add("macro", id, timeoutSeconds, List.of(code));
        }

        public Plan dialog(String id, CommandSpec spec, Path png) {
            return add("dialog", id, 30, List.of(spec.label(), png.toString()));
        }

        public Plan record(String id, CommandSpec spec, Path png, Map<String, String> values, int timeoutSeconds) {
            List<String> args = new ArrayList<>(List.of(spec.label(), png.toString()));
            values.forEach((k, v) -> args.add(k + "=" + v));
            return add("record", id, timeoutSeconds, args);
        }
    }

    /** The option string the Macro Recorder writes: {@code key=value}, brackets around values with spaces, flags bare. */
    public static String macroOptions(CommandSpec spec, Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> {
            boolean flag = spec.param(k).map(p -> p.isFlag()).orElse(false);
            if (flag) {
                if (Boolean.parseBoolean(v)) parts.add(k);
            } else parts.add(k + "=" + (v.contains(" ") ? "[" + v + "]" : v));
        });
        return String.join(" ", parts);
    }

    /** {@code run("Label", "options");} with the macro language's string escapes. */
    public static String runStatement(CommandSpec spec, Map<String, String> values) {
        return "run(\"" + escape(spec.label()) + "\", \"" + escape(macroOptions(spec, values)) + "\");";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    // ------------------------------------------------------------------ findings

    /** What the probe reported, one tab-separated finding per line (first field: the kind). */
    public static final class Findings {
        private final List<String[]> rows;
        private final String log;
        private final String failure;
        private final long millis;
        private final Path work;

        private Findings(List<String[]> rows, String log, String failure, long millis, Path work) {
            this.rows = rows;
            this.log = log;
            this.failure = failure;
            this.millis = millis;
            this.work = work;
        }

        static Findings read(Path file, Path log, String failure, long millis, Path work) throws IOException {
            List<String[]> rows = new ArrayList<>();
            if (Files.exists(file)) for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) rows.add(line.split("\t", -1));
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            return new Findings(rows, text, failure, millis, work);
        }

        public Path workDir() {
            return work;
        }

        public long millis() {
            return millis;
        }

        /** True when the probe ran every step (its last finding is END). */
        public boolean complete() {
            return failure == null && !rows.isEmpty() && rows.get(rows.size() - 1)[0].equals("END");
        }

        /** Why the run is incomplete, with the tail of the probe's log; empty when complete. */
        public String problem() {
            if (complete()) return "";
            String tail = log.length() > 4000 ? log.substring(log.length() - 4000) : log;
            return (failure != null ? failure : "the ImageJ2 probe ended before END") + " (" + work + "); log tail:\n" + tail;
        }

        public List<String[]> all(String kind) {
            return rows.stream().filter(r -> r[0].equals(kind)).collect(Collectors.toList());
        }

        /** Findings of a kind whose second field is {@code key}. */
        public List<String[]> of(String kind, String key) {
            return rows.stream().filter(r -> r[0].equals(kind) && r.length > 1 && r[1].equals(key)).collect(Collectors.toList());
        }

        public String[] first(String kind, String key) {
            List<String[]> l = of(kind, key);
            return l.isEmpty() ? null : l.get(0);
        }

        /** Everything reported about one step, for assertion messages. */
        public String about(String key) {
            StringBuilder b = new StringBuilder();
            for (String[] r : rows) if (r.length > 1 && (r[1].equals(key) || r[1].startsWith(key + ":"))) b.append("\n  ").append(String.join(" | ", r));
            return b.length() == 0 ? "\n  (nothing reported for " + key + ")" : b.toString();
        }

        /** TABLE finding parsed: rows, column list and the first row's values. */
        public Table table(String key) {
            String[] t = first("TABLE", key);
            if (t == null) return null;
            Map<String, String> first = new LinkedHashMap<>();
            if (t.length > 4 && !t[4].isEmpty())
                for (String kv : t[4].split(" \\| ")[0].split(";")) {
                    int i = kv.indexOf('=');
                    if (i > 0) first.put(kv.substring(0, i), kv.substring(i + 1));
                }
            return new Table(Integer.parseInt(t[2]), t[3].isEmpty() ? List.of() : List.of(t[3].split(",")), first);
        }
    }

    public record Table(int rows, List<String> columns, Map<String, String> firstRow) {}
}
