package org.gliomaradiomics.commands;

import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.ij1.LabelRois;
import org.gliomaradiomics.image.Volume;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>ROIs to Label Map",
    description = "Turn ROIs (a RoiSet .zip, or the ROI Manager in Fiji) named label-L-zZZZ back into a label map on an image's grid")
public class RoisToLabelsCommand extends RadiomicsCommand {
    @Parameter(label = "reference", style = "open", description = "Image whose grid (size, spacing, origin, direction) the label map takes")
    private File reference;

    @Parameter(label = "rois", style = "open", required = false, description = "RoiSet .zip (in Fiji, empty = the ROI Manager's ROIs)")
    private File rois;

    @Parameter(label = "out", style = "save", required = false, description = "Label map to write")
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume ref = Inputs.image(reference, "reference");
        List<Roi> list;
        if (rois != null) list = LabelRois.readZip(rois.toPath());
        else if (!CommandEnvironment.commandLine() && RoiManager.getInstance() != null) list = Arrays.asList(RoiManager.getInstance().getRoisAsArray());
        else throw new CommandException("--rois is required (no ROI Manager is open)");
        Outputs.image(Inputs.about(rois, () -> LabelRois.toLabels(list, ref.geometry())), out, "labels");
    }
}
