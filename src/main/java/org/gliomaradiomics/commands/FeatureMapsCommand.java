package org.gliomaradiomics.commands;

import java.io.File;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Voxel-wise feature maps of one region: every enabled feature in a neighbourhood of each ROI voxel. */
@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Radiomics Feature Maps",
    description = "Voxel-wise feature maps (GLCM by default) in a (2R+1)^3 neighbourhood of each voxel of one region, one float NIfTI per feature")
public class FeatureMapsCommand extends RadiomicsCommand {
    @Section("Image and region")
    @Parameter(label = "Image", persist = false, description = "Image file, or an open image (a hyperstack channel as title::t1ce)")
    private ImageInput image;

    @Parameter(label = "Mask", persist = false,
        description = "Label map (file; DICOM SEG or RTSTRUCT, ROIs by name as RS.dcm::GTV,Edema, or a study folder holding one; open image), or in ImageJ <roi-manager>, <selection> (the current slice) or <selection:all-slices>")
    private MaskInput mask;

    @Parameter(label = "Region (label)", persist = false, required = false, description = "The label to map (empty = the parameter file's label, default 1)")
    private String label = "";

    @Section("Settings")
    @Parameter(label = "Parameter file (YAML)", style = "open", persist = false, required = false,
        description = "Feature classes and image types to map (featureClass, imageType), PyRadiomics layout plus IBSI keys")
    private File params;

    @Parameter(label = "Conventions", choices = {"auto", "ibsi", "pyradiomics"}, persist = false,
        description = "ibsi: IBSI definitions; pyradiomics: PyRadiomics' definitions and names (auto: the file's setting.conventions, else pyradiomics for a file with PyRadiomics-only settings, else ibsi)")
    private String conventions = "auto";

    @Parameter(label = "Kernel radius (voxels)", persist = false, description = "Neighbourhood radius R: a (2R+1)^3 kernel")
    private int kernel_radius = 1;

    @Section("Output")
    @Parameter(label = "Folder for the maps", style = "directory", persist = false, description = "Folder for <image_type>_<family>_<feature>.nii.gz")
    private File out_dir;

    @Override
    protected void execute() throws Exception {
        ExtractionSetup setup = ExtractionSetup.of(params, conventions, label, outputs());
        if (setup.regions().size() != 1) throw new UsageException("feature maps take one label at a time; give a label number");
        int lab;
        try {
            lab = Integer.parseInt(setup.regions().get(0));
        } catch (NumberFormatException e) {
            throw new UsageException("feature maps need a label number, got '" + setup.regions().get(0) + "'");
        }
        Inputs.ImageAndMask in = Inputs.imageAndMask(image, mask, context());
        Inputs.about(in.maskFile(), () -> {
            VoxelMapsRunner.run(in.image(), in.mask(), lab, setup.params(), setup.ibsi(), kernel_radius, out_dir.toPath(), context(), outputs());
            return null;
        });
    }
}
