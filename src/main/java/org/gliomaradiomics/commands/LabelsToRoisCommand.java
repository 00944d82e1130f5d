package org.gliomaradiomics.commands;

import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.List;
import org.gliomaradiomics.image.LabelRois;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Label Map to ROIs",
    description = "Turn a label map into one ROI per label and axial slice (ROI Manager, or a RoiSet .zip) for editing by hand")
public class LabelsToRoisCommand extends RadiomicsCommand {
    @Parameter(label = "Label map", description = "Label map", persist = false)
    private ImageInput labels;

    @CommandLineRequired
    @Parameter(label = "Save RoiSet as (.zip)", style = "save", required = false, description = "RoiSet .zip to write (optional in Fiji: the ROI Manager gets them)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        List<Roi> rois = LabelRois.toRois(labels.readLabels(context()));
        if (out != null) LabelRois.writeZip(rois, out.toPath());
        else if (commandLine()) throw new UsageException("--out is required on the command line");
        if (!commandLine() && !GraphicsEnvironment.isHeadless()) {
            RoiManager rm = RoiManager.getInstance() != null ? RoiManager.getInstance() : new RoiManager();
            for (Roi r : rois) rm.addRoi(r);
        }
        outputs().message(rois.size() + " ROI(s)" + (out == null ? "" : " written to " + out));
    }
}
