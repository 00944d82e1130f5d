package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.SavedModel;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Classify>Train Classifier",
    description = "Fit a pipeline on all patients and save it with its feature schema, target definition and versions")
public class TrainCommand extends DatasetCommand {
    @Parameter(label = "Site column (ComBat)", required = false, description = "Clinical column with the site, for a ComBat step in the pipeline", persist = false)
    private String batch_column = "";

    @Parameter(label = "Save model as", style = "save", description = "Model file to write", persist = false)
    private File model;

    @Override
    protected void execute() throws Exception {
        Dataset d = dataset(true, batch_column);
        SavedModel m = Inputs.about(pipeline, () -> SavedModel.train(pipelineSpec(), d, targetDefinition, builder.covariateEncoding(), seed));
        ModelFiles.save(model.toPath(), SavedModel.KIND, m);
        outputs().message("trained on " + d.rows() + " patients with " + m.featureNames().length + " input features; wrote " + model);
    }
}
