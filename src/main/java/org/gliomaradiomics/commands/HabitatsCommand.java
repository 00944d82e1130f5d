package org.gliomaradiomics.commands;

import ij.ImagePlus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.TextFiles;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.BratsRegions;
import org.gliomaradiomics.segment.Habitats;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Tumour habitats: voxel-wise clusters of the normalised sequences inside the tumour, one label map per case. */
@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Tumour Habitats",
    description = "Cluster the tumour's voxels on their z-scored T1c, T2 and FLAIR intensities (k-means; k given or by silhouette) into habitats with the same identity in every case; habitat maps, volumes and fractions")
public class HabitatsCommand extends RadiomicsCommand {
    @Section("Cases")
    @Parameter(label = "Case folders (comma-separated)", persist = false,
        description = "BraTS-named case folders; a model is fitted on the pooled tumour voxels of all of them unless a model is given")
    private String cases;

    @Parameter(label = "Sequences", persist = false, description = "Sequences clustered, in order (habitat 1 has the lowest centre in the first); t1ce/t1c, t2/t2w and flair/t2f are the same")
    private String sequences = "t1ce,t2,flair";

    @Parameter(label = "Region", choices = {"WT", "TC", "ET"}, persist = false, description = "BraTS sub-region clustered (from each case's label map)")
    private String region = "WT";

    @Section("Clustering")
    @Parameter(label = "Habitats k (0 = by silhouette)", persist = false, description = "Number of habitats; 0 chooses 2..6 by the mean silhouette")
    private int k;

    @Parameter(label = "Seed", persist = false, description = "Seed of the k-means starts and of the silhouette sample")
    private long seed = 1;

    @Parameter(label = "Apply model", style = "open", required = false, persist = false, description = "A saved habitat model: assign habitats with it instead of fitting")
    private File model;

    @Parameter(label = "Save model as", style = "save", required = false, persist = false, description = "Write the fitted model (plain text: sequences and centres)")
    private File save_model;

    @Section("Output")
    @Parameter(label = "Output folder", style = "directory", required = false, persist = false,
        description = "Folder for <case>_habitats.nii.gz and habitats.csv (required on the command line)")
    private File out_dir;

    @Override
    protected void execute() throws Exception {
        if (out_dir == null && commandLine()) throw new CommandException("--out-dir is required on the command line");
        List<String> names = List.of(sequences.trim().split("\\s*,\\s*"));
        List<MriCase> loaded = new ArrayList<>();
        List<boolean[]> regions = new ArrayList<>();
        List<double[][]> points = new ArrayList<>();
        String[] folders = cases.trim().split("\\s*,\\s*");
        for (int i = 0; i < folders.length; i++) {
            progress().report("reading " + folders[i], 0.5 * i / folders.length);
            MriCase c = CaseLoader.open(Path.of(folders[i]));
            Volume labels = c.labels().orElseThrow(() -> new CommandException(c.id() + ": no label map (*_seg) to take the " + region + " from"));
            boolean[] r = BratsRegions.region(labels, java.util.Arrays.stream(BratsRegions.Region.values())
                .filter(x -> x.abbreviation.equals(region)).findFirst().orElseThrow());
            List<Volume> seq = sequencesOf(c, names);
            double[][] x = Inputs.about(folders[i], () -> Habitats.points(seq, r, Habitats.nonZeroInAll(seq)));
            if (x.length == 0) throw new CommandException(folders[i] + ": the " + region + " region is empty");
            loaded.add(c);
            regions.add(r);
            points.add(x);
        }
        progress().report("clustering", 0.5);
        Habitats.Model m = model != null ? Habitats.Model.parse(TextFiles.read(model.toPath()), model.toString()) : Inputs.about(null, () -> Habitats.fit(pooled(points), names, k, seed));
        if (model != null && !sameSequences(m.sequences(), names))
            throw new CommandException(model + ": the model clusters " + String.join(",", m.sequences()) + ", not " + String.join(",", names));
        if (save_model != null) AtomicFiles.writeText(save_model.toPath(), w -> w.write(m.toText()));
        Table table = new Table(columns(m));
        if (out_dir != null) Files.createDirectories(out_dir.toPath());
        for (int i = 0; i < loaded.size(); i++) {
            MriCase c = loaded.get(i);
            int[] h = Habitats.assign(m, points.get(i));
            Volume map = habitatMap(c, regions.get(i), h);
            if (out_dir != null) org.gliomaradiomics.image.ImageIO.write(map, out_dir.toPath().resolve(c.id() + "_habitats.nii.gz"));
            addRows(table, c, h, m);
            if (i == 0 && !commandLine()) outputs().show(overlay(c, names.get(0), map, m.k()));
        }
        outputs().table(table, out_dir == null ? null : new File(out_dir, "habitats.csv"), "Habitats");
        outputs().message(loaded.size() + " case(s), " + m.k() + " habitats" + (model != null ? " (model " + model + ")" : ""));
    }

