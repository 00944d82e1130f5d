package org.gliomaradiomics.cli;

import java.io.PrintStream;
import org.gliomaradiomics.commands.Progress;

/** Progress as lines on standard error, at most one per 10% step or change of stage. */
final class StderrProgress implements Progress {
    private final String command;
    private final PrintStream err;
    private String lastStage = "";
    private int lastDecile = -1;

    StderrProgress(String command, PrintStream err) {
        this.command = command;
        this.err = err;
    }

    @Override
    public synchronized void report(String stage, double fraction) {
        int decile = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
        if (stage.equals(lastStage) && decile == lastDecile) return;
        lastStage = stage;
        lastDecile = decile;
        // Concatenated, not printf, which parses its format at every call, interpreted at start (JFR: about 3 % of the
        // samples of a one-case run).
        err.println("[" + command + "] " + stage + " " + Math.round(Math.max(0, Math.min(1, fraction)) * 100) + "%");
    }
}
