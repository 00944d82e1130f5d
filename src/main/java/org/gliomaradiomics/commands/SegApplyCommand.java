package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.segment.VoxelClassifierModel;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Apply Voxel Classifier",
    description = "Segment a case with a trained voxel classifier; refuses a case whose sequences differ from the model's")
public class SegApplyCommand extends RadiomicsCommand {
    @Parameter(label = "case_dir", style = "directory", description = "Case folder in BraTS naming")
    private File case_dir;

    @Parameter(label = "model", style = "open", description = "Model written by Train Voxel Classifier")
    private File model;

    @Parameter(label = "threads", required = false, description = "Threads (0 = all cores)")
    private int threads;

    @Parameter(label = "out", style = "save", required = false, description = "Label map to write")
    private File out;

    @Override
    protected void execute() throws Exception {
        VoxelClassifierModel m = VoxelClassifierModel.load(model.toPath());
        MriCase c = CaseLoader.open(case_dir.toPath());
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Outputs.image(Inputs.about(case_dir, () -> m.apply(c.sequences(), t, f -> progress().report("classifying", f))), out, "segmentation");
    }
}
