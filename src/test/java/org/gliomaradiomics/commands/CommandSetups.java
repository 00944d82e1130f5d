package org.gliomaradiomics.commands;

import java.nio.file.Path;

/** The commands' own reading of their settings files, for tests outside this package (fuzzing). */
public final class CommandSetups {
    private CommandSetups() {}

    /** Reads a parameter file as {@code extract} does (conventions from the file). */
    public static void extractionSettings(Path params) throws Exception {
        Outputs quiet = new Outputs(CommandContext.commandLine(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), Progress.NONE));
        ExtractionSetup.of(params.toFile(), "auto", "", quiet);
    }
}
