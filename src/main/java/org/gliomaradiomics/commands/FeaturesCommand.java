package org.gliomaradiomics.commands;

import java.io.File;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.FeatureDefinition;
import org.gliomaradiomics.features.FeatureRegistry;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>List Radiomics Features",
    description = "List every feature: name, family, IBSI code and PyRadiomics name")
public class FeaturesCommand extends RadiomicsCommand {
    @Parameter(label = "Save list as (CSV)", description = "CSV file to write (optional)", style = "save", required = false, persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Table t = new Table("feature", "family", "ibsi_code", "pyradiomics");
        Set<String> listed = new HashSet<>();
        for (FeatureDefinition f : FeatureRegistry.allFeatures()) {
            t.addRow(f.name(), f.family(), f.ibsiCode(), f.pyradiomicsFeature());
            listed.add(f.pyradiomicsFeature());
        }
        // PyRadiomics features without an IBSI counterpart
        Map<String, List<String>> pyradiomics = new LinkedHashMap<>();
        for (String c : FeatureRegistry.PYRADIOMICS_CLASSES) pyradiomics.put(c, FeatureRegistry.pyradiomicsClass(c).names());
        for (Map.Entry<String, List<String>> c : pyradiomics.entrySet())
            for (String name : c.getValue())
                if (!listed.contains(c.getKey() + "_" + name)) t.addRow(name, c.getKey(), "", c.getKey() + "_" + name);
        outputs().table(t, out, "Radiomics Features");
    }
}
