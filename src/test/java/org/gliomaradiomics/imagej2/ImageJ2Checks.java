package org.gliomaradiomics.imagej2;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.imagej2.CommandCases.Case;
import org.gliomaradiomics.imagej2.ImageJ2Runtime.Findings;
import org.gliomaradiomics.imagej2.ImageJ2Runtime.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * What issue 13 asks of the suite inside a real ImageJ2 (Fiji's legacy runtime), checked on the findings of one
 * forked probe run per test class: each command is one module, one menu entry and one search hit; it runs through
 * CommandService and through a macro's {@code run(...)} with and without its optional outputs, producing the
 * expected Results table and files without any dialog; no input value is persisted between runs. Subclasses choose
 * headless or a virtual display. Tagged {@code imagej2} (exclude with {@code -Dimagej2.skip=true}).
 */
@Tag("imagej2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImageJ2Checks {
    protected Findings findings;
    protected Path work;

    /** Run under Xvfb (true) or headless (false). */
    abstract boolean display();

    /** Steps added after the command runs (dialogs, recorder). */
    void moreSteps(Plan plan) {}

    Duration timeout() {
        return Duration.ofMinutes(3);
    }

    @BeforeAll
    void runProbe() throws Exception {
        ImageJ2Runtime.fixtureJarsOrSkip();
        if (display()) assumeTrue(ImageJ2Runtime.installed("Xvfb"), "skipped: Xvfb is not installed (apt-get install xvfb)");
        String name = (display() ? "display" : "headless") + (ImageJ2Runtime.pluginsConfigMode().equals("strip") ? "-stripped" : "");
        work = ImageJ2Runtime.workDir(name);
        Plan plan = new Plan().context(display()).registries().prefs("prefs-before");
        // every run without its optional outputs first, so that no value saved by a later run can fill them in
        for (String pass : List.of("first", "second"))
            for (Case c : CommandCases.ALL)
                for (String variant : c.variants()) {
                    if (variant.equals("with") != pass.equals("second")) continue;
                    plan.command(runId("cmd", c, variant), c.spec(), c.values(variant, outDir("cmd", c, variant)), 120);
                    plan.macro(runId("macro", c, variant), ImageJ2Runtime.runStatement(c.spec(), c.values(variant, outDir("macro", c, variant))), 120);
                }
        moreSteps(plan);
        plan.prefs("prefs-after");
        for (Case c : CommandCases.ALL)
            for (String variant : c.variants())
                for (String way : List.of("cmd", "macro")) Files.createDirectories(outDir(way, c, variant));
        findings = ImageJ2Runtime.run(work, display(), plan, timeout());
    }

    static String runId(String way, Case c, String variant) {
        return way + ":" + c.id() + ":" + variant;
    }

    Path outDir(String way, Case c, String variant) {
        return work.resolve("out").resolve(way + "-" + c.command() + "-" + c.data() + "-" + variant);
    }

    static String menuPath(CommandSpec spec) {
        return String.join(" > ", Stream.of(spec.menuPath().split(">")).map(String::trim).collect(Collectors.toList()));
    }

    static String commandId(CommandSpec spec) {
        return "command:" + spec.type().getName();
    }

    /** Dynamic tests, one per command of the catalogue. */
    static Stream<DynamicTest> perCommand(java.util.function.Function<CommandSpec, Executable> check) {
        return CommandCatalog.all().stream().map(s -> DynamicTest.dynamicTest(s.name() + " (" + s.label() + ")", check.apply(s)));
    }

    void requireFindings() {
        assertNotNull(findings, "the probe did not run");
        if (findings.all("CONTEXT").isEmpty()) fail("the ImageJ2 context did not start: " + findings.problem());
    }

    // ------------------------------------------------------------------ the runtime and its registries

    @Test
    void probeRanEveryStep() {
        assertNotNull(findings);
        assertTrue(findings.complete(), findings.problem());
        assertTrue(findings.all("TIMEOUT").isEmpty(), "steps timed out: " + rows(findings.all("TIMEOUT")));
    }

    @Test
    void legacyServiceIsActive() {
        requireFindings();
        String[] c = findings.all("CONTEXT").get(0);
        assertEquals("legacy=true", c[3], "LegacyService inactive: " + String.join(" | ", c));
    }

    @TestFactory
    Stream<DynamicTest> eachCommandIsExactlyOneModule() {
        return perCommand(spec -> () -> {
            requireFindings();
            List<String[]> m = findings.of("MODULE", menuPath(spec));
            assertEquals(1, m.size(), "modules at " + menuPath(spec) + ": " + rows(m));
        });
    }

    @TestFactory
    Stream<DynamicTest> eachCommandIsExactlyOneSciJavaMenuEntry() {
        return perCommand(spec -> () -> {
            requireFindings();
            List<String[]> m = findings.of("MENU", menuPath(spec));
            assertEquals(1, m.size(), "MenuService entries at " + menuPath(spec) + ": " + rows(m));
        });
    }

    @TestFactory
    Stream<DynamicTest> menuEntryRunsTheSciJavaCommand() {
        return perCommand(spec -> () -> {
            requireFindings();
            List<String[]> m = findings.of("MENU", menuPath(spec));
            assertTrue(!m.isEmpty() && m.stream().allMatch(r -> r[2].equals(commandId(spec))),
                "the MenuService entry at " + menuPath(spec) + " should be " + commandId(spec) + ": " + rows(m));
        });
    }

    @TestFactory
    Stream<DynamicTest> ij1CommandTableRunsTheSciJavaCommand() {
        return perCommand(spec -> () -> {
            requireFindings();
            String[] r = findings.first("IJ1CMD", spec.label());
            assertNotNull(r, "no IJ1CMD finding for " + spec.label());
            assertEquals(commandId(spec), r[2], "ij.Menus.getCommands().get(\"" + spec.label() + "\")");
        });
    }

    @TestFactory
    Stream<DynamicTest> searchBarFindsEachCommandOnce() {
        return perCommand(spec -> () -> {
            requireFindings();
            List<String[]> s = findings.of("SEARCH", spec.label());
            assertEquals(2, s.size(), "exact and fuzzy search findings for " + spec.label() + ": " + rows(s));
            assertAll(s.stream().map(r -> () -> assertEquals("1", r[4],
                r[2] + " search for '" + spec.label() + "': " + r[3] + " hit(s), " + r[4] + " of them our command: " + r[5])));
        });
    }

    @Test
    void noInputIsPersistedBetweenRuns() {
        requireFindings();
        List<String[]> stored = findings.all("PREF");
        List<String> persisted = findings.all("PARAMS").stream().filter(r -> !r[2].equals("persisted=")).map(r -> r[1] + " " + r[2]).collect(Collectors.toList());
        assertAll(
            () -> assertTrue(stored.isEmpty(), stored.size() + " input value(s) stored by SciJava for the next run: " + rows(stored)),
            () -> assertTrue(persisted.isEmpty(), persisted.size() + " command(s) with persisted inputs (want persist = false):\n  " + String.join("\n  ", persisted)));
    }

    // ------------------------------------------------------------------ running commands

    static Stream<String[]> caseVariants() {
        List<String[]> l = new ArrayList<>();
        for (Case c : CommandCases.ALL) for (String v : c.variants()) l.add(new String[] {c.id(), v});
        return l.stream();
    }

    @TestFactory
    Stream<DynamicTest> commandServiceRunsEachCase() {
        return caseVariants().map(cv -> DynamicTest.dynamicTest(cv[0] + " " + cv[1] + " optional outputs",
            () -> assertRun("cmd", CommandCases.byId(cv[0]), cv[1])));
    }

    @TestFactory
    Stream<DynamicTest> macroRunsEachCase() {
        return caseVariants().map(cv -> DynamicTest.dynamicTest(cv[0] + " " + cv[1] + " optional outputs",
            () -> assertRun("macro", CommandCases.byId(cv[0]), cv[1])));
    }

    /** Commands that make a table declare it as a SciJava output ({@code ResultsTable results}). */
    @TestFactory
    Stream<DynamicTest> commandServiceReturnsTheResultsTableAsOutput() {
        return CommandCases.ALL.stream().filter(c -> c.expect().rows() >= 0).map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            requireFindings();
            String variant = c.variants().get(c.variants().size() - 1);
            String id = runId("cmd", c, variant);
            List<String[]> outs = findings.of("OUTPUT", id);
            String[] results = outs.stream().filter(r -> r[2].equals("results")).findFirst().orElse(null);
            assertNotNull(results, "no SciJava output 'results' (outputs: " + rows(outs) + ")" + findings.about(id));
            assertEquals("ij.measure.ResultsTable", results[3], "type of output 'results'");
            assertTrue(results[4].startsWith("ResultsTable rows=" + c.expect().rows() + " "), "output 'results': " + results[4]);
        }));
    }

    void assertRun(String way, Case c, String variant) {
        requireFindings();
        String id = runId(way, c, variant);
        String[] run = findings.first("RUN", id);
        assertNotNull(run, "step " + id + " did not run" + findings.about(id));
        List<String> events = findings.of("EVENT", id).stream().map(r -> r[2]).collect(Collectors.toList());
        String cmd = commandId(c.spec());
        List<String[]> dialogs = findings.of("WINDOW", id).stream().filter(r -> r.length > 5 && r[5].startsWith("closed")).collect(Collectors.toList());
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals("ok", run[2], "status of " + id + ": " + run[2] + " " + run[3] + findings.about(id)));
        checks.add(() -> assertTrue(events.contains("started " + cmd) && events.contains("finished " + cmd)
            && events.stream().noneMatch(e -> e.startsWith("canceled") || e.startsWith("errored")),
            "the SciJava command " + cmd + " should start and finish, without cancel or error; module events: " + events + findings.about(id)));
        checks.add(() -> assertTrue(dialogs.isEmpty(), "dialogs opened (and were closed by the probe): " + rows(dialogs)));
        ImageJ2Runtime.Table t = findings.table(id);
        if (c.expect().rows() >= 0) {
            checks.add(() -> {
                assertNotNull(t, "no TABLE finding" + findings.about(id));
                assertEquals(c.expect().rows(), t.rows(), "rows of the Results table" + findings.about(id));
                for (Map.Entry<String, String> e : c.expect().values().entrySet())
                    assertTrue(same(e.getValue(), t.firstRow().get(e.getKey())),
                        "Results table column " + e.getKey() + ": want " + e.getValue() + ", got " + t.firstRow().get(e.getKey()) + " (columns " + t.columns() + ")");
            });
        }
        if (c.expect().images() > 0) {
            String[] im = findings.first("IMAGES", id);
            checks.add(() -> assertTrue(im != null && Integer.parseInt(im[2]) >= c.expect().images(), "images opened: " + (im == null ? "none" : String.join(" | ", im))));
        }
        if (!variant.equals("without")) {
            Path out = outDir(way, c, variant);
            for (String f : c.expect().files())
                checks.add(() -> assertTrue(Files.isRegularFile(out.resolve(f)) && Files.size(out.resolve(f)) > 0, "output file " + out.resolve(f) + " missing or empty"));
        }
        assertAll(id, checks.stream());
    }

    static boolean same(String want, String got) {
        if (got == null) return false;
        if (want.equals(got)) return true;
        try {
            double a = Double.parseDouble(want), b = Double.parseDouble(got);
            return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String rows(List<String[]> rows) {
        if (rows.isEmpty()) return "none";
        return rows.stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
