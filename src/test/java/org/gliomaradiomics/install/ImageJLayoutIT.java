package org.gliomaradiomics.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

/** target/imagej/: what a plain ImageJ 1.54+ user copies into ImageJ's plugins folder. */
class ImageJLayoutIT {

    private static Path menuJar() {
        Path jar = Layouts.imagej().resolve("plugins/Glioma_Radiomics-" + Layouts.version() + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing");
        return jar;
    }

    @Test
    void noImageJInside() throws Exception {
        for (Path jar : Layouts.jars(Layouts.imagej()))
            assertFalse(Layouts.entries(jar).contains("ij/ImagePlus.class"), jar + " holds ImageJ itself");
    }

    @Test
    void menuJarHoldsPluginsConfigAndThePluginJarIsInJars() throws Exception {
        try (ZipFile z = new ZipFile(menuJar().toFile())) {
            assertTrue(z.getEntry("plugins.config") != null, menuJar() + " lacks plugins.config");
            String config = new String(z.getInputStream(z.getEntry("plugins.config")).readAllBytes(), "UTF-8");
            assertEquals(Files.readString(TestPaths.project().resolve("plugins.config")), config);
        }
        assertTrue(Layouts.classes(menuJar()).isEmpty(), "the menu jar should hold only plugins.config");
        try (var s = Files.list(Layouts.imagej().resolve("plugins"))) {
            assertEquals(List.of("Glioma_Radiomics-" + Layouts.version() + ".jar", "jars"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isRegularFile(Layouts.imagej().resolve("plugins/jars/glioma_radiomics-" + Layouts.version() + ".jar")));
    }

    @Test
    void noClassTwice() throws Exception {
        Map<String, List<Path>> duplicates = new TreeMap<>();
        Layouts.classIndex(Layouts.jars(Layouts.imagej())).forEach((c, jars) -> {
            if (jars.size() > 1) duplicates.put(c, jars);
        });
        assertTrue(duplicates.isEmpty(), "target/imagej/: " + Layouts.describe(duplicates));
    }

    @Test
    void holdsEveryClassOfTheCommandLineJarExceptImageJs() throws Exception {
        // the shaded command-line jar is built from the same runtime dependencies, ImageJ included
        Path cli = Path.of(System.getProperty("cli.jar", TestPaths.project().resolve("target/glioma-radiomics.jar").toString()));
        Path ij = Path.of(System.getProperty("ij.jar", ""));
        assertTrue(Files.isRegularFile(ij), "ij.jar not found (system property ij.jar = '" + ij + "')");
        Set<String> layout = Layouts.classIndex(Layouts.jars(Layouts.imagej())).keySet();
        Set<String> imagej = new HashSet<>(Layouts.classes(ij));
        Set<String> missing = new TreeSet<>();
        for (String c : Layouts.classes(cli))
            if (!imagej.contains(c) && !layout.contains(c)) missing.add(c);
        assertTrue(missing.isEmpty(), missing.size() + " classes of " + cli.getFileName() + " are missing from target/imagej/, e.g. "
            + missing.stream().limit(10).toList());
    }
}
