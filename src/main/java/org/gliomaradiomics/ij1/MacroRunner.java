package org.gliomaradiomics.ij1;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar glioma-radiomics.jar macro FILE.ijm [ARGUMENT]}: runs an ImageJ 1 macro truly headless (no
 * display), with every command of the suite available through {@code run(...)}. The ImageJ classes are patched
 * by ij1-patcher before they load, so this class must not touch ImageJ itself; {@link HeadlessMacro} does.
 * Exit code 1 when the macro or a command in it fails.
 */
public final class MacroRunner {
    private MacroRunner() {}

    public static int runFromCommandLine(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args[0].equals("--help")) {
            out.println("Usage: java -jar glioma-radiomics.jar macro FILE.ijm [ARGUMENT]");
            out.println("Runs an ImageJ macro headless; commands are called as run(\"Label Statistics\", \"image=... mask=...\").");
            return args.length < 1 ? 2 : 0;
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            err.println("error: " + file + ": no such macro file");
            return 2;
        }
        String argument = args.length > 1 ? args[1] : "";
        try {
            String code = Files.readString(file);
            boolean patched = needsPatchedImageJ(code);
            prepareHeadless(patched);
            return HeadlessMacro.run(code, argument, patched, err);
        } catch (Exception e) {
            err.println("error: " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * Headless mode; with {@code patched}, ImageJ 1 is patched by ij1-patcher so that its own commands (with their
     * dialogs and menus) work without a display. Must run before any ImageJ class is loaded in this JVM.
     */
    static void prepareHeadless(boolean patched) {
        System.setProperty("java.awt.headless", "true");
        if (patched) net.imagej.patcher.LegacyInjector.preinit();
    }

    /**
     * Whether the macro calls anything but our commands through run(...): ImageJ's own commands need the patched
     * ImageJ, whose patching costs about 2.5 s; our commands and the macro language itself do not. Read from the
     * SciJava annotation index as text, so that no ImageJ class is loaded before the decision.
     */
    static boolean needsPatchedImageJ(String code) {
        java.util.Set<String> ours = ourLabels();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\brun\\s*\\(\\s*(\"([^\"]*)\")?").matcher(code);
        while (m.find()) if (m.group(2) == null || !ours.contains(m.group(2))) return true;
        return ours.isEmpty();
    }

    private static java.util.Set<String> ourLabels() {
        java.util.Set<String> labels = new java.util.HashSet<>();
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("\"class\":\"org\\.gliomaradiomics\\.[^\"]*\",\"values\":\\{[^}]*\"menuPath\":\"([^\"]+)\"");
        try (java.io.InputStream in = MacroRunner.class.getResourceAsStream("/META-INF/json/org.scijava.plugin.Plugin")) {
            if (in == null) return labels;
            java.util.regex.Matcher m = entry.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) labels.add(m.group(1).substring(m.group(1).lastIndexOf('>') + 1).trim());
        } catch (java.io.IOException e) {
            labels.clear(); // unreadable index: patch, which always works
        }
        return labels;
    }
}
