package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.ConnectedComponents;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.Masks;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Connected Components",
    description = "Label the connected components of a mask (largest = 1), drop small ones, or keep the largest")
public class ComponentsCommand extends RadiomicsCommand {
    @Parameter(label = "Mask", description = "Mask (non-zero voxels are foreground)", persist = false)
    private ImageInput mask;

    @Parameter(label = "Connectivity (neighbours)", choices = {"6", "18", "26"}, description = "Neighbourhood", persist = false)
    private String connectivity = "26";

    @Parameter(label = "Minimum size (mm³)", required = false, description = "Remove components smaller than this volume", persist = false)
    private double min_size_mm3;

    @Parameter(label = "Keep the largest only", required = false, description = "Keep only the largest component", persist = false)
    private boolean keep_largest;

    @CommandLineRequired
    @Parameter(label = "Save components as", style = "save", required = false, description = "Label map of components (1 = largest)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume m = mask.readLabels(context());
        Connectivity c = Connectivity.of(Integer.parseInt(connectivity));
        boolean[] fg = Masks.nonZero(m);
        if (min_size_mm3 > 0) fg = ConnectedComponents.removeSmallerThanMm3(fg, m.geometry(), c, min_size_mm3);
        if (keep_largest) fg = ConnectedComponents.keepLargest(fg, m.geometry(), c);
        ConnectedComponents.Labelling l = ConnectedComponents.label(fg, m.geometry(), c, ConnectedComponents.Order.SIZE);
        if (l.count() == 0) outputs().warning(mask.name() + ": no component" + (min_size_mm3 > 0 ? " of at least " + min_size_mm3 + " mm3" : "") + "; writing an empty label map");
        outputs().message(l.count() + " component(s)");
        outputs().image(l.toVolume(), out, "components");
    }
}
