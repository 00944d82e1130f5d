package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.VoxelClassifier;
import org.gliomaradiomics.segment.VoxelClassifierModel;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Train Voxel Classifier",
    description = "Train a Weka voxel classifier on every sequence of a case from a full or partial (scribble) label map")
public class SegTrainCommand extends RadiomicsCommand {
    @Parameter(label = "Case folder", style = "directory", description = "Case folder in BraTS naming (its sequences are the inputs)", persist = false)
    private File case_dir;

    @Parameter(label = "Training labels", style = "open", required = false, description = "Training labels (0 = unlabelled); default: the case's label map", persist = false)
    private File labels;

    @Parameter(label = "Labels are scribbles", required = false, description = "Partial labels: 0 = unlabelled, so mark background with a label of its own", persist = false)
    private boolean scribbles;

    @Parameter(label = "Weka classifier", required = false, description = "Weka classifier class", persist = false)
    private String classifier = VoxelClassifier.DEFAULT_CLASSIFIER;

    @Parameter(label = "Classifier options", required = false, description = "Weka classifier options, e.g. '-I 100'", persist = false)
    private String options = "";

    @Parameter(label = "Samples per class", required = false, description = "Voxels drawn per class", persist = false)
    private int samples_per_class = 2000;

    @Parameter(label = "Seed", required = false, description = "Random seed", persist = false)
    private long seed = 1;

    @Parameter(label = "Save model as", style = "save", description = "Model file to write", persist = false)
    private File model;

    @Override
    protected void execute() throws Exception {
        MriCase c = CaseLoader.open(case_dir.toPath());
        Volume training = labels != null ? Inputs.labels(labels, c.geometry()) : c.labels().orElse(null);
        if (training == null) throw new CommandException(case_dir + ": the case has no label map; give --labels");
        VoxelClassifier.Settings s = VoxelClassifier.Settings.builder().samplesPerClass(samples_per_class).seed(seed)
            .zeroIsUnlabelled(scribbles).classifier(classifier, options.isEmpty() ? null : options).build();
        VoxelClassifierModel m = Inputs.about(case_dir, () -> VoxelClassifier.train(c.sequences(), training, s, f -> progress().report("training", f)));
        ModelFiles.save(model.toPath(), VoxelClassifierModel.KIND, m);
        outputs().message("trained " + m + " on " + m.trainingVoxels() + " voxels; wrote " + model);
    }
}
