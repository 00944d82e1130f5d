package org.gliomaradiomics.ij1;

import ij.IJ;
import ij.Macro;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import java.awt.GraphicsEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandEnvironment;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.Errors;
import org.gliomaradiomics.commands.ParamSpec;

/**
 * The one ImageJ 1 plugin behind every menu entry of plugins.config: its argument names a command class. It
 * builds a GenericDialog from the command's parameters, so {@code run("Label Statistics", "image=... mask=...")}
 * works in recorded and headless macros (keys are the snake_case parameter names) and the Recorder writes
 * exactly those keys.
 */
public class CommandBridge implements PlugIn {

    @Override
    public void run(String className) {
        CommandSpec spec = CommandCatalog.byClass(className).orElse(null);
        if (spec == null) {
            IJ.error("Glioma Radiomics", "unknown command class " + className);
            return;
        }
        Map<String, String> values = ask(spec);
        if (values == null) return; // cancelled
        CommandEnvironment.setMode(CommandEnvironment.Mode.IMAGEJ);
        CommandEnvironment.setProgress((stage, fraction) -> {
            IJ.showStatus(spec.label() + ": " + stage);
            IJ.showProgress(fraction);
        });
        try {
            spec.configure(values).runOrThrow();
        } catch (Exception | OutOfMemoryError e) {
            String message = spec.label() + ": " + Errors.oneLine(e);
            MacroRunner.recordFailure(message);
            IJ.error("Glioma Radiomics", message); // aborts a running macro with this message
        } finally {
            IJ.showProgress(1.0);
            CommandEnvironment.setProgress(null);
        }
    }

    /** Shows (or, in a macro, silently reads) the dialog; null when cancelled. */
    static Map<String, String> ask(CommandSpec spec) {
        GenericDialog gd = new GenericDialog(spec.label());
        boolean fileButtons = !GraphicsEnvironment.isHeadless() && Macro.getOptions() == null;
        for (ParamSpec p : spec.params()) {
            String def = ParamSpec.text(p.defaultValue());
            if (p.isFlag()) gd.addCheckbox(p.name(), Boolean.TRUE.equals(p.defaultValue()));
            else if (p.choices().length > 0) gd.addChoice(p.name(), p.choices(), def.isEmpty() ? p.choices()[0] : def);
            else if (p.isFile() && fileButtons && p.style().contains("directory")) gd.addDirectoryField(p.name(), def, 40);
            else if (p.isFile() && fileButtons) gd.addFileField(p.name(), def, 40);
            else gd.addStringField(p.name(), def, p.isNumber() ? 10 : 40);
        }
        if (!spec.description().isEmpty()) gd.addMessage(spec.description());
        gd.showDialog();
        if (gd.wasCanceled()) return null;
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamSpec p : spec.params()) {
            if (p.isFlag()) values.put(p.name(), Boolean.toString(gd.getNextBoolean()));
            else if (p.choices().length > 0) values.put(p.name(), gd.getNextChoice());
            else values.put(p.name(), gd.getNextString());
        }
        values.values().removeIf(String::isEmpty); // empty fields keep the command's defaults
        return values;
    }
}
