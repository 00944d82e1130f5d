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
    private static volatile String failure;

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
            prepareHeadless();
            String code = Files.readString(file);
            return HeadlessMacro.run(code, argument, err);
        } catch (Exception e) {
            err.println("error: " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** Patches ImageJ 1 for headless use; must run before any ImageJ class is loaded in this JVM. */
    static void prepareHeadless() {
        System.setProperty("java.awt.headless", "true");
        net.imagej.patcher.LegacyInjector.preinit();
    }

    static void recordFailure(String message) {
        failure = message;
    }

    static String takeFailure() {
        String f = failure;
        failure = null;
        return f;
    }
}
