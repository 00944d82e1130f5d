package org.gliomaradiomics.commands;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.ij1.LabelRois;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.Volume;

/** Inputs taken from what is open in ImageJ when no file is given: the current image, the ROI Manager's ROIs. */
final class ImageJInputs {
    private ImageJInputs() {}

    static boolean available() {
        return !CommandEnvironment.commandLine();
    }

    static Volume currentImage(String what) {
        ImagePlus imp = available() ? WindowManager.getCurrentImage() : null;
        if (imp == null) throw new CommandException("no " + what + " given and no image is open");
        return ImagePlusViews.fromImagePlus(imp);
    }

    /** A label map on {@code grid} from the ROI Manager (ROIs named label-L-zZZZ keep their labels; others are 1),
     * or from the current image's selection on every slice. */
    static Volume roiMask(Geometry grid) {
        if (!available()) throw new CommandException("no mask given");
        RoiManager rm = RoiManager.getInstance();
        if (rm != null && rm.getCount() > 0) {
            List<Roi> rois = Arrays.asList(rm.getRoisAsArray());
            for (Roi r : rois) if (r.getPosition() == 0 && (r.getName() == null || !r.getName().startsWith("label-")))
                throw new CommandException("ROI '" + r.getName() + "' has no slice position; use Label Map to ROIs naming or set positions");
            return LabelRois.toLabels(rois, grid);
        }
        ImagePlus imp = WindowManager.getCurrentImage();
        Roi roi = imp == null ? null : imp.getRoi();
        if (roi == null) throw new CommandException("no mask given, the ROI Manager is empty and the image has no selection");
        Roi[] all = new Roi[grid.nz];
        for (int z = 0; z < grid.nz; z++) {
            Roi copy = (Roi) roi.clone();
            copy.setName(String.format("label-1-z%03d", z + 1));
            copy.setPosition(z + 1);
            all[z] = copy;
        }
        return LabelRois.toLabels(Arrays.asList(all), grid);
    }
}
