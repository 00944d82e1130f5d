package org.gliomaradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.ParamSpec;
import org.gliomaradiomics.extraction.ParameterFileSchema;
import org.gliomaradiomics.filters.FilterSchema;
import org.gliomaradiomics.settings.Setting;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (CommandSpec c : CommandCatalog.all()) assertTrue(out().contains(c.name()), c.name() + " missing from --help");
        assertTrue(out().contains("macro"));
    }

    @Test
    void commandHelpListsOptionsDerivedFromParameters() {
        for (CommandSpec c : CommandCatalog.all()) {
            out.reset();
            assertEquals(0, run(c.name(), "--help"), c.name());
            for (ParamSpec p : c.params()) assertTrue(out().contains(p.option()), c.name() + " --help lacks " + p.option());
        }
    }

    @Test
    void percentSignsInDescriptionsAreShownAsWritten() {
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("robustness", "--help"));
        } finally {
            System.setErr(original);
        }
        // picocli formats descriptions: an unescaped '%' made it warn on stderr and print the text unformatted
        assertFalse(warnings.toString(StandardCharsets.UTF_8).contains("picocli WARN"), warnings.toString(StandardCharsets.UTF_8));
        assertTrue(out().replaceAll("\\s+", " ").contains("(-0.2 = 20% fewer)"), out());
    }

    @Test
    void extractAndFilterHelpListTheDeclaredKeys() {
        assertEquals(0, run("extract", "--help"));
        String help = out();
        for (Setting k : ParameterFileSchema.SETTINGS)
            assertTrue(help.contains(k.scope() == Setting.Scope.PYRADIOMICS ? k.key() : "  " + k.key() + (k.defaultValue().isEmpty() ? ":" : " [" + k.defaultValue() + "]: ")),
                "extract --help lacks setting " + k.key());
        assertTrue(help.contains("  binWidth [25]: fixed bin size discretisation: the bin width" + System.lineSeparator()), help);
        out.reset();
        assertEquals(0, run("filter", "--help"));
        for (java.util.Map.Entry<String, List<Setting>> f : FilterSchema.FILTERS.entrySet()) {
            assertTrue(out().contains(f.getKey() + ":" + System.lineSeparator()), "filter --help lacks " + f.getKey());
            for (Setting k : f.getValue()) assertTrue(k.key().equals("type") || out().contains("  " + k.key()), "filter --help lacks " + k.key());
        }
        assertTrue(out().contains("  truncation [4]: kernel half-width in sigmas"), out());
    }

    @Test
    void commandNamesAreKebabCaseOfClassNames() {
        assertEquals("label-stats", CommandCatalog.byClass("org.gliomaradiomics.commands.LabelStatsCommand").orElseThrow().name());
        assertEquals("open-case", CommandCatalog.byClass("org.gliomaradiomics.commands.OpenCaseCommand").orElseThrow().name());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("no-such-command"));
        assertTrue(err().contains("unknown command 'no-such-command'"));
    }

    @Test
    void missingRequiredOptionIsNamed() {
        assertEquals(2, run("label-stats", "--image", "x.nii"));
        assertTrue(err().contains("--mask"), err());
    }

    @Test
    void unreadableInputGivesOneLineErrorAndExitCode1() {
        assertEquals(1, run("label-stats", "--image", "/nonexistent/a.nii.gz", "--mask", "/nonexistent/b.nii.gz"));
        List<String> errors = err().lines().filter(l -> !l.startsWith("[label-stats]")).toList();
        assertEquals(1, errors.size(), "one line, no stack trace: " + errors);
        assertTrue(errors.get(0).startsWith("error: ") && errors.get(0).contains("/nonexistent/a.nii.gz"), errors.get(0));
    }

    @Test
    void pluginsConfigRegistersEveryCommandThroughTheBridge() throws Exception {
        List<String> lines = Files.readAllLines(TestPaths.project().resolve("plugins.config"));
        for (CommandSpec c : CommandCatalog.all()) {
            String expected = c.submenu() + ", \"" + c.label() + "\", org.gliomaradiomics.ij1.CommandBridge(\"" + c.type().getName() + "\")";
            assertTrue(lines.contains(expected), "plugins.config lacks: " + expected);
        }
    }
}
