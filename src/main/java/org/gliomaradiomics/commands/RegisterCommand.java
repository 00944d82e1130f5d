package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.ImageRegistration;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.preprocess.RegistrationSettings;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Register Images",
    description = "Rigid or affine registration (Mattes mutual information or normalised correlation, multi-resolution); resamples image and labels into the fixed grid")
public class RegisterCommand extends RadiomicsCommand {
    @Parameter(label = "fixed", style = "open", description = "Fixed (reference) image")
    private File fixed;

    @Parameter(label = "moving", style = "open", description = "Moving image")
    private File moving;

    @Parameter(label = "transform", choices = {"rigid", "affine"}, description = "Transform model")
    private String transform = "rigid";

    @Parameter(label = "metric", choices = {"mi", "ncc"}, description = "mi: Mattes mutual information (any contrasts); ncc: normalised correlation (same sequence)")
    private String metric = "mi";

    @Parameter(label = "interpolation", choices = {"linear", "bspline", "nearest"}, description = "Interpolation of the moving image")
    private String interpolation = "linear";

    @Parameter(label = "moving_labels", style = "open", required = false, description = "Label map on the moving grid, resampled with nearest neighbour")
    private File moving_labels;

    @Parameter(label = "seed", required = false, description = "Sampling seed")
    private long seed = 20_260_101L;

    @Parameter(label = "out_image", style = "save", required = false, description = "Moving image resampled into the fixed grid")
    private File out_image;

    @Parameter(label = "out_labels", style = "save", required = false, description = "Moving labels resampled into the fixed grid")
    private File out_labels;

    @Parameter(label = "out_transform", style = "save", required = false, description = "4x4 matrix (LPS mm) mapping fixed to moving points, ITK convention")
    private File out_transform;

    @Override
    protected void execute() throws Exception {
        Volume f = Inputs.image(fixed, "fixed"), m = Inputs.image(moving, "moving");
        RegistrationSettings s = new RegistrationSettings();
        s.transform = transform.equals("affine") ? RegistrationSettings.TransformType.AFFINE : RegistrationSettings.TransformType.RIGID;
        s.metric = metric.equals("ncc") ? RegistrationSettings.Metric.NORMALIZED_CORRELATION : RegistrationSettings.Metric.MATTES_MUTUAL_INFORMATION;
        s.seed = seed;
        ImageRegistration.Result r = Inputs.about(moving, () -> ImageRegistration.register(f, m, s, p -> progress().report("registering", p)));
        if (out_transform != null) r.transform().write(out_transform.toPath());
        if (moving_labels != null && out_labels != null)
            ImageIO.write(ImageRegistration.resampleMovingLabels(Inputs.labels(moving_labels, m.geometry()), f.geometry(), r.transform()), out_labels.toPath());
        ImageWarper.Interpolation interp = ImageWarper.Interpolation.valueOf(interpolation.toUpperCase(java.util.Locale.ROOT));
        Volume warped = ImageRegistration.resampleMoving(m, f.geometry(), r.transform(), interp);
        Outputs.message("registered after " + r.evaluations() + " metric evaluations, metric " + r.metricValue());
        if (out_image != null || !CommandEnvironment.commandLine()) Outputs.image(warped, out_image, "registered");
        else if (out_transform == null && out_labels == null) throw new CommandException("give --out-image, --out-labels or --out-transform");
    }
}
