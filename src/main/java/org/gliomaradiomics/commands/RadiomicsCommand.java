package org.gliomaradiomics.commands;

import ij.ImagePlus;
import ij.Prefs;
import ij.measure.ResultsTable;
import java.util.List;
import org.gliomaradiomics.parallel.Threads;
import org.scijava.Cancelable;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

/**
 * Base of every command. Subclasses declare snake_case {@code @Parameter} inputs and implement
 * {@link #execute()}; the same class then serves the Fiji menu and SciJava scripts (CommandService), ImageJ 1
 * macros (through {@code ij1.CommandBridge}), headless macros and the command line ({@code cli.Main}). Each run
 * gets its own {@link CommandContext} from the front end that starts it.
 */
public abstract class RadiomicsCommand implements Command, Cancelable {
    @Parameter(type = ItemIO.OUTPUT, label = "Results", persist = false, required = false)
    private ResultsTable results;

    @Parameter(type = ItemIO.OUTPUT, label = "Image", persist = false, required = false)
    private ImagePlus result_image;

    @Parameter(type = ItemIO.OUTPUT, label = "Label map", persist = false, required = false)
    private ImagePlus result_labels;

    private CommandContext context;
    private Outputs outputs;
    private String cancelReason;

    /** The work of the command: gather inputs, call the core library, publish results. */
    protected abstract void execute() throws Exception;

    /** Runs the command in the given context and lets failures propagate (command line, macro bridge, tests). */
    public final void runOrThrow(CommandContext runContext) throws Exception {
        context = runContext;
        outputs = new Outputs(runContext);
        try {
            List<String> missing = CommandCatalog.spec(getClass()).missingInputs(this);
            if (!missing.isEmpty()) throw new CommandException("missing required input(s) " + String.join(", ", missing));
            try (Threads.Scope budget = threadBudget().open()) {
                execute();
            }
        } finally {
            results = outputs.results;
            result_image = outputs.image;
            result_labels = outputs.labels;
        }
    }

    /**
     * SciJava entry point (Fiji menu, scripts): progress goes to ImageJ's status and progress bars, Esc cancels, and
     * a failure becomes a one-line ImageJ error (aborting a running macro) and the module's cancel reason, never a
     * stack trace.
     */
    @Override
    public final void run() {
        String label = CommandCatalog.spec(getClass()).label();
        try {
            runOrThrow(CommandContext.imageJ(new ImageJProgress(label)));
        } catch (Exception | OutOfMemoryError e) {
            cancel(label + ": " + Errors.oneLine(e));
            ImageJFailures.report(cancelReason);
        } finally {
            ImageJProgress.done();
        }
    }

    /**
     * The thread budget of this run: the command's own {@code threads} option when it has one and it is set, else
     * {@code --threads} of the command line, else ImageJ's thread setting (Edit > Options > Memory & Threads) in
     * ImageJ and all cores on the command line; every parallel loop of the run shares it.
     */
    protected final Threads threadBudget() {
        int own = CommandCatalog.spec(getClass()).params().stream().filter(p -> p.name().equals("threads")).findFirst()
            .map(p -> ((Number) p.get(this)).intValue()).orElse(0);
        // ImageJ's setting in ImageJ; the command line leaves ImageJ's classes unloaded (they cost seconds to start)
        return Threads.decide(() -> context.commandLine() ? 0 : Prefs.getThreads(), own, context.threads());
    }

    protected final CommandContext context() {
        return context;
    }

    protected final Progress progress() {
        return context.progress();
    }

    protected final Outputs outputs() {
        return outputs;
    }

    protected final boolean commandLine() {
        return context.commandLine();
    }

    /** The Results table this run produced (ImageJ front ends), or null. */
    public final ResultsTable resultsTable() {
        return results;
    }

    @Override
    public boolean isCanceled() {
        return cancelReason != null;
    }

    @Override
    public void cancel(String reason) {
        cancelReason = reason == null ? "" : reason;
    }

    @Override
    public String getCancelReason() {
        return cancelReason;
    }
}
