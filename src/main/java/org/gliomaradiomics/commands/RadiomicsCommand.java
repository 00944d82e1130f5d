package org.gliomaradiomics.commands;

import java.awt.GraphicsEnvironment;
import org.scijava.command.Command;

/**
 * Base of every command. Subclasses declare snake_case {@code @Parameter} inputs and implement
 * {@link #execute()}; the same class then serves the Fiji menu (SciJava), ImageJ 1 macros (through
 * {@code ij1.CommandBridge}), headless macros and the command line ({@code cli.Main}).
 */
public abstract class RadiomicsCommand implements Command {

    /** The work of the command: gather inputs, call the core library, publish results. */
    protected abstract void execute() throws Exception;

    /** Runs the command and lets failures propagate (command line, macro bridge, tests). */
    public final void runOrThrow() throws Exception {
        execute();
    }

    /** SciJava entry point (Fiji menu): a failure becomes an ImageJ error message, not a stack trace. */
    @Override
    public final void run() {
        try {
            execute();
        } catch (Exception e) {
            String message = Errors.oneLine(e);
            if (!GraphicsEnvironment.isHeadless()) ij.IJ.error("Glioma Radiomics", message);
            throw new CommandException(message, e);
        }
    }

    protected static Progress progress() {
        return CommandEnvironment.progress();
    }
}
