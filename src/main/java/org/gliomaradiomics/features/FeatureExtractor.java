package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.DoubleRadixSort;
import org.gliomaradiomics.parallel.Parallel;
import org.gliomaradiomics.preprocess.Discretiser;
import org.gliomaradiomics.preprocess.Resampler;
import org.gliomaradiomics.preprocess.Resegmentation;

/**
 * Extracts the enabled IBSI feature families from an image and a label map on the same grid, following the IBSI
 * processing chain: optional resampling (image interpolated, mask interpolated trilinearly and thresholded at 0.5),
 * crop to the ROI's bounding box plus a margin of one local-intensity radius (clamped to the image),
 * re-segmentation of the intensity mask (range, then outlier filter), discretisation, then the families. Families
 * may run concurrently; the result is always in registry order, then each family's emission order, and each value
 * is computed by one thread, so the output does not depend on the thread count.
 */
public final class FeatureExtractor {
    private FeatureExtractor() {}

    public static List<ExtractedFeature> extract(Volume image, Volume mask, int label, ExtractionSettings settings) {
        ExtractionSettings s = settings;
        List<FeatureFamily> families = new ArrayList<>();
        for (String name : s.families())
            if (FeatureRegistry.family(name).isEmpty())
                throw new IllegalArgumentException("unknown feature family '" + name + "'; known: " + ExtractionSettings.allFamilyNames());
        for (FeatureFamily f : FeatureRegistry.families()) if (s.families().contains(f.name())) families.add(f);
        RoiData roi = prepare(image, mask, label, s);
        FeatureSettings fs = s.features();
        List<List<ExtractedFeature>> perFamily = Parallel.map(families.size(), k -> {
            List<ExtractedFeature> out = new ArrayList<>();
            families.get(k).compute(roi, fs, (def, aggregation, value) ->
                out.add(ExtractedFeature.number("original", def.family(), def.name(), def.ibsiCode(), aggregation, value)));
            return out;
        });
        List<ExtractedFeature> all = new ArrayList<>();
        for (List<ExtractedFeature> l : perFamily) all.addAll(l);
        return all;
    }

    /** The preprocessed ROI the families read (public for tests and for callers that run families themselves). */
    public static RoiData prepare(Volume image, Volume mask, int label, ExtractionSettings s) {
        return prepare(image, mask, label, s, Convention.IBSI);
    }

