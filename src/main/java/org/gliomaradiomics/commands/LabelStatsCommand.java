package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.segment.LabelStatistics;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Label Statistics",
    description = "Per-label voxel count, volume (mm3), intensity mean/std/min/max, centroid (world mm) and bounding box")
public class LabelStatsCommand extends RadiomicsCommand {
    @Parameter(label = "Image", description = "Intensity image", persist = false)
    private ImageInput image;

    @Parameter(label = "Mask", description = "Label map on the same grid (0 = background)", persist = false)
    private MaskInput mask;

    @Parameter(label = "Save table as (CSV)", description = "CSV file to write (optional: standard output / Results table)", style = "save", required = false, persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        progress().report("reading", 0);
        Inputs.ImageAndMask in = Inputs.imageAndMask(image, mask, context());
        progress().report("measuring", 0.7);
        Table stats = Inputs.about(in.maskFile() != null ? in.maskFile() : in.maskInput(), () -> LabelStatistics.compute(in.image(), in.mask()));
        outputs().table(stats, out, "Label Statistics");
        progress().report("done", 1);
    }
}
