package org.gliomaradiomics.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * target/fiji/: what a Fiji user copies into Fiji.app. Checked against the ImageJ2 runtime of ../shared (the jars
 * current Fiji ships) when it is there.
 */
class FijiLayoutIT {

    private static Path fixtureJars() {
        Path jars = TestPaths.sharedOrSkip().resolve("fixtures/imagej2/jars");
        assumeTrue(Files.isDirectory(jars), "skipped: the ImageJ2 runtime fixture " + jars + " is absent");
        return jars;
    }

    private static Path pluginJar() {
        Path jar = Layouts.fiji().resolve("plugins/glioma_radiomics-" + Layouts.version() + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing");
        return jar;
    }

    @Test
    void layoutHoldsThePluginJarAndAJarsFolder() throws Exception {
        try (var s = Files.list(Layouts.fiji().resolve("plugins"))) {
            assertEquals(List.of(pluginJar().getFileName().toString()), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isDirectory(Layouts.fiji().resolve("jars")), "target/fiji/jars/ is missing");
        for (Path jar : Layouts.jars(Layouts.fiji().resolve("jars")))
            assertFalse(Layouts.entries(jar).contains("ij/ImagePlus.class"), jar + " holds ImageJ");
    }

    @Test
    void pluginJarRegistersCommandsOnlyThroughSciJava() throws Exception {
        // a plugins.config next to the @Plugin index would make imagej-legacy register every command twice
        Path built = Layouts.fiji().getParent().resolve("glioma_radiomics-" + Layouts.version() + ".jar");
        for (Path jar : List.of(pluginJar(), built)) {
            List<String> entries = Layouts.entries(jar);
            assertFalse(entries.contains("plugins.config"), jar + " must not contain plugins.config");
            assertTrue(entries.contains("META-INF/json/org.scijava.plugin.Plugin"), jar + " lacks the SciJava plugin index");
        }
    }

    @Test
    void noClassTwiceAlongsideFijisJars() throws Exception {
        Path fixture = fixtureJars();
        List<Path> ours = Layouts.jars(Layouts.fiji());
        List<Path> all = new ArrayList<>(ours);
        all.addAll(Layouts.jars(fixture));
        Map<String, List<Path>> duplicates = new TreeMap<>();
        Layouts.classIndex(all).forEach((c, jars) -> {
            if (jars.size() > 1 && jars.stream().anyMatch(ours::contains)) duplicates.put(c, jars);
        });
        assertTrue(duplicates.isEmpty(), "target/fiji/ duplicates Fiji's classes: " + Layouts.describe(duplicates));
    }

    @Test
    void fijiPlusTheLayoutHasEveryRuntimeLibrary() throws Exception {
        // target/imagej/plugins/jars/ holds every runtime library except ImageJ: each must be in Fiji or in target/fiji/jars/
        Path fixture = fixtureJars();
        Set<String> available = new TreeSet<>();
        for (Path jar : Layouts.jars(fixture)) available.add(Layouts.artifactId(jar));
        for (Path jar : Layouts.jars(Layouts.fiji())) available.add(Layouts.artifactId(jar));
        Set<String> missing = Layouts.jars(Layouts.imagej().resolve("plugins/jars")).stream().map(Layouts::artifactId)
            .filter(a -> !available.contains(a)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "libraries neither Fiji nor target/fiji/jars/ provide (remove them from the pom's fiji.shipped): " + missing);
    }
}
