package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.CaseResampler;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Resample to Isotropic",
    description = "Resample an image and its label map to isotropic voxels on one consistent grid")
public class ResampleCommand extends RadiomicsCommand {
    @Parameter(label = "image", style = "open", description = "Image")
    private File image;

    @Parameter(label = "labels", style = "open", required = false, description = "Label map on the image's grid")
    private File labels;

    @Parameter(label = "spacing_mm", required = false, description = "New isotropic spacing (mm)")
    private double spacing_mm = 1;

    @Parameter(label = "interpolation", choices = {"linear", "bspline", "nearest"}, description = "Image interpolation")
    private String interpolation = "linear";

    @Parameter(label = "label_interpolation", choices = {"nearest", "linear-argmax"}, description = "Label interpolation")
    private String label_interpolation = "nearest";

    @Parameter(label = "out", style = "save", required = false, description = "Resampled image")
    private File out;

    @Parameter(label = "out_labels", style = "save", required = false, description = "Resampled label map")
    private File out_labels;

    @Override
    protected void execute() throws Exception {
        Volume v = Inputs.image(image, "image");
        Geometry grid = Inputs.about(image, () -> CaseResampler.isotropicGrid(v.geometry(), spacing_mm));
        if (labels != null) {
            if (out_labels == null && CommandEnvironment.commandLine()) throw new CommandException("--out-labels is required with --labels");
            CaseResampler.LabelInterpolation li = label_interpolation.equals("nearest") ? CaseResampler.LabelInterpolation.NEAREST : CaseResampler.LabelInterpolation.LINEAR_ARGMAX;
            Volume l = CaseResampler.resampleLabels(Inputs.labels(labels, v.geometry()), grid, li);
            if (out_labels != null) ImageIO.write(l, out_labels.toPath());
        }
        ImageWarper.Interpolation interp = ImageWarper.Interpolation.valueOf(interpolation.toUpperCase(java.util.Locale.ROOT));
        Outputs.image(CaseResampler.resampleImage(v, grid, interp), out, "resampled");
    }
}
