package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.LabelStatistics;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Label Statistics",
    description = "Per-label voxel count, volume (mm3), intensity mean/std/min/max, centroid (world mm) and bounding box")
public class LabelStatsCommand extends RadiomicsCommand {
    @Parameter(label = "image", description = "Intensity image", style = "open")
    private File image;

    @Parameter(label = "mask", description = "Label map on the same grid (0 = background)", style = "open")
    private File mask;

    @Parameter(label = "out", description = "CSV file to write (optional: standard output / Results table)", style = "save", required = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        progress().report("reading", 0);
        Volume img = ImageIO.read(image.toPath());
        Volume labels = ImageIO.readMask(mask.toPath(), img.geometry());
        progress().report("measuring", 0.7);
        try {
            Outputs.table(LabelStatistics.compute(img, labels), out, "Label Statistics");
        } catch (IllegalArgumentException e) {
            throw new CommandException(mask + ": " + e.getMessage());
        }
        progress().report("done", 1);
    }
}
