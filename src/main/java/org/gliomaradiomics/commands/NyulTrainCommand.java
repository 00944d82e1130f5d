package org.gliomaradiomics.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.BrainMask;
import org.gliomaradiomics.preprocess.NyulLandmarks;
import org.gliomaradiomics.preprocess.NyulStandardizer;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Preprocess>Train Nyul Landmarks",
    description = "Learn Nyul-Udupa histogram landmarks from a set of images (optionally with masks) for later standardisation")
public class NyulTrainCommand extends RadiomicsCommand {
    @Parameter(label = "Images (comma-separated files)", description = "Images, comma-separated", persist = false)
    private String images;

    @Parameter(label = "Masks (comma-separated files)", required = false, description = "Masks in the same order, comma-separated (default: a rough brain mask of each image)", persist = false)
    private String masks = "";

    @Parameter(label = "Save landmarks as (CSV)", style = "save", description = "Landmarks CSV to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        List<String> files = DatasetCommand.list(images), maskFiles = DatasetCommand.list(masks);
        if (!maskFiles.isEmpty() && maskFiles.size() != files.size())
            throw new UsageException("--masks: " + maskFiles.size() + " masks for " + files.size() + " images");
        List<Volume> vols = new ArrayList<>();
        List<boolean[]> ms = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress().report("reading " + files.get(i), (double) i / files.size());
            Volume v = ImageInput.parse(files.get(i)).read(context());
            vols.add(v);
            // Without masks, the landmarks are learnt on the head (rough brain mask), not on the background.
            ms.add(maskFiles.isEmpty() ? BrainMask.compute(v, BrainMask.Settings.defaults()) : Inputs.optionalMask(MaskInput.parse(maskFiles.get(i)), v.geometry(), context()));
        }
        NyulLandmarks l = Inputs.about(null, () -> NyulStandardizer.train(vols, ms));
        AtomicFiles.writeText(out.toPath(), w -> w.write(l.toCsv()));
        outputs().message("trained landmarks on " + vols.size() + " image(s); wrote " + out);
    }
}
