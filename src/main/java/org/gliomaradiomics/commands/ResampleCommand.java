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
    @Section("Images")
    @Parameter(label = "Image", description = "Image", persist = false)
    private ImageInput image;

    @Parameter(label = "Label map", required = false, description = "Label map on the image's grid", persist = false)
    private MaskInput labels;

    @Section("Grid")
    @Parameter(label = "Voxel size (mm)", required = false, description = "New isotropic spacing (mm)", persist = false)
    private double spacing_mm = 1;

    @Parameter(label = "Interpolation", choices = {"linear", "bspline", "nearest"}, description = "Image interpolation", persist = false)
    private String interpolation = "linear";

    @Parameter(label = "Label interpolation", choices = {"nearest", "linear-argmax"}, description = "Label interpolation", persist = false)
    private String label_interpolation = "nearest";

    @Section("Output")
    @CommandLineRequired
    @Parameter(label = "Save image as", style = "save", required = false, description = "Resampled image", persist = false)
    private File out;

    @Parameter(label = "Save label map as", style = "save", required = false, description = "Resampled label map", persist = false)
    private File out_labels;

    @Override
    protected void execute() throws Exception {
        if (labels != null && out_labels == null && commandLine()) throw new UsageException("--out-labels is required with --labels");
        Volume v = image.read(context());
        Geometry grid = Inputs.about(image, () -> CaseResampler.isotropicGrid(v.geometry(), spacing_mm));
        if (labels != null) {
            CaseResampler.LabelInterpolation li = label_interpolation.equals("nearest") ? CaseResampler.LabelInterpolation.NEAREST : CaseResampler.LabelInterpolation.LINEAR_ARGMAX;
            Volume l = CaseResampler.resampleLabels(labels.read(context(), v.geometry(), image.openImage()), grid, li);
            if (out_labels != null) ImageIO.write(l, out_labels.toPath());
        }
        ImageWarper.Interpolation interp = ImageWarper.Interpolation.valueOf(interpolation.toUpperCase(java.util.Locale.ROOT));
        outputs().image(CaseResampler.resampleImage(v, grid, interp), out, "resampled");
    }
}
