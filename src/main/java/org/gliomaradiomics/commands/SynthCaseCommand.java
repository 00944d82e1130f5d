package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.BratsRegions;
import org.gliomaradiomics.segment.SyntheticCase;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Synthetic Glioma Case",
    description = "Generate a synthetic glioma case (T1, T1c, T2, FLAIR and a BraTS label map of known volumes), deterministic from a seed")
public class SynthCaseCommand extends RadiomicsCommand {
    /** BraTS file suffixes of the generator's sequences. */
    static final Map<String, String> SUFFIX = Map.of(SyntheticCase.T1, "t1", SyntheticCase.T1C, "t1ce", SyntheticCase.T2, "t2", SyntheticCase.FLAIR, "flair");

    @Parameter(label = "Seed", description = "Random seed", persist = false)
    private long seed = 1;

    @Parameter(label = "Size (voxels x,y,z)", required = false, description = "Grid size x,y,z in voxels", persist = false)
    private String size = "96,96,64";

    @Parameter(label = "Voxel size (mm x,y,z)", required = false, description = "Voxel spacing x,y,z in mm", persist = false)
    private String spacing = "2,2,2";

    @Parameter(label = "Label convention", choices = {"2017-2021", "2023"}, description = "Enhancing tumour label 4 (2017-2021) or 3 (2023)", persist = false)
    private String convention = "2017-2021";

    @Parameter(label = "Case ID", required = false, description = "Case id used in file names (default synth-SEED)", persist = false)
    private String id = "";

    @Parameter(label = "Output folder", style = "directory", description = "Folder to write the case into (BraTS naming)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        int[] n = ints(size, "size");
        double[] s = doubles(spacing, "spacing");
        SyntheticCase.Options o = new SyntheticCase.Options().convention(
            convention.equals("2023") ? BratsRegions.Convention.BRATS_2023 : BratsRegions.Convention.BRATS_2017_2021);
        SyntheticCase c = SyntheticCase.generate(seed, n, s, o);
        String caseId = id.isEmpty() ? "synth-" + seed : id;
        Path dir = out.toPath();
        Files.createDirectories(dir);
        int k = 0;
        for (Map.Entry<String, Volume> e : c.sequences().entrySet()) {
            progress().report("writing " + e.getKey(), k++ / 5.0);
            ImageIO.write(e.getValue(), dir.resolve(caseId + "_" + SUFFIX.get(e.getKey()) + ".nii.gz"));
        }
        ImageIO.write(c.labels(), dir.resolve(caseId + "_seg.nii.gz"));
        Table truth = new Table("region", "volume_mm3");
        for (Map.Entry<Integer, Double> e : c.labelVolumesMm3().entrySet()) truth.addRow("label " + e.getKey(), e.getValue());
        for (BratsRegions.Region r : BratsRegions.Region.values()) truth.addRow(r.abbreviation, c.regionVolumeMm3(r));
        CsvWriter.write(truth, dir.resolve(caseId + "_truth.csv"));
        outputs().message("wrote " + caseId + " to " + dir);
    }

    static int[] ints(String text, String option) {
        double[] d = doubles(text, option);
        int[] r = new int[d.length];
        for (int i = 0; i < d.length; i++) r[i] = (int) d[i];
        return r;
    }

    static double[] doubles(String text, String option) {
        String[] p = text.trim().split("[,x\\s]+");
        if (p.length != 3) throw new UsageException("--" + option + ": expected three values x,y,z, got '" + text + "'");
        double[] r = new double[3];
        try {
            for (int i = 0; i < 3; i++) r[i] = Double.parseDouble(p[i]);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + ": '" + text + "' is not three numbers");
        }
        return r;
    }
}
