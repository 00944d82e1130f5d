package org.gliomaradiomics.features.voxel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.FeatureDefinition;
import org.gliomaradiomics.features.FeatureExtractor;
import org.gliomaradiomics.features.FeatureRegistry;
import org.gliomaradiomics.features.FeatureSettings;
import org.gliomaradiomics.features.RoiBox;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Voxel-wise feature maps (PyRadiomics' voxel-based extraction with a masked kernel): for every voxel of the ROI,
 * the features of its (2R+1)^3 neighbourhood intersected with the ROI, grey levels discretised once over the whole
 * ROI. Returns one FLOAT32 volume per feature on the input grid, NaN outside the ROI, keyed
 * {@code <image_type>_<family>_<feature>} (e.g. {@code original_glcm_JointEntropy}). {@link #compute} keeps the
 * values in double precision in memory (writing narrows them to 32-bit floats); {@link #computeEach}, made for
 * writing, hands them over already narrowed (float storage) in one reused full-grid volume.
 */
public final class VoxelFeatureMaps {
    private VoxelFeatureMaps() {}

    /**
     * The maps of the enabled families and features, in {@link #mapNames} order.
     * @param mask label map on the image's grid; the ROI is the voxels equal to {@code label} (after the
     *             re-segmentation of {@code settings.extraction()}, if any)
     * @param progress told the completed fraction 0..1 (from worker threads, one call at a time); may be null
     * @throws IllegalArgumentException for unsupported families or features, a radius below 1, a resampling
     *         request, an empty ROI or grids that differ
     */
    public static Map<String, Volume> compute(Volume image, Volume mask, int label, VoxelMapSettings settings,
                                              DoubleConsumer progress) {
        Map<String, Volume> maps = new LinkedHashMap<>();
        computeEach(image, mask, label, settings, progress, image.geometry(), new int[3], true, maps::put);
        return maps;
    }

    /**
     * As {@link #compute}, but hands the maps to {@code sink} one at a time (in output order), in float storage (the
     * values {@link #compute} gives, narrowed to the 32-bit floats a writer stores). Every map is handed over in the
     * same full-grid volume, overwritten for the next map once {@code sink} returns: a sink that keeps a map copies it
     * ({@link Volume#copy}). A full-grid map costs 4 bytes per image voxel, and allocating one per feature (26 MB
     * each for a BraTS-size image) is what made the JVM grow its heap; so maps need memory for one full-grid map
     * only (plus the ROI maps, 8 bytes per ROI voxel and feature).
     */
    public static void computeEach(Volume image, Volume mask, int label, VoxelMapSettings settings, DoubleConsumer progress,
                                   BiConsumer<String, Volume> sink) {
        computeEach(image, mask, label, settings, progress, image.geometry(), new int[3], false, sink);
    }

    /**
     * As {@link #computeEach(Volume, Volume, int, VoxelMapSettings, DoubleConsumer, BiConsumer)}, with the maps on
     * {@code grid}, of which the image's grid is the part whose first voxel is {@code offset} (an image cropped to a
     * box of {@code grid}); NaN outside the ROI.
     */
    public static void computeEach(Volume image, Volume mask, int label, VoxelMapSettings settings, DoubleConsumer progress,
                                   Geometry grid, int[] offset, BiConsumer<String, Volume> sink) {
        computeEach(image, mask, label, settings, progress, grid, offset, false, sink);
    }

    /** {@code doubles}: full-grid maps in double storage (else float); the image's grid starts at {@code offset} of {@code g}. */
    private static void computeEach(Volume image, Volume mask, int label, VoxelMapSettings settings, DoubleConsumer progress,
                                    Geometry g, int[] offset, boolean doubles, BiConsumer<String, Volume> sink) {
        validate(settings);
        ExtractionSettings ex = settings.extraction().toBuilder()
            .features(settings.extraction().features().toBuilder().localIntensityRadiusMm(0).build()).build(); // crop to the ROI's bounding box exactly
        VoxelMapSettings s = settings.toBuilder().extraction(ex).build();
        RoiData roi = FeatureExtractor.prepare(image, mask, label, ex, s.convention().rules());
        RoiBox box = boundingBox(mask, label);
        if (box.size(0) != roi.nx || box.size(1) != roi.ny || box.size(2) != roi.nz)
            throw new IllegalStateException("prepared ROI box " + roi.nx + "x" + roi.ny + "x" + roi.nz + " does not match the bounding box of label " + label);

        List<String> names = new ArrayList<>();
        List<double[]> roiMaps = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (String familyName : s.supportedFamilies())
            if (s.families().contains(familyName)) jobs.add(job(roi, s, familyName, names, roiMaps));
        int total = jobs.stream().mapToInt(Job::slices).sum();
        int[] done = {0};
        for (Job job : jobs) {
            Parallel.forEach(job.slices(), z -> {
                job.slice().accept(z);
                if (progress != null) synchronized (done) { // counted and told under one lock, so the fractions rise
                    progress.accept((double) ++done[0] / total);
                }
            });
        }
        jobs.clear(); // roiMaps now hold the only references to the ROI maps, each dropped once handed over
        int[] first = {offset[0] + box.lo[0], offset[1] + box.lo[1], offset[2] + box.lo[2]};
        float[] reused = doubles ? null : nanFilled(g);
        for (int k = 0; k < names.size(); k++) {
            double[] values = roiMaps.get(k);
            roiMaps.set(k, null);
            if (doubles) {
                double[] d = new double[(int) g.voxelCount()];
                Arrays.fill(d, Double.NaN);
                expand(values, roi, first, g, (i, v) -> d[i] = v);
                sink.accept(names.get(k), new Volume(g, d, DataType.FLOAT32));
            } else {
                expand(values, roi, first, g, (i, v) -> reused[i] = (float) v);
                sink.accept(names.get(k), new Volume(g, reused));
            }
        }
    }

    private static float[] nanFilled(Geometry g) {
        float[] f = new float[(int) g.voxelCount()];
        Arrays.fill(f, Float.NaN);
        return f;
    }

    /** Names of the maps {@link #compute} returns for these settings, in output order. */
    public static List<String> mapNames(VoxelMapSettings settings) {
        List<String> out = new ArrayList<>();
        for (String family : settings.supportedFamilies()) {
            if (!settings.families().contains(family)) continue;
            for (String f : featureNames(family, settings.convention()))
                if (settings.wanted(family, f)) out.add(settings.imageType() + "_" + family + "_" + f);
        }
        return out;
    }

    /** A family's maps, computed slice by slice (independent slices, 0 .. slices-1). */
    private record Job(int slices, IntConsumer slice) {}

    private static List<String> featureNames(String family, VoxelMapSettings.Convention convention) {
        if (convention == VoxelMapSettings.Convention.PYRADIOMICS) return FeatureRegistry.pyradiomicsClass(family).names();
        return FeatureRegistry.family(family).orElseThrow().features().stream().map(FeatureDefinition::name).toList();
    }

    /**
     * The job of one family: appends the names of its selected features and their ROI maps (one value per ROI
     * voxel, in box order) to {@code names} and {@code roiMaps}.
     */
    private static Job job(RoiData roi, VoxelMapSettings s, String family, List<String> names, List<double[]> roiMaps) {
        List<String> all = featureNames(family, s.convention());
        int[] selected = IntStream.range(0, all.size()).filter(k -> s.wanted(family, all.get(k))).toArray();
        boolean pyradiomics = s.convention() == VoxelMapSettings.Convention.PYRADIOMICS;
        int[] valueIndex = pyradiomics // positions in the formula class's values; IBSI names are in value order
            ? Arrays.stream(selected).map(k -> FeatureRegistry.pyradiomicsClass(family).valueIndex()[k]).toArray() : selected;
        for (int k : selected) names.add(s.imageType() + "_" + family + "_" + all.get(k));
        FeatureSettings features = s.extraction().features();
        if (family.equals("glcm")) {
            SlidingGlcmMaps maps = new SlidingGlcmMaps(roi, s.kernelRadius(), features.texture().distance(),
                features.texture().glcmSymmetric(), s.convention().rules(), valueIndex);
            roiMaps.addAll(Arrays.asList(maps.out));
            return new Job(maps.slices(), maps::computeSlice);
        }
        KernelFamilyMaps maps = pyradiomics ? KernelFamilyMaps.pyradiomics(roi, family, s.pyradiomics(), s.kernelRadius(), valueIndex)
            : KernelFamilyMaps.ibsi(roi, FeatureRegistry.family(family).orElseThrow(), features, s.kernelRadius(), valueIndex);
        roiMaps.addAll(Arrays.asList(maps.out));
        return new Job(roi.nz, maps::computeSlice);
    }

    private static void validate(VoxelMapSettings s) {
        if (s.kernelRadius() < 1) throw new IllegalArgumentException("kernel radius must be at least 1 voxel, got " + s.kernelRadius());
        if (s.extraction().resampledSpacing() != null)
            throw new IllegalArgumentException("voxel maps are computed on the input grid: resample the image and mask first instead of setting a resampled spacing");
        if (s.extraction().features().texture().distance() < 1)
            throw new IllegalArgumentException("GLCM distance must be at least 1, got " + s.extraction().features().texture().distance());
        if (s.families().isEmpty()) throw new IllegalArgumentException("no feature family enabled for voxel maps");
        for (String f : s.families())
            if (!s.supportedFamilies().contains(f))
                throw new IllegalArgumentException("family '" + f + "' has no voxel maps under the " + s.convention()
                    + " convention; supported: " + s.supportedFamilies());
        if (!s.features().isEmpty()) {
            List<String> known = new ArrayList<>();
            for (String f : s.families()) known.addAll(featureNames(f, s.convention()));
            for (String f : s.features())
                if (!known.contains(f)) throw new IllegalArgumentException("feature '" + f + "' is not in the enabled families " + s.families() + " (" + s.convention() + " names)");
        }
        for (Map.Entry<String, Set<String>> e : s.familyFeatures().entrySet()) {
            if (!s.families().contains(e.getKey())) continue;
            List<String> known = featureNames(e.getKey(), s.convention());
            for (String f : e.getValue())
                if (!known.contains(f)) throw new IllegalArgumentException("feature '" + f + "' is not in family " + e.getKey() + " (known: " + known + ")");
        }
    }

    /** The box of the label's voxels. */
    static RoiBox boundingBox(Volume mask, int label) {
        RoiBox box = RoiBox.ofLabel(mask, label);
        if (box.isEmpty()) throw new IllegalArgumentException("ROI of label " + label + " is empty");
        return box;
    }

    /** Stores the map of the ROI voxels (in box order) at their indices on the full grid {@code g}, the ROI box's first
     * voxel at {@code first}. */
    private static void expand(double[] roiMap, RoiData roi, int[] first, Geometry g, IntDoubleConsumer store) {
        for (int z = 0, i = 0, k = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++) {
                int row = g.index(first[0], first[1] + y, first[2] + z);
                for (int x = 0; x < roi.nx; x++, i++)
                    if (roi.intensityMask[i]) store.accept(row + x, roiMap[k++]);
            }
    }

    private interface IntDoubleConsumer {
        void accept(int index, double value);
    }
}
