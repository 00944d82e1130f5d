package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.TextFiles;
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
    @Section("Image")
    @Parameter(label = "Image", description = "MRI volume", persist = false)
    private ImageInput image;

    @Parameter(label = "Method", choices = {"zscore", "whitestripe", "nyul", "range", "percentile"}, description = "Method", persist = false)
    private String method = "zscore";

    @Parameter(label = "Mask (statistics inside)", required = false, description = "Brain or ROI mask (statistics inside it)", persist = false)
    private MaskInput mask;

    @Section("Method settings")
    @Parameter(label = "Contrast (WhiteStripe)", choices = {"T1", "T2", "FLAIR"}, description = "WhiteStripe: the sequence's contrast", persist = false)
    private String contrast = "T1";

    @Parameter(label = "Nyul landmarks (CSV)", style = "open", required = false, description = "Nyul: landmarks CSV written by nyul-train", persist = false)
    private File landmarks;

    @Parameter(label = "Range low", required = false, description = "range/percentile: target minimum", persist = false)
    private double low = 0;

    @Parameter(label = "Range high", required = false, description = "range/percentile: target maximum", persist = false)
    private double high = 1;

    @Parameter(label = "Low percentile (%)", required = false, description = "percentile: lower percentile", persist = false)
    private double low_percentile = 1;

    @Parameter(label = "High percentile (%)", required = false, description = "percentile: upper percentile", persist = false)
    private double high_percentile = 99;

    @Section("Output")
    @CommandLineRequired
    @Parameter(label = "Save image as", style = "save", required = false, description = "Normalised image to write (float)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume v = image.read(context());
        boolean[] m = Inputs.optionalMask(mask, v.geometry(), context());
        Volume result = Inputs.about(image, () -> switch (method) {
            case "whitestripe" -> {
                WhiteStripe.Result r = WhiteStripe.normalize(v, m, WhiteStripe.Contrast.valueOf(contrast), 0.05);
                outputs().message("white-matter mode " + r.mode() + ", stripe [" + r.stripeLow() + ", " + r.stripeHigh() + "]");
                yield r.normalized();
            }
            case "nyul" -> {
                if (landmarks == null) throw new UsageException("--landmarks is required for nyul (train them with nyul-train)");
                boolean[] within = m != null ? m : BrainMask.compute(v, BrainMask.Settings.defaults()); // as nyul-train does
                yield NyulStandardizer.apply(v, within, NyulLandmarks.parseCsv(TextFiles.read(landmarks.toPath()), landmarks.toString()));
            }
            case "range" -> IntensityNormalizer.range(v, m, low, high);
            case "percentile" -> IntensityNormalizer.percentile(v, m, low_percentile, high_percentile, low, high, true);
            default -> IntensityNormalizer.zScore(v, m);
        });
        outputs().image(result, out, method);
    }
}
