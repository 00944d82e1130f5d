package org.gliomaradiomics.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gliomaradiomics.longitudinal.LongitudinalPhantom;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Longitudinal>Synthetic Follow-up Series",
    description = "Generate synthetic follow-up series (reaction-diffusion tumour growth, resection cavity, radiotherapy) for the scenarios progression, pseudoprogression, response and stable, with known truth")
public class SynthSeriesCommand extends RadiomicsCommand {
    @Parameter(label = "Scenario", choices = {"all", "progression", "pseudoprogression", "response", "stable"}, description = "Scenario (all = one patient per scenario)", persist = false)
    private String scenario = "all";

    @Parameter(label = "Seed", required = false, description = "Random seed", persist = false)
    private long seed = 1;

    @Parameter(label = "Size (voxels x,y,z)", required = false, description = "Grid size x,y,z in voxels", persist = false)
    private String size = "64,64,40";

    @Parameter(label = "Voxel size (mm x,y,z)", required = false, description = "Voxel spacing x,y,z in mm", persist = false)
    private String spacing = "2,2,2";

    @Parameter(label = "Patient motion", required = false, description = "Random rigid motion between scans", persist = false)
    private boolean motion;

    @Parameter(label = "Output folder", style = "directory", description = "Folder for the patients' scans, series.csv, events.csv and truth.csv", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        int[] n = SynthCaseCommand.ints(size, "size");
        double[] s = SynthCaseCommand.doubles(spacing, "spacing");
        LongitudinalPhantom.Options o = new LongitudinalPhantom.Options().size(n[0], n[1], n[2]).spacing(s[0], s[1], s[2]);
        if (motion) o.motion(true, 3, 3);
        List<LongitudinalPhantom> patients = new ArrayList<>();
        int k = 0;
        for (LongitudinalPhantom.Scenario sc : LongitudinalPhantom.Scenario.values()) {
            String name = sc == LongitudinalPhantom.Scenario.TRUE_PROGRESSION ? "progression" : sc.name().toLowerCase(Locale.ROOT);
            if (!scenario.equals("all") && !scenario.equals(name)) continue;
            progress().report("generating " + name, k++ / 4.0);
            patients.add(LongitudinalPhantom.generate(name, sc, seed + k, o));
        }
        LongitudinalFiles.writePhantoms(out.toPath(), patients);
        outputs().message("wrote " + patients.size() + " patient(s) to " + out);
    }
}
