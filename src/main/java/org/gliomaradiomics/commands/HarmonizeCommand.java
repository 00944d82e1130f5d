package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.learn.ComBat;
import org.gliomaradiomics.learn.ComBatTransform;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.DatasetWriter;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Classify>Harmonize Sites (ComBat)",
    description = "Remove site (batch) effects from a feature table with ComBat, keeping the effects of the given biological covariates")
public class HarmonizeCommand extends DatasetCommand {
    @Parameter(label = "Site column", description = "Clinical column naming each patient's site or scanner", persist = false)
    private String batch_column;

    @Parameter(label = "Non-parametric priors", required = false, description = "Non-parametric empirical Bayes priors", persist = false)
    private boolean non_parametric;

    @Parameter(label = "Without empirical Bayes", required = false, description = "Plain location/scale per batch, no shrinkage", persist = false)
    private boolean no_empirical_bayes;

    @Parameter(label = "Save harmonized table as", style = "save", description = "Harmonised wide CSV to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Dataset d = dataset(false, batch_column);
        ComBat.Options options = new ComBat.Options(!non_parametric, !no_empirical_bayes);
        java.util.List<String> kept = builder.covariateEncoding() == null ? java.util.List.of() : builder.covariateEncoding().featureNames();
        Dataset h = Inputs.about(clinical, () -> ComBatTransform.fit(d, kept, options).apply(d));
        AtomicFiles.writeText(out.toPath(), w -> DatasetWriter.writeWideCsv(h, w));
        outputs().message("harmonised " + h.rows() + " patients x " + (h.features() - kept.size()) + " features across sites; wrote " + out);
    }
}