    private static double[][] pooled(List<double[][]> points) {
        List<double[]> all = new ArrayList<>();
        for (double[][] x : points) all.addAll(List.of(x));
        return all.toArray(new double[0][]);
    }

    private static List<String> columns(Habitats.Model m) {
        List<String> cols = new ArrayList<>(List.of("case", "habitat", "voxels", "volume_mm3", "fraction"));
        for (String s : m.sequences()) cols.add("centre_" + s);
        return cols;
    }

    private static void addRows(Table t, MriCase c, int[] h, Habitats.Model m) {
        double[] spacing = c.geometry().spacing();
        double voxelMm3 = spacing[0] * spacing[1] * spacing[2];
        for (int habitat = 1; habitat <= m.k(); habitat++) {
            int n = 0;
            for (int v : h) if (v == habitat) n++;
            List<Object> row = new ArrayList<>(List.of(c.id(), habitat, n, n * voxelMm3, (double) n / h.length));
            for (double centre : m.centres()[habitat - 1]) row.add(centre);
            t.addRow(row.toArray());
        }
    }

    private static Volume habitatMap(MriCase c, boolean[] region, int[] habitat) {
        double[] v = new double[region.length];
        for (int i = 0, j = 0; i < region.length; i++) if (region[i]) v[i] = habitat[j++];
        return new Volume(c.geometry(), v, DataType.UINT8);
    }

    /** The case's sequences by name (BraTS 2023 aliases accepted), in the order asked for. */
    private static List<Volume> sequencesOf(MriCase c, List<String> names) {
        List<Volume> out = new ArrayList<>();
        for (String n : names) out.add(c.sequences().entrySet().stream().filter(e -> same(e.getKey(), n)).map(java.util.Map.Entry::getValue)
            .findFirst().orElseThrow(() -> new CommandException(c.id() + ": no sequence '" + n + "' (has " + String.join(", ", c.sequences().keySet()) + ")")));
        return out;
    }

    private static boolean sameSequences(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!same(a.get(i), b.get(i))) return false;
        return true;
    }

    private static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "t1c", "t1gd" -> "t1ce";
            case "t2w" -> "t2";
            case "t2f" -> "flair";
            case "t1n" -> "t1";
            default -> l;
        };
    }

    /** Background black, habitats 1..6 in the Okabe-Ito colour-blind-safe palette (orange, sky blue, green, yellow, blue, vermillion). */
    private static ij.process.LUT habitatColours() {
        int[] rgb = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00};
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        for (int i = 1; i < 256; i++) {
            int c = rgb[(i - 1) % rgb.length];
            r[i] = (byte) (c >> 16);
            g[i] = (byte) (c >> 8);
            b[i] = (byte) c;
        }
        return new ij.process.LUT(r, g, b);
    }

    /** In ImageJ: the first sequence with the habitat map as a coloured second channel over it. */
    private static ImagePlus overlay(MriCase c, String first, Volume map, int k) {
        ImagePlus image = ImagePlusViews.toImagePlus(sequencesOf(c, List.of(first)).get(0), first);
        ImagePlus labels = ImagePlusViews.toImagePlus(map, "habitats");
        // the label value is the colour table's index (range 0..255); the image dimmed so that the colours read
        return LabelOverlay.hyperstack(c.id() + " habitats", List.of(new LabelOverlay.Frame(first, image, "habitats", labels)), 1, habitatColours(), 255, 2);
    }
}
