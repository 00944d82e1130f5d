package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.features.FeatureDefinition;
import org.gliomaradiomics.features.FeatureRegistry;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>List Radiomics Features",
    description = "List every feature the extractor computes: name, family and IBSI code")
public class FeaturesCommand extends RadiomicsCommand {
    @Parameter(label = "Save list as (CSV)", description = "CSV file to write (optional)", style = "save", required = false, persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Table t = new Table("feature", "family", "ibsi_code");
        for (FeatureDefinition f : FeatureRegistry.allFeatures()) t.addRow(f.name(), f.family(), f.ibsiCode());
        outputs().table(t, out, "Radiomics Features");
    }
}
