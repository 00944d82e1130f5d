package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.DicomSeriesReader;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Convert Image",
    description = "Convert an image between NIfTI, NRRD, TIFF and DICOM series, keeping voxels and geometry")
public class ConvertCommand extends RadiomicsCommand {
    @Parameter(label = "Image", description = "Image to read (.nii, .nii.gz, .nrrd, .nhdr, .tif, a DICOM file or a DICOM folder)", persist = false)
    private ImageInput input;

    @Parameter(label = "Save image as", description = "Image to write (.nii, .nii.gz, .nrrd, .tif; .dcm: a label map as DICOM SEG); each echo of a DICOM series gets its own file (name_e1, name_e2...)",
        style = "save", persist = false)
    private File out;

    @Parameter(label = "DICOM series", required = false, persist = false,
        description = "Series Number or Series Instance UID to convert when the DICOM folder holds several (the error lists them)")
    private String series = "";

    @Override
    protected void execute() throws Exception {
        progress().report("reading " + input.name(), 0);
        Path in = input.file();
        if (Files.exists(in) && isDicom(in)) { // a DICOM path (an open image of that title is improbable)
            convertDicom(in);
            return;
        }
        if (series != null && !series.isBlank()) throw new UsageException("--series applies to DICOM input only");
        Volume v = input.read(context());
        progress().report("writing " + out.getName(), 0.5);
        ImageIO.write(v, out.toPath());
        progress().report("done", 1);
        outputs().message("wrote " + out + " (" + v.geometry().sizeString() + ", " + v.type() + ")");
    }

    private static boolean isDicom(Path p) throws java.io.IOException {
        return Files.isDirectory(p) || Files.isRegularFile(p) && ImageIO.detect(p) == ImageIO.Format.DICOM;
    }

    /** One output per stack (echo) of the chosen series; with several, the stack suffix goes before the extension. */
    private void convertDicom(Path in) throws Exception {
        List<DicomSeriesReader.Stack> stacks;
        try {
            stacks = DicomSeriesReader.readAll(in, series);
        } catch (org.gliomaradiomics.image.ImageFormatException e) { // bad input (or no --series where one is needed): exit code 2
            throw new UsageException(e.getMessage());
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < stacks.size(); i++) {
            DicomSeriesReader.Stack s = stacks.get(i);
            Path target = withSuffix(out.toPath(), s.suffix());
            progress().report("writing " + target.getFileName(), 0.5 + 0.5 * i / stacks.size());
            ImageIO.write(s.volume(), target);
            written.add(target + " (" + s.volume().geometry().sizeString() + ", " + s.volume().type() + (stacks.size() > 1 ? ", " + s.description() : "") + ")");
        }
        progress().report("done", 1);
        outputs().message("wrote " + String.join("; ", written));
    }

    /** {@code brain.nii.gz} with suffix {@code _e2} is {@code brain_e2.nii.gz}. */
    static Path withSuffix(Path file, String suffix) {
        if (suffix.isEmpty()) return file;
        String name = file.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".nii.gz") ? name.length() - 7 : name.lastIndexOf('.');
        if (dot <= 0) dot = name.length();
        return file.resolveSibling(name.substring(0, dot) + suffix + name.substring(dot));
    }
}
