package org.gliomaradiomics.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.ParamSpec;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * One registry: the SciJava annotation index (what Fiji reads), the command catalog (command line, macro runner)
 * and plugins.config (plain ImageJ 1) list the same commands, and each menu label once.
 */
class CommandRegistryTest {
    private static final Pattern INDEX_ENTRY = Pattern.compile("\"class\":\"([^\"]+)\",\"values\":\\{[^}]*\"type\":\"org\\.scijava\\.command\\.Command\"");

    @Test
    void catalogEqualsTheSciJavaAnnotationIndex() throws IOException {
        TreeSet<String> indexed = new TreeSet<>();
        Enumeration<java.net.URL> indexes = getClass().getClassLoader().getResources("META-INF/json/org.scijava.plugin.Plugin");
        while (indexes.hasMoreElements()) {
            try (InputStream in = indexes.nextElement().openStream()) {
                Matcher m = INDEX_ENTRY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) if (m.group(1).startsWith("org.gliomaradiomics.")) indexed.add(m.group(1));
            }
        }
        TreeSet<String> catalog = new TreeSet<>();
        for (CommandSpec c : CommandCatalog.all()) catalog.add(c.type().getName());
        assertFalse(indexed.isEmpty(), "no SciJava annotation index on the class path");
        assertEquals(indexed, catalog, "every @Plugin(type = Command.class) must be in CommandCatalog and vice versa");
    }

    @Test
    void pluginsConfigIsGeneratedFromTheCatalog() throws IOException {
        String file = Files.readString(TestPaths.project().resolve("plugins.config"));
        assertEquals(PluginsConfig.text(), file, "plugins.config is out of date: regenerate it from PluginsConfig.text()");
    }

    @Test
    void labelsNamesAndMenuPathsAreUnique() {
        List<String> labels = new ArrayList<>(), names = new ArrayList<>();
        for (CommandSpec c : CommandCatalog.all()) {
            assertTrue(c.menuPath().startsWith("Plugins>Glioma Radiomics>"), c.menuPath());
            labels.add(c.label());
            names.add(c.name());
        }
        assertEquals(labels.size(), new TreeSet<>(labels).size(), labels.toString());
        assertEquals(names.size(), new TreeSet<>(names).size(), names.toString());
    }

    @Test
    void noInputKeepsValuesBetweenRuns() {
        for (CommandSpec c : CommandCatalog.all())
            for (ParamSpec p : c.params())
                assertFalse(p.persists(), c.name() + " " + p.name() + ": persist = false, so a recorded macro never depends on earlier dialogs");
    }
}