    /** As {@link #prepare(Volume, Volume, int, ExtractionSettings)}, grey levels by the convention's bin edges
     * ({@link Convention#numpyBinEdges}: unless a bin lower bound is set). */
    public static RoiData prepare(Volume image, Volume mask, int label, ExtractionSettings s, Convention c) {
        RoiPreparation.maskOnImageGrid(image, mask, 1e-4, false, Convention.IBSI); // IBSI settings have no correctMask
        RoiBox box = RoiPreparation.requireVoxels(RoiBox.ofLabel(mask, label), label, "");
        double radius = s.features().localIntensityRadiusMm();
        Volume img = image;
        boolean[] labelMask = null;
        if (s.resampledSpacing() != null) {
            // only the part of the new grid around the ROI: its box, a local-intensity radius and two voxels
            int[] margin = new int[3];
            for (int a = 0; a < 3; a++) margin[a] = (int) Math.ceil(radius / s.resampledSpacing()[a]) + 2;
            Resampler.Resampled r = Resampler.aroundRoi(image, i -> mask.get(i) == label, box.lo, box.hi, s.resampledSpacing(), margin,
                s.interpolator().kind(), Convention.IBSI.resampling()); // the IBSI pipeline: c picks bin edges only
            img = r.image(); // never null under IBSI's scheme
            labelMask = r.roi();
            box = RoiPreparation.requireVoxels(new RoiBox(labelMask, img.nx(), img.ny(), img.nz()), label, " after resampling");
        }
        Geometry g = img.geometry();
        // Crop with a margin of one local-intensity radius, clamped to the image.
        int[] margin = new int[3];
        for (int a = 0; a < 3; a++) margin[a] = (int) Math.ceil(radius / g.spacing(a));
        RoiBox region = box.grown(margin, new int[] {g.nx, g.ny, g.nz}, false);
        int bx = region.size(0), by = region.size(1), bz = region.size(2), count = bx * by * bz;
        double[] values = region.crop(img);
        boolean[] morph = labelMask != null ? region.crop(labelMask, g.nx, g.ny) : region.cropLabel(mask, label);
        boolean[] intensity = morph;
        if (s.resegmentationLower() > Double.NEGATIVE_INFINITY || s.resegmentationUpper() < Double.POSITIVE_INFINITY)
            intensity = Resegmentation.range(values, intensity, s.resegmentationLower(), s.resegmentationUpper());
        if (!Double.isNaN(s.outlierSigmas())) intensity = Resegmentation.outliers(values, intensity, s.outlierSigmas());
        if (intensity == morph) intensity = morph.clone();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++)
            if (intensity[i]) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        if (min > max) throw RoiPreparation.empty(label, " after re-segmentation");
        boolean numpy = c.numpyBinEdges() && s.discretisation() != ExtractionSettings.Discretisation.NONE && Double.isNaN(s.binLowerBound());
        Discretiser.Levels levels = numpy ? Discretiser.numpyEdges(values, intensity,
            s.discretisation() == ExtractionSettings.Discretisation.FIXED_BIN_NUMBER ? s.binCount() : null, s.binWidth()) : switch (s.discretisation()) {
            case NONE -> Discretiser.asIs(values, intensity);
            case FIXED_BIN_NUMBER -> Discretiser.fixedBinNumber(values, intensity, s.binCount());
            case FIXED_BIN_SIZE -> Discretiser.fixedBinSize(values, intensity, s.binWidth(), binLowerBound(s, min));
        };
        Discretiser.checkLevelCount(levels.ng(), switch (s.discretisation()) {
            case NONE -> "discretisation none (intensities as levels)";
            case FIXED_BIN_NUMBER -> "binCount " + s.binCount();
            case FIXED_BIN_SIZE -> "binWidth " + s.binWidth();
        });
        double[][] ivh = intensityVolumeHistogramInput(values, intensity, min, max, s);
        RoiData roi = new RoiData(bx, by, bz, g.spacing(0), g.spacing(1), g.spacing(2), values, morph, intensity,
            levels.levels(), levels.ng(), ivh[0], ivh[1]);
        if (ivh.length > 2) SortedIntensities.remember(roi, ivh[2]);
        return roi;
    }

    private static double binLowerBound(ExtractionSettings s, double min) {
        if (!Double.isNaN(s.binLowerBound())) return s.binLowerBound();
        return s.resegmentationLower() > Double.NEGATIVE_INFINITY ? s.resegmentationLower() : min;
    }

    /** {values, levels} per IBSI: discretised intensities of the intensity mask and the evaluation grid G; for
     * continuous intensities taken as they are, a third entry: the same values, which are then the sorted
     * intensities of the mask (see {@link SortedIntensities}). */
    static double[][] intensityVolumeHistogramInput(double[] values, boolean[] mask, double min, double max, ExtractionSettings s) {
        int n = 0;
        for (boolean b : mask) if (b) n++;
        double[] x = new double[n];
        for (int i = 0, k = 0; i < values.length; i++) if (mask[i]) x[k++] = values[i];
        boolean lowerSet = s.resegmentationLower() > Double.NEGATIVE_INFINITY, upperSet = s.resegmentationUpper() < Double.POSITIVE_INFINITY;
        switch (s.ivhDiscretisation()) {
            case FIXED_BIN_SIZE: {
                double w = s.ivhBinWidth(), lb = lowerSet ? s.resegmentationLower() : min;
                if (!(w > 0)) throw new IllegalArgumentException("IVH bin width must be positive, got " + w);
                Discretiser.Levels d = Discretiser.fixedBinSize(values, mask, w, lb); // values at their bin centres
                for (int i = 0, k = 0; i < values.length; i++) if (mask[i]) x[k++] = lb + (d.levels()[i] - 0.5) * w;
                int top = d.ng();
                if (upperSet) top = Math.max(1, (int) Math.ceil((s.resegmentationUpper() - lb) / w - 1e-9));
                double[] levels = new double[checkedCount(top)];
                for (int k = 0; k < top; k++) levels[k] = lb + (k + 0.5) * w;
                return new double[][] {x, levels};
            }
            case FIXED_BIN_NUMBER: {
                Discretiser.Levels d = Discretiser.fixedBinNumber(values, mask, s.ivhBinCount());
                for (int i = 0, k = 0; i < values.length; i++) if (mask[i]) x[k++] = d.levels()[i];
                double[] levels = new double[s.ivhBinCount()];
                for (int k = 0; k < levels.length; k++) levels[k] = k + 1;
                return new double[][] {x, levels};
            }
            default: {
                boolean integers = true;
                for (double v : x) if (v != Math.rint(v)) { integers = false; break; }
                if (integers) {
                    double lo = lowerSet ? Math.ceil(s.resegmentationLower()) : min, hi = upperSet ? Math.floor(s.resegmentationUpper()) : max;
                    double[] levels = new double[checkedCount(hi - lo + 1)];
                    for (int k = 0; k < levels.length; k++) levels[k] = lo + k;
                    return new double[][] {x, levels};
                }
                // Continuous intensities: every distinct value is a level. The values are handed over sorted
                // (their order does not matter to the IVH), which also makes the family's own sort cheap.
                DoubleRadixSort.sort(x);
                double[] levels = new double[n];
                int distinct = 0;
                for (int k = 0; k < n; k++) if (k == 0 || x[k] != x[k - 1]) levels[distinct++] = x[k];
                return new double[][] {x, Arrays.copyOf(levels, distinct), x};
            }
        }
    }

    private static int checkedCount(double count) {
        if (count > 50_000_000) throw new IllegalArgumentException("intensity-volume histogram would need " + (long) count + " levels; choose a discretisation");
        return (int) Math.max(1, count);
    }
}
