package org.gliomaradiomics.commands;

import java.io.File;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.segment.RegionGrowing;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Region Growing",
    description = "3D seeded region growing with a fixed intensity range or an adaptive mean +- k sigma interval")
public class RegionGrowCommand extends RadiomicsCommand {
    @Section("Image and seeds")
    @Parameter(label = "Image", description = "Image to grow in", persist = false)
    private ImageInput image;

    @Parameter(label = "Seeds (x,y,z;...)", required = false, description = "Seed points 'x,y,z;x,y,z' (voxel indices, or world LPS mm with seed_units=mm); in Fiji, empty = the point selection of the current image", persist = false)
    private String seeds = "";

    @Parameter(label = "Seed units", choices = {"voxel", "mm"}, description = "Units of the seed coordinates", persist = false)
    private String seed_units = "voxel";

    @Section("Growing")
    @Parameter(label = "Mode", choices = {"adaptive", "range"}, description = "adaptive: mean +- k sigma re-estimated; range: lower..upper", persist = false)
    private String mode = "adaptive";

    @Parameter(label = "Range low", required = false, description = "range mode: lowest intensity", persist = false)
    private double lower = Double.NEGATIVE_INFINITY;

    @Parameter(label = "Range high", required = false, description = "range mode: highest intensity", persist = false)
    private double upper = Double.POSITIVE_INFINITY;

    @Parameter(label = "Tolerance k (SDs)", required = false, description = "adaptive mode: half-width of the interval in standard deviations", persist = false)
    private double k_sigma = 2.5;

    @Parameter(label = "Iterations", required = false, description = "adaptive mode: re-estimations of the interval", persist = false)
    private int iterations = 4;

    @Parameter(label = "Connectivity (neighbours)", choices = {"6", "18", "26"}, description = "Neighbourhood", persist = false)
    private String connectivity = "6";

    @Parameter(label = "Max radius (mm, 0 = none)", required = false, description = "Exclude voxels farther than this from every seed (0 = no limit)", persist = false)
    private double max_radius_mm;

    @Section("Output")
    @CommandLineRequired
    @Parameter(label = "Save mask as", style = "save", required = false, description = "Mask to write (0/1)", persist = false)
    private File out;

    /** The current image's point selection as 'x,y,z;...' voxel indices (z from each point's slice). */
    private String pointSelection() {
        ij.ImagePlus imp = commandLine() ? null : image.openImage() != null ? image.openImage() : ij.WindowManager.getCurrentImage();
        ij.gui.Roi roi = imp == null ? null : imp.getRoi();
        if (!(roi instanceof ij.gui.PointRoi)) throw new UsageException("--seeds is required (or a point selection on the current image in Fiji)");
        ij.gui.PointRoi points = (ij.gui.PointRoi) roi;
        java.awt.Point[] p = points.getContainedPoints();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            int slice = points.getPointPosition(i);
            if (slice == 0) slice = imp.getCurrentSlice();
            sb.append(i == 0 ? "" : ";").append(p[i].x).append(',').append(p[i].y).append(',').append(slice - 1);
        }
        seed_units = "voxel";
        return sb.toString();
    }

    @Override
    protected void execute() throws Exception {
        Volume v = image.read(context());
        RegionGrowing.Builder s = RegionGrowing.Settings.builder().connectivity(Connectivity.of(Integer.parseInt(connectivity)));
        if (seeds.isBlank()) seeds = pointSelection();
        for (String point : seeds.split(";")) {
            String[] c = point.trim().split("[,\\s]+");
            if (c.length != 3) throw new UsageException("--seeds: '" + point + "' is not x,y,z");
            double[] p = {Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])};
            if (seed_units.equals("mm")) s.seedWorld(v.geometry(), p);
            else s.seed((int) Math.round(p[0]), (int) Math.round(p[1]), (int) Math.round(p[2]));
        }
        RegionGrowing.Result r = Inputs.about(image, () -> {
            if (mode.equals("range")) s.range(lower, upper);
            else s.confidence(k_sigma, iterations, 1);
            if (max_radius_mm > 0) s.maxRadiusMm(max_radius_mm);
            return RegionGrowing.grow(v, s.build());
        });
        if (r.voxels == 0) // an empty mask would only hide that no seed lies in the range
            throw new CommandException(image.name() + ": region growing grew 0 voxels: no seed has an intensity in the range ["
                + r.lower + ", " + r.upper + "]; check the seeds (--seed-units " + seed_units + ") and the range");
        outputs().message("grew " + r.voxels + " voxels, range [" + r.lower + ", " + r.upper + "]");
        outputs().image(Masks.toVolume(r.mask, v.geometry()), out, "region");
    }
}
