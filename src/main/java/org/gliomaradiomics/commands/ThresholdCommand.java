package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.Masks;
import org.gliomaradiomics.segment.Threshold;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Threshold Volume",
    description = "Threshold a volume by a manual range or an automatic method (ImageJ's AutoThresholder on the 3D histogram)")
public class ThresholdCommand extends RadiomicsCommand {
    @Parameter(label = "image", style = "open", description = "Image to threshold")
    private File image;

    @Parameter(label = "method", choices = {"Manual", "Default", "Huang", "Intermodes", "IsoData", "Li", "MaxEntropy", "Mean",
        "MinError", "Minimum", "Moments", "Otsu", "Percentile", "RenyiEntropy", "Shanbhag", "Triangle", "Yen"},
        description = "Manual uses lower/upper; the others compute the threshold from the 256-bin histogram")
    private String method = "Otsu";

    @Parameter(label = "lower", required = false, description = "Manual: lowest intensity kept")
    private double lower = Double.NEGATIVE_INFINITY;

    @Parameter(label = "upper", required = false, description = "Manual: highest intensity kept")
    private double upper = Double.POSITIVE_INFINITY;

    @Parameter(label = "dark", required = false, description = "Automatic: keep the dark side instead of the bright one")
    private boolean dark;

    @Parameter(label = "brain_mask", style = "open", required = false, description = "Only threshold inside this mask")
    private File brain_mask;

    @Parameter(label = "out", style = "save", required = false, description = "Mask to write (0/1)")
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = Inputs.image(image, "image");
        boolean[] within = Inputs.optionalMask(brain_mask, v.geometry());
        boolean[] mask = Inputs.about(image, () -> {
            if (method.equals("Manual")) return Threshold.range(v, lower, upper, within);
            Threshold.Result t = Threshold.automatic(v, method, within);
            Outputs.message(t.toString());
            return Threshold.apply(v, t, dark, within);
        });
        Outputs.image(Masks.toVolume(mask, v.geometry()), out, "threshold mask");
    }
}
