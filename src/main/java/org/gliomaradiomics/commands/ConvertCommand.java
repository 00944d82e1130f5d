package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Convert Image",
    description = "Convert an image between NIfTI, NRRD, TIFF and DICOM series, keeping voxels and geometry")
public class ConvertCommand extends RadiomicsCommand {
    @Parameter(label = "input", description = "Image to read (.nii, .nii.gz, .nrrd, .nhdr, .tif, or a DICOM folder)", style = "open")
    private File input;

    @Parameter(label = "out", description = "Image to write (.nii, .nii.gz, .nrrd, .tif)", style = "save")
    private File out;

    @Override
    protected void execute() throws Exception {
        progress().report("reading " + input.getName(), 0);
        Volume v = ImageIO.read(input.toPath());
        progress().report("writing " + out.getName(), 0.5);
        ImageIO.write(v, out.toPath());
        progress().report("done", 1);
        Outputs.message("wrote " + out + " (" + v.geometry().sizeString() + ", " + v.type() + ")");
    }
}
