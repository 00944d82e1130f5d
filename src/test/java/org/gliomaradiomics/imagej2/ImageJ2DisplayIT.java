package org.gliomaradiomics.imagej2;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.ParamSpec;
import org.gliomaradiomics.imagej2.CommandCases.Case;
import org.gliomaradiomics.imagej2.ImageJ2Runtime.Plan;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Our plugin in ImageJ2 with its user interface (the ImageJ 1 main window of Fiji) on a private Xvfb display: the
 * checks of {@link ImageJ2Checks}, the ImageJ 1 menu bar, each menu entry's dialog (screenshot in
 * {@code target/dialogs/<command>.png}, then cancelled), and a dialog run with the Macro Recorder open whose
 * recorded {@code run(...)} line replays to the same Results table.
 */
class ImageJ2DisplayIT extends ImageJ2Checks {
    static final Path DIALOGS = TestPaths.project().resolve("target/dialogs");
    private static final Pattern RUN_LINE = Pattern.compile("^run\\(\"(.*?)\", \"(.*)\"\\);\\s*$");
    private static final Pattern OPTION = Pattern.compile("([A-Za-z0-9_]+)(=(\\[[^\\]]*\\]|\\S*))?");

    @Override
    boolean display() {
        return true;
    }

    @Override
    void moreSteps(Plan plan) {
        try {
            Files.createDirectories(DIALOGS);
            for (CommandSpec spec : CommandCatalog.all()) plan.dialog("dialog:" + spec.name(), spec, DIALOGS.resolve(spec.name() + ".png"));
            for (String id : CommandCases.RECORDED) {
                Case c = CommandCases.byId(id);
                Path out = Files.createDirectories(work.resolve("out").resolve("record-" + c.command() + "-" + c.data()));
                plan.record("record:" + id, c.spec(), DIALOGS.resolve("record-" + c.command() + ".png"), c.values(c.variants().get(0), out), 120);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCommandIsExactlyOneImageJ1MenuItem() {
        return perCommand(spec -> () -> {
            requireFindings();
            List<String[]> m = findings.of("IJ1MENU", menuPath(spec));
            assertEquals(1, m.size(), "items at " + menuPath(spec) + " in the ImageJ 1 menu bar: " + rows(m));
        });
    }

    /** Running the menu entry opens the command's dialog (and nothing else); cancelling it ends the command. */
    @TestFactory
    Stream<DynamicTest> menuEntryOpensItsDialog() {
        return perCommand(spec -> () -> {
            requireFindings();
            String id = "dialog:" + spec.name();
            List<String> ran = findings.of("EVENT", id).stream().map(r -> r[2]).collect(Collectors.toList());
            if (spec.params().stream().noneMatch(org.gliomaradiomics.commands.ParamSpec::mustBeGiven)) {
                // nothing to choose (List Radiomics Features): the menu entry runs at once, without a dialog
                assertTrue(ran.stream().anyMatch(e -> e.startsWith("finished")), "the command should run without a dialog: " + ran);
                return;
            }
            String[] d = findings.first("DIALOG", id);
            assertNotNull(d, "no DIALOG finding" + findings.about(id));
            Path png = DIALOGS.resolve(spec.name() + ".png");
            List<String[]> more = findings.of("DIALOG_FOLLOWUP", id);
            List<String> events = findings.of("EVENT", id).stream().map(r -> r[2]).collect(Collectors.toList());
            assertAll(id,
                () -> assertEquals(spec.label(), d[2], "title of the window that opened" + findings.about(id)),
                () -> assertTrue(more.isEmpty(), "more windows after the dialog was cancelled: " + rows(more)),
                () -> assertTrue(findings.of("CLOSED", id).stream().noneMatch(r -> r[3].equals("still-open")), "a window could not be closed" + findings.about(id)),
                () -> assertTrue(findings.of("THREAD_ALIVE", id).isEmpty(), "the command thread still runs after Cancel" + findings.about(id)),
                () -> assertTrue(events.stream().noneMatch(e -> e.startsWith("errored") || e.startsWith("finished")), "the cancelled command ran or failed: " + events),
                () -> assertTrue(Files.isRegularFile(png) && Files.size(png) > 0, "no screenshot " + png));
        });
    }

    /** With the Recorder open, a dialog run records run("Label", "...") with the snake_case keys; it replays. */
    @TestFactory
    Stream<DynamicTest> recordedDialogRunReplays() {
        return CommandCases.RECORDED.stream().map(caseId -> DynamicTest.dynamicTest(caseId, () -> {
            requireFindings();
            Case c = CommandCases.byId(caseId);
            CommandSpec spec = c.spec();
            String id = "record:" + caseId;
            Set<String> given = c.values(c.variants().get(0), work).keySet();
            String line = findings.of("RECORDED", id).stream().map(r -> r[2]).filter(l -> l.startsWith("run(\"" + spec.label() + "\"")).findFirst().orElse(null);
            String[] filled = findings.first("FILLED", id);
            String[] replay = findings.first("REPLAY", id);
            List<Executable> checks = new ArrayList<>();
            checks.add(() -> assertTrue(filled != null && filled.length > 4 && filled[4].equals("ok-pressed"),
                "the dialog could not be filled in (fields " + given + ")" + findings.about(id)));
            checks.add(() -> assertNotNull(line, "no run(\"" + spec.label() + "\", ...) line recorded" + findings.about(id)));
            if (line != null) {
                Map<String, String> recorded = recordedOptions(line);
                List<String> remembered = new ArrayList<>();
                for (Map.Entry<String, String> e : recorded.entrySet()) {
                    if (given.contains(e.getKey())) continue;
                    ParamSpec p = spec.param(e.getKey()).orElse(null);
                    String def = p == null ? "?" : p.isFlag() ? (Boolean.TRUE.equals(p.defaultValue()) ? "" : "false") : ParamSpec.text(p.defaultValue());
                    if (!e.getValue().equals(def)) remembered.add(e.getKey() + "=" + e.getValue() + " (default '" + def + "')");
                }
                checks.add(() -> assertTrue(recorded.keySet().containsAll(given), "recorded keys " + recorded.keySet() + " lack some of " + given + ": " + line));
                checks.add(() -> assertTrue(remembered.isEmpty(),
                    "recorded values nobody gave and that are not the defaults (remembered from an earlier run?): " + remembered + " in " + line));
            }
            ImageJ2Runtime.Table t = findings.table(id + ":dialog");
            if (c.expect().rows() >= 0)
                checks.add(() -> assertTrue(t != null && t.rows() == c.expect().rows(), "Results table of the dialog run: " + t + findings.about(id)));
            checks.add(() -> assertTrue(replay != null && replay[2].equals("same"), "replaying the recorded line" + findings.about(id)));
            assertAll(id, checks.stream());
        }));
    }

    /** Options of a recorded {@code run("Label", "k=v k2=[v 2] flag")} line; a bare flag maps to "". */
    static Map<String, String> recordedOptions(String line) {
        Matcher m = RUN_LINE.matcher(line.trim());
        Map<String, String> options = new LinkedHashMap<>();
        if (!m.matches()) return options;
        Matcher o = OPTION.matcher(m.group(2));
        while (o.find()) {
            String v = o.group(3) == null ? "" : o.group(3);
            if (v.startsWith("[") && v.endsWith("]")) v = v.substring(1, v.length() - 1);
            options.put(o.group(1), v);
        }
        return options;
    }
}
