package org.gliomaradiomics.ij1;

import ij.IJ;
import ij.Menus;
import ij.macro.Interpreter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.Hashtable;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.ImageJFailures;

/** Runs macro code in a patched headless ImageJ 1 with the suite's plugins.config entries registered. */
final class HeadlessMacro {
    private HeadlessMacro() {}

    static int run(String code, String argument, boolean patched, PrintStream err) throws IOException {
        registerCommands(patched);
        java.util.concurrent.atomic.AtomicReference<String> failed = new java.util.concurrent.atomic.AtomicReference<>();
        ImageJFailures.listen(failed::set);
        Interpreter.batchMode = true;
        Interpreter interpreter = new Interpreter();
        try {
            interpreter.run(code, argument);
        } catch (RuntimeException e) {
            String failure = failed.get();
            err.println("error: " + (failure != null ? failure : "macro aborted" + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return 1;
        } finally {
            ImageJFailures.listen(null);
        }
        String failure = failed.get();
        if (failure != null) {
            err.println("error: " + failure);
            return 1;
        }
        if (wasError(interpreter)) {
            err.println("error: the macro failed (see the message above)");
            return 1;
        }
        return 0;
    }

    /**
     * Adds every command of the catalog to ImageJ's command table (a headless ImageJ scans no plugins folder). The
     * patched ImageJ builds its full table; unpatched, a table of our commands alone is installed.
     */
    @SuppressWarnings("unchecked")
    static void registerCommands(boolean patched) {
        if (Menus.getCommands() == null && patched) IJ.run("Close All"); // makes the patched ImageJ build its command table
        if (Menus.getCommands() == null) installTable(new Hashtable<String, String>());
        Hashtable<String, String> table = Menus.getCommands();
        for (CommandSpec c : CommandCatalog.all()) table.put(c.label(), PluginsConfig.bridgeCall(c));
    }

    private static void installTable(Hashtable<String, String> table) {
        try {
            Field f = Menus.class.getDeclaredField("pluginsTable");
            f.setAccessible(true);
            f.set(null, table);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this ImageJ version keeps its command table elsewhere", e);
        }
    }

    private static boolean wasError(Interpreter interpreter) {
        try {
            Field f = Interpreter.class.getDeclaredField("wasError");
            f.setAccessible(true);
            return f.getBoolean(interpreter);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // older/newer ImageJ without the field: rely on exceptions and command failures
        }
    }
}
