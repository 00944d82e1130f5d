package org.gliomaradiomics.commands;

/**
 * How the running command talks to its user: in ImageJ (menu, recorded or headless macro) results become
 * ResultsTables and images open in windows; on the command line results go to files or standard output and
 * progress to standard error. Set once by the entry point.
 */
public final class CommandEnvironment {
    public enum Mode { IMAGEJ, COMMAND_LINE }

    private static volatile Mode mode = Mode.IMAGEJ;
    private static volatile Progress progress = Progress.NONE;

    private CommandEnvironment() {}

    public static Mode mode() {
        return mode;
    }

    public static void setMode(Mode m) {
        mode = m;
    }

    public static Progress progress() {
        return progress;
    }

    public static void setProgress(Progress p) {
        progress = p == null ? Progress.NONE : p;
    }

    public static boolean commandLine() {
        return mode == Mode.COMMAND_LINE;
    }
}
