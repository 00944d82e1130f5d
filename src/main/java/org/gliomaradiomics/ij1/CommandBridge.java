package org.gliomaradiomics.ij1;

import ij.IJ;
import ij.Macro;
import ij.plugin.PlugIn;
import java.util.Map;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandContext;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.Errors;
import org.gliomaradiomics.commands.ImageJFailures;
import org.gliomaradiomics.commands.ImageJProgress;

/**
 * The one ImageJ 1 plugin behind every menu entry of plugins.config (plain ImageJ 1, and the headless macro runner):
 * its argument names a command class. In a macro it reads the option string ({@code run("Label Statistics",
 * "image=... mask=...")}, keys are the snake_case input names, unknown keys are errors); from the menu it shows the
 * command's dialog and records the same keys.
 */
public class CommandBridge implements PlugIn {

    @Override
    public void run(String className) {
        CommandSpec spec = CommandCatalog.byClass(className).orElse(null);
        if (spec == null) {
            IJ.error("Glioma Radiomics", "unknown command class " + className);
            return;
        }
        try {
            String options = Macro.getOptions();
            Map<String, String> values;
            if (options != null) values = MacroOptions.parse(options, spec);
            else if (!CommandDialog.wanted(spec)) values = Map.of();
            else {
                values = CommandDialog.show(spec);
                if (values == null) return; // cancelled
                CommandDialog.record(values);
            }
            spec.configure(values).runOrThrow(CommandContext.imageJ(new ImageJProgress(spec.label())));
        } catch (Exception | OutOfMemoryError e) {
            ImageJFailures.report(spec.label() + ": " + Errors.oneLine(e));
        } finally {
            ImageJProgress.done();
        }
    }
}
