package org.gliomaradiomics.commands;

import java.io.PrintStream;

/**
 * How one run of a command talks to its user, made by the front end that starts the run and never shared between
 * runs: in ImageJ (menu, recorded or headless macro, SciJava script) results become ResultsTables and images; on
 * the command line results go to files or standard output, messages to standard output and progress to standard
 * error. Two runs in one JVM (two Fiji commands, parallel tests) therefore never see each other's settings.
 */
public final class CommandContext {
    public enum Mode { IMAGEJ, COMMAND_LINE }

    private final Mode mode;
    private final Progress progress;
    private final PrintStream out;
    private final PrintStream err;
    private final int threads;

    private CommandContext(Mode mode, Progress progress, PrintStream out, PrintStream err, int threads) {
        this.threads = threads;
        this.mode = mode;
        this.progress = progress == null ? Progress.NONE : progress;
        this.out = out;
        this.err = err;
    }

    /** Command line: tables without {@code --out} and messages go to {@code out}, warnings to standard error. */
    public static CommandContext commandLine(PrintStream out, Progress progress) {
        return commandLine(out, System.err, progress);
    }

    /** Command line: tables without {@code --out} and messages go to {@code out}, warnings and notes to {@code err}. */
    public static CommandContext commandLine(PrintStream out, PrintStream err, Progress progress) {
        return new CommandContext(Mode.COMMAND_LINE, progress, out, err, 0);
    }

    /** ImageJ: tables become the Results table, images open, messages go to the Log window. */
    public static CommandContext imageJ(Progress progress) {
        return new CommandContext(Mode.IMAGEJ, progress, System.out, System.err, 0);
    }

    /** The same context with an explicit thread budget ({@code --threads N}; 0 = ImageJ's thread setting). */
    public CommandContext withThreads(int n) {
        return new CommandContext(mode, progress, out, err, Math.max(0, n));
    }

    /** Threads asked for explicitly, or 0. */
    public int threads() {
        return threads;
    }

    public Mode mode() {
        return mode;
    }

    public boolean commandLine() {
        return mode == Mode.COMMAND_LINE;
    }

    public Progress progress() {
        return progress;
    }

    /** Standard output of the command line (tables without a file, messages). */
    public PrintStream out() {
        return out;
    }

    /** Standard error of the command line (warnings, notes on written files). */
    public PrintStream err() {
        return err;
    }
}
