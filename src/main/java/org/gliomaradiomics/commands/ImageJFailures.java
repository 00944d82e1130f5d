package org.gliomaradiomics.commands;

import ij.IJ;
import ij.Macro;
import ij.Prefs;
import java.awt.GraphicsEnvironment;

/**
 * How a failed command tells an ImageJ user, wherever it runs: a dialog in the GUI; in a macro, the macro stops
 * with the one-line error; in {@code ImageJ -batch} (which otherwise always exits 0) the error goes to standard
 * error and the process exits with status 1, so scripts see the failure.
 */
public final class ImageJFailures {
    private static final ThreadLocal<java.util.function.Consumer<String>> LISTENER = new ThreadLocal<>();

    private ImageJFailures() {}

    /** A headless macro runner on this thread collects failures instead (it prints them and sets its exit code). */
    public static void listen(java.util.function.Consumer<String> listener) {
        if (listener == null) LISTENER.remove();
        else LISTENER.set(listener);
    }

    public static void report(String message) {
        java.util.function.Consumer<String> listener = LISTENER.get();
        if (listener != null) {
            listener.accept(message);
            abortMacro();
            return;
        }
        boolean inMacro = Macro.getOptions() != null || IJ.isMacro();
        if (Prefs.commandLineMacro() && IJ.getInstance() == null && inMacro) { // ImageJ -batch: no window, no dialog
            System.err.println("error: " + message);
            System.err.flush();
            System.exit(1);
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("error: " + message);
            abortMacro();
        } else {
            IJ.error("Glioma Radiomics", message); // also aborts a running macro with this message
        }
    }

    /** Stops a running macro: the interpreter ends after this statement; a macro thread ends at once. */
    private static void abortMacro() {
        ij.macro.Interpreter.abort();
        if (Thread.currentThread().getName().endsWith("Macro$")) Macro.abort();
    }

}
