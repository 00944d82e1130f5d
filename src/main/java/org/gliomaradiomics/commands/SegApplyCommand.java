package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.segment.VoxelClassifierModel;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Apply Voxel Classifier",
    description = "Segment a case with a trained voxel classifier; refuses a case whose sequences differ from the model's")
public class SegApplyCommand extends RadiomicsCommand {
    @Parameter(label = "Case folder", style = "directory", description = "Case folder in BraTS naming", persist = false)
    private File case_dir;

    @Parameter(label = "Voxel classifier model", style = "open", description = "Model written by Train Voxel Classifier", persist = false)
    private File model;

    @Parameter(label = "Threads", required = false, description = "Threads (0 = ImageJ's thread setting, all cores by default)", persist = false)
    private int threads;

    @CommandLineRequired
    @Parameter(label = "Save segmentation as", style = "save", required = false, description = "Label map to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        VoxelClassifierModel m = ModelFiles.load(model.toPath(), VoxelClassifierModel.KIND, VoxelClassifierModel.class);
        MriCase c = CaseLoader.open(case_dir.toPath());
        int t = threadBudget().count();
        outputs().image(Inputs.about(case_dir, () -> m.apply(c.sequences(), t, f -> progress().report("classifying", f))), out, "segmentation");
    }
}
