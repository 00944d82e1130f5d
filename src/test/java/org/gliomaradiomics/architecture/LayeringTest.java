package org.gliomaradiomics.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package layering of the README ("Layers"): arrows point down the list only, packages form no cycle, and the
 * core (algorithms: numerics, mask, preprocess, segment, filters, features, learn, survival, robustness, longitudinal) uses
 * neither ImageJ/SciJava nor the file system. File I/O lives in image, table, settings, extraction (batch journals,
 * manifests, feature tables, parameter files), report and the command layer; of those, only image and the command
 * layer may use ImageJ.
 */
class LayeringTest {
    private static final String BASE = "org.gliomaradiomics.";

    /** Bottom to top: a package may use the ones before it, never one after it. */
    static final List<String> LAYERS = List.of("parallel", "image", "table", "settings", "numerics", "mask", "preprocess", "segment",
        "filters", "features", "extraction", "learn", "survival", "robustness", "report", "longitudinal", "commands", "ij1", "cli");

    static final String[] CORE = {"numerics", "mask", "preprocess", "segment", "filters", "features", "learn", "survival", "robustness", "longitudinal"};

    /** Packages that run without ImageJ: the core and the non-interactive layers around it. */
    static final String[] WITHOUT_IMAGEJ = {"parallel", "table", "settings", "numerics", "mask", "preprocess", "segment", "filters",
        "features", "extraction", "learn", "survival", "robustness", "report", "longitudinal"};

    /**
     * Core classes that still read or write files themselves: none. The list may only shrink, and has: file I/O lives
     * in image, table, settings, extraction, report and the command layer (e.g. commands.LongitudinalFiles,
     * commands.PipelineFiles), and the core takes what they read (tables, YAML trees, a case source) as arguments.
     */
    static final Set<String> FILE_IO_NOT_YET_MOVED = Set.of();

    /** The JDK's file APIs and our own classes that open files. */
    private static final String[] FILE_IO = {"java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream",
        "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile", "java.nio.file.Files",
        "java.nio.channels.FileChannel", BASE + "image.AtomicFiles", BASE + "image.TextFiles", BASE + "image.DataFiles",
        BASE + "image.ModelFiles", BASE + "image.ImageIO", BASE + "image.CaseLoader", BASE + "table.CsvWriter",
        BASE + "table.CsvReader", BASE + "settings.YamlDocuments", BASE + "report.ChartFiles", BASE + "report.ChartSvg"};

    /** The main classes, read from their folder (scanning the class path for the package is slow). */
    private static final JavaClasses MAIN = importMain();

    private static JavaClasses importMain() {
        try {
            Path classes = Path.of(org.gliomaradiomics.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classes);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void arrowsPointDownOnly() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = new ArrayList<>();
            for (String p : LAYERS.subList(i + 1, LAYERS.size())) above.add(BASE + p + "..");
            noClasses().that().resideInAPackage(BASE + LAYERS.get(i) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(above.toArray(new String[0]))
                .allowEmptyShould(true)
                .because(LAYERS.get(i) + " sits below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
                .check(MAIN);
        }
    }

    @Test
    void everyPackageHasItsLayer() {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String rest = c.getPackageName().substring(BASE.length());
            String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            if (!LAYERS.contains(top)) unknown.add(top);
        }
        assertEquals(Set.of(), unknown, "packages missing from LayeringTest.LAYERS and the README's layer list");
    }

    @Test
    void noPackageCycles() {
        slices().matching(BASE + "(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theCoreKnowsNothingOfImageJ() {
        noClasses().that().resideInAnyPackage(packages(WITHOUT_IMAGEJ))
            .should().dependOnClassesThat().resideInAnyPackage("ij..", "net.imagej..", "org.scijava..")
            .because("the core runs without ImageJ: the command layer bridges to it")
            .check(MAIN);
    }

    @Test
    void theCoreDoesNoFileIoBeyondTheListOfClassesStillToMove() {
        Set<String> doing = new TreeSet<>();
        Set<String> io = Set.of(FILE_IO);
        for (JavaClass c : MAIN) {
            if (!inCore(c)) continue;
            boolean usesFiles = c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> io.contains(d.getTargetClass().getName()));
            // also through an outer layer's method that opens the file itself (e.g. extraction.ParamsFile.read)
            boolean callsFileReader = c.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().getName().startsWith(BASE) && !inCore(call.getTargetOwner()))
                .flatMap(call -> call.getTarget().resolveMember().stream())
                .anyMatch(m -> opensFiles(m, io, new HashSet<>()));
            if (usesFiles || callsFileReader) doing.add(topLevelName(c));
        }
        assertEquals(FILE_IO_NOT_YET_MOVED, doing, "core classes that read or write files");
    }

    /** Whether a method of an outer layer opens files, itself or through the project's methods it calls. */
    private static boolean opensFiles(JavaCodeUnit m, Set<String> io,
                                      Set<JavaCodeUnit> seen) {
        if (!seen.add(m)) return false;
        for (JavaCall<?> call : m.getCallsFromSelf()) {
            String owner = call.getTargetOwner().getName();
            if (io.contains(owner)) return true;
            if (owner.startsWith(BASE) && !inCore(call.getTargetOwner())
                && call.getTarget().resolveMember().map(t -> opensFiles(t, io, seen)).orElse(false)) return true;
        }
        return false;
    }

    private static String[] packages(String[] names) {
        return Arrays.stream(names).map(p -> BASE + p + "..").toArray(String[]::new);
    }

    private static boolean inCore(JavaClass c) {
        for (String p : CORE) if (c.getPackageName().equals(BASE + p) || c.getPackageName().startsWith(BASE + p + ".")) return true;
        return false;
    }

    private static String topLevelName(JavaClass c) {
        String n = c.getName().substring(BASE.length());
        int dollar = n.indexOf('$');
        return dollar < 0 ? n : n.substring(0, dollar);
    }
}
