package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.DatasetWriter;
import org.gliomaradiomics.learn.WekaData;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Classify>Build Dataset",
    description = "Join feature tables with a clinical table and a target; write ARFF (opens in Weka's Explorer) or CSV")
public class DatasetExportCommand extends DatasetCommand {
    @Parameter(label = "Save dataset as (ARFF or CSV)", style = "save", description = "Dataset to write (.arff or .csv)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Dataset d = dataset(true, null);
        if (out.getName().toLowerCase().endsWith(".arff"))
            AtomicFiles.writeText(out.toPath(), w -> WekaData.saveArff(d, out.getName().replaceFirst("\\.arff$", ""), w));
        else AtomicFiles.writeText(out.toPath(), w -> DatasetWriter.writeWideCsv(d, w));
        outputs().message("wrote " + out);
    }
}
