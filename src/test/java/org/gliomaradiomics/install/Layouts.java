package org.gliomaradiomics.install;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gliomaradiomics.testutil.TestPaths;

/** The install layouts that `mvn package` writes (target/fiji/, target/imagej/) and the jar inspections the tests share. */
final class Layouts {
    private Layouts() {}

    static Path fiji() {
        return existing(System.getProperty("fiji.layout", TestPaths.project().resolve("target/fiji").toString()));
    }

    static Path imagej() {
        return existing(System.getProperty("imagej.layout", TestPaths.project().resolve("target/imagej").toString()));
    }

    private static Path existing(String dir) {
        Path p = Path.of(dir).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(p), p + " is missing: run `mvn package` first");
        return p;
    }

    /** The project version (failsafe passes it; elsewhere read from the plugin jar's name in target/fiji/plugins). */
    static String version() {
        String v = System.getProperty("project.version");
        if (v != null && !v.isBlank() && !v.startsWith("${")) return v;
        try (Stream<Path> s = Files.list(fiji().resolve("plugins"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("glioma_radiomics-.+\\.jar"))
                .map(n -> n.substring("glioma_radiomics-".length(), n.length() - 4)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every jar in a folder and its subfolders, sorted. */
    static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** Entry names of a jar. */
    static List<String> entries(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) names.add(e.nextElement().getName());
        }
        return names;
    }

    /** Class entries of a jar, without module descriptors (every modular jar has its own module-info.class). */
    static List<String> classes(Path jar) throws IOException {
        return entries(jar).stream().filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && !n.endsWith("/module-info.class")).toList();
    }

    /** For each class entry, the jars that hold it. */
    static Map<String, List<Path>> classIndex(List<Path> jars) throws IOException {
        Map<String, List<Path>> index = new TreeMap<>();
        for (Path jar : jars)
            for (String c : classes(jar)) index.computeIfAbsent(c, k -> new ArrayList<>()).add(jar);
        return index;
    }

    /** A readable list of duplicated classes ("class: jar, jar"), at most 20 lines, with a count. */
    static String describe(Map<String, List<Path>> duplicates) {
        String lines = duplicates.entrySet().stream().limit(20)
            .map(e -> e.getKey() + ": " + e.getValue().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n  "));
        return duplicates.size() + " classes in more than one jar:\n  " + lines;
    }

    /** artifactId of a jar named artifactId-version.jar (Maven's copy-dependencies names). */
    static String artifactId(Path jar) {
        String name = jar.getFileName().toString();
        return name.replaceFirst("-\\d[^-]*(-.*)?\\.jar$", "").replaceFirst("\\.jar$", "");
    }
}
