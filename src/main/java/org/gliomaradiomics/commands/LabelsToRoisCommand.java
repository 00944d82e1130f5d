package org.gliomaradiomics.commands;

import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.List;
import org.gliomaradiomics.ij1.LabelRois;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Label Map to ROIs",
    description = "Turn a label map into one ROI per label and axial slice (ROI Manager, or a RoiSet .zip) for editing by hand")
public class LabelsToRoisCommand extends RadiomicsCommand {
    @Parameter(label = "labels", style = "open", description = "Label map")
    private File labels;

    @Parameter(label = "out", style = "save", required = false, description = "RoiSet .zip to write (optional in Fiji: the ROI Manager gets them)")
    private File out;

    @Override
    protected void execute() throws Exception {
        List<Roi> rois = LabelRois.toRois(Inputs.image(labels, "labels"));
        if (out != null) LabelRois.writeZip(rois, out.toPath());
        else if (CommandEnvironment.commandLine()) throw new CommandException("--out is required on the command line");
        if (!CommandEnvironment.commandLine() && !GraphicsEnvironment.isHeadless()) {
            RoiManager rm = RoiManager.getInstance() != null ? RoiManager.getInstance() : new RoiManager();
            for (Roi r : rois) rm.addRoi(r);
        }
        Outputs.message(rois.size() + " ROI(s)" + (out == null ? "" : " written to " + out));
    }
}
