package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.BiasFieldCorrector;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Bias Field Correction",
    description = "N4-style bias field correction: multi-resolution B-spline fit of the log field with histogram sharpening")
public class BiasCorrectCommand extends RadiomicsCommand {
    @Section("Image")
    @Parameter(label = "Image", description = "MRI volume", persist = false)
    private ImageInput image;

    @Parameter(label = "Mask (fit inside)", required = false, description = "Fit inside this mask (default: Otsu foreground)", persist = false)
    private MaskInput mask;

    @Section("Fit")
    @Parameter(label = "Shrink factor (voxels)", required = false, description = "Shrink factor per axis before fitting", persist = false)
    private int shrink_factor = 4;

    @Parameter(label = "Iterations per level", required = false, description = "Iterations per level, e.g. 50,50,50 (one entry per level)", persist = false)
    private String iterations = "50,50,50";

    @Parameter(label = "Convergence", required = false, description = "Convergence threshold (coefficient of variation of the update)", persist = false)
    private double convergence = 0.001;

    @Section("Output")
    @Parameter(label = "Save bias field as", style = "save", required = false, description = "Also write the estimated bias field", persist = false)
    private File field;

    @CommandLineRequired
    @Parameter(label = "Save corrected image as", style = "save", required = false, description = "Corrected image to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = image.read(context());
        BiasFieldCorrector.Settings s = BiasFieldCorrector.Settings.builder()
            .shrinkFactor(shrink_factor)
            .iterationsPerLevel(java.util.Arrays.stream(iterations.split("[,x\\s]+")).mapToInt(Integer::parseInt).toArray())
            .convergenceThreshold(convergence)
            .build();
        boolean[] m = Inputs.optionalMask(mask, v.geometry(), context());
        BiasFieldCorrector.Result r = Inputs.about(image, () -> BiasFieldCorrector.correct(v, m, s, f -> progress().report("fitting", f)));
        if (field != null) org.gliomaradiomics.image.ImageIO.write(r.field(), field.toPath());
        outputs().image(r.corrected(), out, "bias corrected");
    }
}
