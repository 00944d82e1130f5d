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
    @Parameter(label = "Image", description = "Image to read (.nii, .nii.gz, .nrrd, .nhdr, .tif, or a DICOM folder)", persist = false)
    private ImageInput input;

    @Parameter(label = "Save image as", description = "Image to write (.nii, .nii.gz, .nrrd, .tif)", style = "save", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        progress().report("reading " + input.name(), 0);
        Volume v = input.read(context());
        progress().report("writing " + out.getName(), 0.5);
        ImageIO.write(v, out.toPath());
        progress().report("done", 1);
        outputs().message("wrote " + out + " (" + v.geometry().sizeString() + ", " + v.type() + ")");
    }
}
