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
    @Parameter(label = "image", style = "open", description = "MRI volume")
    private File image;

    @Parameter(label = "mask", style = "open", required = false, description = "Fit inside this mask (default: Otsu foreground)")
    private File mask;

    @Parameter(label = "shrink_factor", required = false, description = "Shrink factor per axis before fitting")
    private int shrink_factor = 4;

    @Parameter(label = "iterations", required = false, description = "Iterations per level, e.g. 50,50,50 (one entry per level)")
    private String iterations = "50,50,50";

    @Parameter(label = "convergence", required = false, description = "Convergence threshold (coefficient of variation of the update)")
    private double convergence = 0.001;

    @Parameter(label = "field", style = "save", required = false, description = "Also write the estimated bias field")
    private File field;

    @Parameter(label = "out", style = "save", required = false, description = "Corrected image to write")
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = Inputs.image(image, "image");
        BiasFieldCorrector.Settings s = new BiasFieldCorrector.Settings();
        s.shrinkFactor = shrink_factor;
        s.iterationsPerLevel = java.util.Arrays.stream(iterations.split("[,x\\s]+")).mapToInt(Integer::parseInt).toArray();
        s.convergenceThreshold = convergence;
        boolean[] m = Inputs.optionalMask(mask, v.geometry());
        BiasFieldCorrector.Result r = Inputs.about(image, () -> BiasFieldCorrector.correct(v, m, s, f -> progress().report("fitting", f)));
        if (field != null) org.gliomaradiomics.image.ImageIO.write(r.field(), field.toPath());
        Outputs.image(r.corrected(), out, "bias corrected");
    }
}
