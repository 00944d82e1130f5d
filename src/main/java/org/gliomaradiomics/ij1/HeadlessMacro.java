package org.gliomaradiomics.ij1;

import ij.IJ;
import ij.Menus;
import ij.macro.Interpreter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gliomaradiomics.commands.CommandEnvironment;

/** Runs macro code in a patched headless ImageJ 1 with the suite's plugins.config entries registered. */
final class HeadlessMacro {
    private static final Pattern CONFIG_LINE = Pattern.compile("^\\s*([^,#][^,]*),\\s*\"([^\"]+)\",\\s*(.+?)\\s*$");

    private HeadlessMacro() {}

    static int run(String code, String argument, PrintStream err) throws IOException {
        CommandEnvironment.setMode(CommandEnvironment.Mode.IMAGEJ);
        registerCommands();
        Interpreter.batchMode = true;
        Interpreter interpreter = new Interpreter();
        try {
            interpreter.run(code, argument);
        } catch (RuntimeException e) {
            err.println("error: macro aborted" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            MacroRunner.takeFailure();
            return 1;
        }
        String failure = MacroRunner.takeFailure();
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

    /** Adds every entry of our plugins.config to ImageJ's command table (a headless ImageJ scans no plugins folder). */
    @SuppressWarnings("unchecked")
    static void registerCommands() throws IOException {
        if (Menus.getCommands() == null) IJ.run("Close All"); // makes the patched ImageJ build its command table
        Hashtable<String, String> table = Menus.getCommands();
        try (InputStream in = HeadlessMacro.class.getResourceAsStream("/plugins.config")) {
            if (in == null) throw new IOException("plugins.config is missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                Matcher m = CONFIG_LINE.matcher(line);
                if (m.matches()) table.put(m.group(2), m.group(3));
            }
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
