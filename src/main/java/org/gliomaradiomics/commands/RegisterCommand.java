package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.TextFiles;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.ImageRegistration;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.preprocess.RegistrationSettings;
import org.gliomaradiomics.preprocess.WorldTransform;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Register Images",
    description = "Rigid or affine registration (Mattes mutual information or normalised correlation, multi-resolution); resamples image and labels into the fixed grid")
public class RegisterCommand extends RadiomicsCommand {
    @Section("Images")
    @Parameter(label = "Fixed image", description = "Fixed (reference) image", persist = false)
    private ImageInput fixed;

    @Parameter(label = "Moving image", description = "Moving image", persist = false)
    private ImageInput moving;

    @Section("Registration")
    @Parameter(label = "Transform", choices = {"rigid", "affine"}, description = "Transform model", persist = false)
    private String transform = "rigid";

    @Parameter(label = "Metric", choices = {"mi", "ncc"}, description = "mi: Mattes mutual information (any contrasts); ncc: normalised correlation (same sequence)", persist = false)
    private String metric = "mi";

    @Parameter(label = "Interpolation", choices = {"linear", "bspline", "nearest"}, description = "Interpolation of the moving image", persist = false)
    private String interpolation = "linear";

    @Parameter(label = "Moving label map", required = false, description = "Label map on the moving grid, resampled with nearest neighbour", persist = false)
    private MaskInput moving_labels;

    @Parameter(label = "Sampling seed", required = false, description = "Sampling seed", persist = false)
    private long seed = 20_260_101L;

    @Parameter(label = "Initial transform", style = "open", required = false,
        description = "Start from this transform (fixed to moving, LPS mm): an ITK .tfm file (Slicer, SimpleITK, ANTs' ConvertTransformFile) or a 4x4 text file; empty = align the image centres", persist = false)
    private File initial_transform;

    @Section("Output")
    @Parameter(label = "Save registered image as", style = "save", required = false, description = "Moving image resampled into the fixed grid", persist = false)
    private File out_image;

    @Parameter(label = "Save registered labels as", style = "save", required = false, description = "Moving labels resampled into the fixed grid", persist = false)
    private File out_labels;

    @Parameter(label = "Save transform as (.tfm or 4x4 text)", style = "save", required = false,
        description = "Transform mapping fixed to moving points (LPS mm, ITK convention): .tfm = ITK transform file (AffineTransform_double_3_3), else a 4x4 matrix as text", persist = false)
    private File out_transform;

    @Override
    protected void execute() throws Exception {
        if (commandLine() && out_image == null && out_transform == null && out_labels == null)
            throw new UsageException("give --out-image, --out-labels or --out-transform");
        WorldTransform initial = initial_transform == null ? null : WorldTransform.parseFile(TextFiles.read(initial_transform.toPath()), initial_transform.toString()); // names the file
        Volume f = fixed.read(context()), m = moving.read(context());
        RegistrationSettings s = RegistrationSettings.builder()
            .initialTransform(initial)
            .transform(transform.equals("affine") ? RegistrationSettings.TransformType.AFFINE : RegistrationSettings.TransformType.RIGID)
            .metric(metric.equals("ncc") ? RegistrationSettings.Metric.NORMALIZED_CORRELATION : RegistrationSettings.Metric.MATTES_MUTUAL_INFORMATION)
            .seed(seed)
            .build();
        ImageRegistration.Result r = Inputs.about(moving, () -> ImageRegistration.register(f, m, s, p -> progress().report("registering", p)));
        if (out_transform != null) AtomicFiles.writeText(out_transform.toPath(), w -> w.write(r.transform().fileText(out_transform.getName())));
        if (moving_labels != null && out_labels != null)
            ImageIO.write(ImageRegistration.resampleMovingLabels(moving_labels.read(context(), m.geometry(), moving.openImage()), f.geometry(), r.transform()), out_labels.toPath());
        ImageWarper.Interpolation interp = ImageWarper.Interpolation.valueOf(interpolation.toUpperCase(java.util.Locale.ROOT));
        Volume warped = ImageRegistration.resampleMoving(m, f.geometry(), r.transform(), interp);
        outputs().message("registered after " + r.evaluations() + " metric evaluations, metric " + r.metricValue());
        if (out_image != null || !commandLine()) outputs().image(warped, out_image, "registered");
    }
}
