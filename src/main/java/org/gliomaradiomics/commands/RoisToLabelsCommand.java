package org.gliomaradiomics.commands;

import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.image.LabelRois;
import org.gliomaradiomics.image.Volume;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>ROIs to Label Map",
    description = "Turn ROIs (a RoiSet .zip, or the ROI Manager in Fiji) named label-L-zZZZ back into a label map on an image's grid")
public class RoisToLabelsCommand extends RadiomicsCommand {
    @Parameter(label = "Reference image (grid)", description = "Image whose grid (size, spacing, origin, direction) the label map takes", persist = false)
    private ImageInput reference;

    @Parameter(label = "RoiSet (.zip)", style = "open", required = false, description = "RoiSet .zip (in Fiji, empty = the ROI Manager's ROIs)", persist = false)
    private File rois;

    @CommandLineRequired
    @Parameter(label = "Save label map as", style = "save", required = false, description = "Label map to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume ref = reference.read(context());
        List<Roi> list;
        if (rois != null) list = LabelRois.readZip(rois.toPath());
        else if (!commandLine() && RoiManager.getInstance() != null) list = Arrays.asList(RoiManager.getInstance().getRoisAsArray());
        else throw new UsageException("--rois is required (no ROI Manager is open)");
        outputs().image(Inputs.about(rois, () -> LabelRois.toLabels(list, ref.geometry())), out, "labels");
    }
}
