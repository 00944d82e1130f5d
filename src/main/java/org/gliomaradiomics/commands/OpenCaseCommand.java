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
    @Parameter(label = "Case folder", description = "Folder of one case", style = "directory", persist = false)
    private File input;

    @Override
    protected void execute() throws Exception {
        MriCase c = CaseLoader.open(input.toPath());
        if (commandLine()) {
            outputs().message(c.summary());
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
        // Slices were added sequence by sequence (z fastest within each channel): order xyzct. The slice labels
        // ("t1ce z1") name the channels, so other commands take one as image=[<case>::t1ce].
        ImagePlus hyper = HyperStackConverter.toHyperStack(new ImagePlus(c.id(), stack), sequences.size(), nz, 1, "xyzct", "Grayscale");
        hyper.setCalibration(first.getCalibration());
        // The label map first, so that the hyperstack (where a person draws) is the current image afterwards.
        if (c.labels().isPresent()) outputs().labels(c.labels().get(), null, c.id() + " labels");
        outputs().show(hyper);
        outputs().message(c.summary());
    }
}
