package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.BrainMask;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Rough Brain Mask",
    description = "A rough head/brain mask without deep learning: Otsu threshold, largest component, opening, closing, hole filling")
public class BrainMaskCommand extends RadiomicsCommand {
    @Parameter(label = "image", style = "open", description = "MRI volume")
    private File image;

    @Parameter(label = "opening_mm", required = false, description = "Opening radius (mm)")
    private double opening_mm = 3;

    @Parameter(label = "closing_mm", required = false, description = "Closing radius (mm)")
    private double closing_mm = 5;

    @Parameter(label = "out", style = "save", required = false, description = "Mask to write")
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = Inputs.image(image, "image");
        BrainMask.Settings s = new BrainMask.Settings();
        s.openingRadiusMm = opening_mm;
        s.closingRadiusMm = closing_mm;
        boolean[] m = Inputs.about(image, () -> BrainMask.compute(v, s));
        Outputs.image(BrainMask.asVolume(m, v), out, "brain mask");
    }
}
