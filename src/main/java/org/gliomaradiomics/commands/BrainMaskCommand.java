package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.preprocess.BrainMask;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Rough Brain Mask",
    description = "A rough head/brain mask without deep learning: Otsu threshold, largest component, opening, closing, hole filling")
public class BrainMaskCommand extends RadiomicsCommand {
    @Parameter(label = "Image", description = "MRI volume", persist = false)
    private ImageInput image;

    @Parameter(label = "Opening radius (mm)", required = false, description = "Opening radius (mm)", persist = false)
    private double opening_mm = 3;

    @Parameter(label = "Closing radius (mm)", required = false, description = "Closing radius (mm)", persist = false)
    private double closing_mm = 5;

    @CommandLineRequired
    @Parameter(label = "Save mask as", style = "save", required = false, description = "Mask to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = image.read(context());
        BrainMask.Settings s = BrainMask.Settings.builder().openingRadiusMm(opening_mm).closingRadiusMm(closing_mm).build();
        boolean[] m = Inputs.about(image, () -> BrainMask.compute(v, s));
        outputs().image(Masks.toVolume(m, v.geometry()), out, "brain mask");
    }
}
