package org.gliomaradiomics.commands;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.HyperStackConverter;
import java.io.File;
import java.util.Map;
import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.Volume;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Open Case",
    description = "Open a multi-sequence case (BraTS naming: *_t1, *_t1ce, *_t2, *_flair, *_seg) as one hyperstack plus its label map")
public class OpenCaseCommand extends RadiomicsCommand {
    @Parameter(label = "input", description = "Folder of one case", style = "directory")
    private File input;

    @Override
    protected void execute() throws Exception {
        MriCase c = CaseLoader.open(input.toPath());
        if (CommandEnvironment.commandLine()) {
            Outputs.message(c.summary());
            return;
        }
        Map<String, Volume> sequences = c.sequences();
        ImageStack stack = null;
        ImagePlus first = null;
        for (Map.Entry<String, Volume> e : sequences.entrySet()) {
            ImagePlus imp = ImagePlusViews.toImagePlus(e.getValue(), e.getKey());
            if (first == null) {
                first = imp;
                stack = new ImageStack(imp.getWidth(), imp.getHeight());
            }
            ImageStack s = imp.getStack().convertToFloat();
            for (int z = 1; z <= s.getSize(); z++) stack.addSlice(e.getKey() + " z" + z, s.getProcessor(z));
        }
        if (first == null) throw new CommandException(input + ": no sequences found");
        int nz = first.getStackSize();
        // Slices were added sequence by sequence (z fastest within each channel): order xyzct.
        ImagePlus hyper = HyperStackConverter.toHyperStack(new ImagePlus(c.id(), stack), sequences.size(), nz, 1, "xyzct", "Grayscale");
        hyper.setCalibration(first.getCalibration());
        hyper.show();
        if (c.labels().isPresent()) {
            ImagePlus labels = ImagePlusViews.toImagePlus(c.labels().get(), c.id() + " labels");
            labels.show();
        }
        Outputs.message(c.summary());
    }
}
