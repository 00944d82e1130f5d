package org.gliomaradiomics.commands;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.HyperStackConverter;
import ij.process.LUT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.extraction.ExtractionParams;
import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsRegionExtractor;
import org.gliomaradiomics.features.voxel.ImageTypeVoxelMaps;
import org.gliomaradiomics.features.voxel.VoxelMapSettings;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.Volume;

/** Radiomics Feature Maps ({@code feature-maps}): feature maps of one region, written one NIfTI file per feature as they are made. */
final class VoxelMapsRunner {
    private VoxelMapsRunner() {}

    /**
     * @param ibsi the IBSI-mode settings and image types (null under PyRadiomics conventions, whose settings come from
     *             {@code params})
     */
    static void run(Volume image, Volume mask, int label, ParamsFile params, ExtractionParams ibsi, int kernelRadius, Path outDir,
        CommandContext context, Outputs outputs) throws Exception {
        boolean pyradiomics = ibsi == null;
        VoxelMapSettings.Builder b = VoxelMapSettings.builder().kernelRadius(kernelRadius)
            .convention(pyradiomics ? VoxelMapSettings.Convention.PYRADIOMICS : VoxelMapSettings.Convention.IBSI);
        if (pyradiomics) {
            b.pyradiomics(PyRadiomicsRegionExtractor.settings(params.pyRadiomicsTree(), label));
        } else {
            b.extraction(ibsi.settings());
        }
        VoxelMapSettings base = b.build();
        Set<String> families = new LinkedHashSet<>();
        Map<String, Set<String>> familyFeatures = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        // PyRadiomics: the classes the file enables, with their feature lists. IBSI: the families the file's classes
        // map to (shape -> morphology, firstorder -> two, ...). No featureClass section: the default (glcm).
        Map<String, List<String>> enabled = new LinkedHashMap<>();
        if (pyradiomics && params.raw().get("featureClass") != null) enabled.putAll(base.pyradiomics().enabledClasses());
        else if (!pyradiomics && !params.featureClasses().isEmpty()) for (String f : base.extraction().families()) enabled.put(f, List.of());
        for (Map.Entry<String, List<String>> e : enabled.entrySet()) {
            if (!base.supportedFamilies().contains(e.getKey())) {
                skipped.add(e.getKey());
                continue;
            }
            families.add(e.getKey());
            if (!e.getValue().isEmpty()) familyFeatures.put(e.getKey(), new LinkedHashSet<>(e.getValue()));
        }
        if (!skipped.isEmpty())
            outputs.message("no voxel-based maps for " + String.join(", ", skipped) + " (shape and whole-ROI families have no per-voxel meaning); skipped");
        if (!families.isEmpty()) b.families(families);
        VoxelMapSettings s = b.familyFeatures(familyFeatures).build();
        Files.createDirectories(outDir);
        List<String> names = new ArrayList<>();
        List<Volume> shown = new ArrayList<>();
        boolean show = !context.commandLine();
        java.util.function.DoubleConsumer progress = f -> context.progress().report("feature maps", f);
        java.util.function.BiConsumer<String, Volume> write = (name, map) -> {
            try {
                ImageIO.write(map, outDir.resolve(name + ".nii.gz"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            names.add(name);
            if (show) shown.add(map.copy()); // the maps come in one reused volume
        };
        if (pyradiomics) ImageTypeVoxelMaps.pyRadiomics(image, mask, s, progress, write);
        else ImageTypeVoxelMaps.ibsi(image, mask, label, ibsi.imageTypes(), s, progress, write);
        outputs.message("wrote " + names.size() + " feature map(s) to " + outDir);
        if (show && !shown.isEmpty()) outputs.show(hyperstack(shown, names));
    }

    /** In ImageJ: one hyperstack, a channel per feature, each with the Fire colour table scaled to its own range. */
    private static ImagePlus hyperstack(List<Volume> maps, List<String> names) {
        ImageStack stack = null;
        ImagePlus first = null;
        for (int c = 0; c < maps.size(); c++) {
            ImagePlus imp = ImagePlusViews.toImagePlus(maps.get(c), names.get(c));
            if (first == null) {
                first = imp;
                stack = new ImageStack(imp.getWidth(), imp.getHeight());
            }
            for (int z = 1; z <= imp.getStackSize(); z++) stack.addSlice(names.get(c), imp.getStack().getProcessor(z).convertToFloat());
        }
        ImagePlus hyper = HyperStackConverter.toHyperStack(new ImagePlus("feature maps", stack), maps.size(), first.getStackSize(), 1, "xyzct", "Grayscale");
        hyper.setCalibration(first.getCalibration());
        if (hyper instanceof CompositeImage) {
            CompositeImage ci = (CompositeImage) hyper;
            for (int c = 1; c <= maps.size(); c++) {
                ci.setC(c);
                ci.setChannelLut(new LUT(ij.plugin.LutLoader.getLut("fire"), 0, 255));
                double[] range = finiteRange(maps.get(c - 1).voxels()); // over the whole map: most slices are NaN
                ci.setDisplayRange(range[0], range[1]);
            }
            ci.setPosition(1, middleSlice(maps.get(0)), 1);
        }
        return hyper;
    }

    private static double[] finiteRange(double[] v) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) if (Double.isFinite(x)) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return min <= max ? new double[] {min, max > min ? max : min + 1} : new double[] {0, 1};
    }

    /** The middle of the slices the map covers (1-based), so the hyperstack opens on the region. */
    private static int middleSlice(Volume map) {
        int plane = map.nx() * map.ny(), first = -1, last = -1;
        double[] v = map.voxels();
        for (int i = 0; i < v.length; i++) if (Double.isFinite(v[i])) {
            if (first < 0) first = i / plane;
            last = i / plane;
        }
        return first < 0 ? 1 : (first + last) / 2 + 1;
    }
}
