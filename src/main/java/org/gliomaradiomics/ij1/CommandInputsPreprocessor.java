package org.gliomaradiomics.ij1;

import ij.Macro;
import java.util.Map;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.Errors;
import org.gliomaradiomics.commands.ImageJFailures;
import org.gliomaradiomics.commands.RadiomicsCommand;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * Fills the inputs of our commands when SciJava runs them (the Fiji menu, macros in Fiji, scripts), the same way
 * the ImageJ 1 bridge does: a macro's option string with our keys (unknown keys are errors); from the menu, our
 * dialog (see {@link CommandDialog#wanted}); from a script, the inputs it passed. Every input is then marked resolved, so SciJava neither opens a
 * file chooser for an optional file left out nor its own dialog, and nothing is taken from earlier runs.
 * Runs after imagej-legacy's macro preprocessor and before SciJava's file preprocessor and input harvester.
 */
@Plugin(type = PreprocessorPlugin.class, priority = Priority.LOW)
public class CommandInputsPreprocessor extends AbstractPreprocessorPlugin {

    @Override
    public void process(Module module) {
        if (!(module.getDelegateObject() instanceof RadiomicsCommand)) return;
        CommandSpec spec = CommandCatalog.byClass(module.getDelegateObject().getClass().getName()).orElse(null);
        if (spec == null) return;
        try {
            String options = Macro.getOptions();
            Map<String, String> values = null;
            if (options != null) values = MacroOptions.parse(options, spec);
            else if (!anyInputResolved(module) && CommandDialog.wanted(spec)) {
                values = CommandDialog.show(spec);
                if (values == null) {
                    cancel("");
                    return;
                }
            }
            if (values != null) for (Map.Entry<String, String> e : values.entrySet())
                module.setInput(e.getKey(), spec.param(e.getKey()).orElseThrow().parse(e.getValue()));
            for (ModuleItem<?> input : module.getInfo().inputs()) module.resolveInput(input.getName());
        } catch (RuntimeException e) {
            String message = spec.label() + ": " + Errors.oneLine(e);
            cancel(message);
            ImageJFailures.report(message);
        }
    }

    private static boolean anyInputResolved(Module module) {
        for (ModuleItem<?> input : module.getInfo().inputs()) if (module.isInputResolved(input.getName())) return true;
        return false;
    }
}
