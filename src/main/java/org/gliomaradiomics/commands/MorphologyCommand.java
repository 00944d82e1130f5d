package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.ConnectedComponents;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.mask.Morphology;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Binary Morphology",
    description = "Dilate, erode, open or close a mask with a ball of radius in mm (exact on anisotropic voxels), or fill its 3D holes")
public class MorphologyCommand extends RadiomicsCommand {
    @Parameter(label = "Mask", description = "Mask (non-zero voxels are foreground)", persist = false)
    private ImageInput mask;

    @Parameter(label = "Operation", choices = {"dilate", "erode", "open", "close", "fill-holes"}, description = "Operation", persist = false)
    private String operation = "dilate";

    @Parameter(label = "Radius (mm)", required = false, description = "Ball radius in mm (not used by fill-holes)", persist = false)
    private double radius_mm = 1;

    @CommandLineRequired
    @Parameter(label = "Save mask as", style = "save", required = false, description = "Mask to write (0/1)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume m = mask.readLabels(context());
        Geometry g = m.geometry();
        boolean[] fg = Masks.nonZero(m);
        boolean[] result = Inputs.about(mask, () -> switch (operation) {
            case "erode" -> Morphology.erode(fg, g, radius_mm);
            case "open" -> Morphology.open(fg, g, radius_mm);
            case "close" -> Morphology.close(fg, g, radius_mm);
            case "fill-holes" -> ConnectedComponents.fillHoles(fg, g, Connectivity.SIX);
            default -> Morphology.dilate(fg, g, radius_mm);
        });
        if (Masks.count(result) == 0)
            outputs().warning(mask.name() + ": " + operation + (Masks.count(fg) == 0 ? ": the input mask is empty" : " by " + radius_mm + " mm removes every voxel") + "; writing an empty mask");
        outputs().image(Masks.toVolume(result, g), out, operation);
    }
}
