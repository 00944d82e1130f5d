package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.segment.Threshold;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Threshold Volume",
    description = "Threshold a volume by a manual range or an automatic method (ImageJ's AutoThresholder on the 3D histogram)")
public class ThresholdCommand extends RadiomicsCommand {
    @Section("Image")
    @Parameter(label = "Image", description = "Image to threshold", persist = false)
    private ImageInput image;

    @Section("Threshold")
    @Parameter(label = "Method", choices = {"Manual", "Default", "Huang", "Intermodes", "IsoData", "Li", "MaxEntropy", "Mean",
        "MinError", "Minimum", "Moments", "Otsu", "Percentile", "RenyiEntropy", "Shanbhag", "Triangle", "Yen"},
        description = "Manual uses lower/upper; the others compute the threshold from the 256-bin histogram", persist = false)
    private String method = "Otsu";

    @Parameter(label = "Manual: lowest kept", required = false, description = "Manual: lowest intensity kept", persist = false)
    private double lower = Double.NEGATIVE_INFINITY;

    @Parameter(label = "Manual: highest kept", required = false, description = "Manual: highest intensity kept", persist = false)
    private double upper = Double.POSITIVE_INFINITY;

    @Parameter(label = "Keep the dark side", required = false, description = "Automatic: keep the dark side instead of the bright one", persist = false)
    private boolean dark;

    @Parameter(label = "Within mask", required = false, description = "Only threshold inside this mask", persist = false)
    private MaskInput brain_mask;

    @Section("Output")
    @CommandLineRequired
    @Parameter(label = "Save mask as", style = "save", required = false, description = "Mask to write (0/1)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = image.read(context());
        boolean[] within = Inputs.optionalMask(brain_mask, v.geometry(), context());
        boolean[] mask = Inputs.about(image, () -> {
            if (method.equals("Manual")) return Threshold.range(v, lower, upper, within);
            Threshold.Result t = Threshold.automatic(v, ImageJThresholds.method(method), within);
            outputs().message(t.toString());
            return Threshold.apply(v, t, dark, within);
        });
        long n = Masks.count(mask);
        if (n == 0) outputs().warning(image.name() + ": the threshold selects no voxel; writing an empty mask");
        outputs().image(Masks.toVolume(mask, v.geometry()), out, "threshold mask");
    }
}
