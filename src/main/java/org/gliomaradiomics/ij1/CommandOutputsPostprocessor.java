package org.gliomaradiomics.ij1;

import org.gliomaradiomics.commands.RadiomicsCommand;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPostprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * Our commands publish their results themselves (Results table, image windows), so their declared outputs are
 * marked resolved before SciJava's display postprocessor would show each image a second time. Scripts still get
 * the outputs from the module.
 */
@Plugin(type = PostprocessorPlugin.class, priority = Priority.VERY_LOW + 1)
public class CommandOutputsPostprocessor extends AbstractPostprocessorPlugin {

    @Override
    public void process(Module module) {
        if (!(module.getDelegateObject() instanceof RadiomicsCommand)) return;
        for (ModuleItem<?> output : module.getInfo().outputs()) module.resolveOutput(output.getName());
    }
}
