package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.BrainMask;
import org.gliomaradiomics.preprocess.IntensityNormalizer;
import org.gliomaradiomics.preprocess.NyulLandmarks;
import org.gliomaradiomics.preprocess.NyulStandardizer;
import org.gliomaradiomics.preprocess.WhiteStripe;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Normalize Intensities",
    description = "Intensity normalisation: z-score in a mask, WhiteStripe, Nyul-Udupa landmarks, range or percentile scaling")
public class NormalizeCommand extends RadiomicsCommand {
    @Parameter(label = "image", style = "open", description = "MRI volume")
    private File image;

    @Parameter(label = "method", choices = {"zscore", "whitestripe", "nyul", "range", "percentile"}, description = "Method")
    private String method = "zscore";

    @Parameter(label = "mask", style = "open", required = false, description = "Brain or ROI mask (statistics inside it)")
    private File mask;

    @Parameter(label = "contrast", choices = {"T1", "T2", "FLAIR"}, description = "WhiteStripe: the sequence's contrast")
    private String contrast = "T1";

    @Parameter(label = "landmarks", style = "open", required = false, description = "Nyul: landmarks CSV written by nyul-train")
    private File landmarks;

    @Parameter(label = "low", required = false, description = "range/percentile: target minimum")
    private double low = 0;

    @Parameter(label = "high", required = false, description = "range/percentile: target maximum")
    private double high = 1;

    @Parameter(label = "low_percentile", required = false, description = "percentile: lower percentile")
    private double low_percentile = 1;

    @Parameter(label = "high_percentile", required = false, description = "percentile: upper percentile")
    private double high_percentile = 99;

    @Parameter(label = "out", style = "save", required = false, description = "Normalised image to write (float)")
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = Inputs.image(image, "image");
        boolean[] m = Inputs.optionalMask(mask, v.geometry());
        Volume result = Inputs.about(image, () -> switch (method) {
            case "whitestripe" -> {
                WhiteStripe.Result r = WhiteStripe.normalize(v, m, WhiteStripe.Contrast.valueOf(contrast), 0.05);
                Outputs.message("white-matter mode " + r.mode() + ", stripe [" + r.stripeLow() + ", " + r.stripeHigh() + "]");
                yield r.normalized();
            }
            case "nyul" -> {
                if (landmarks == null) throw new CommandException("--landmarks is required for nyul (train them with nyul-train)");
                boolean[] within = m != null ? m : BrainMask.compute(v, new BrainMask.Settings()); // as nyul-train does
                yield NyulStandardizer.apply(v, within, NyulLandmarks.read(landmarks.toPath()));
            }
            case "range" -> IntensityNormalizer.range(v, m, low, high);
            case "percentile" -> IntensityNormalizer.percentile(v, m, low_percentile, high_percentile, low, high, true);
            default -> IntensityNormalizer.zScore(v, m);
        });
        Outputs.image(result, out, method);
    }
}
