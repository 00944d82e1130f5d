package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.filters.FilterFactory;
import org.gliomaradiomics.filters.FilterSpecException;
import org.gliomaradiomics.filters.ImageFilter;
import org.gliomaradiomics.image.Volume;

/**
 * Image types of IBSI mode: the parameter file's {@code imageType} section mapped to the IBSI 2 filters of
 * {@link FilterFactory}, whose syntax the {@code filter} command reads too. A list value makes one response map per entry.
 * <pre>
 * imageType:
 *   Original: {}
 *   LoG:     {sigma: [1.0, 2.0, 3.0]}          # mm; truncation (sigmas, default 4)
 *   Wavelet: {wavelet: coif1, level: 1}        # maps: [LLH, ...] (default all 8 in 3D, 4 in 2D; first letter x);
 *                                              # rotation_invariance, pooling
 *   Mean:    {support: [3, 5]}                 # voxels
 *   Laws:    {kernel: [E5L5S5], energy_delta: 7, rotation_invariance: true, pooling: max}
 *   Gabor:   {sigma_mm: 5, lambda_mm: 2, gamma: 1.5, theta_step_deg: 22.5, orthogonal_planes: true}
 *   Simoncelli: {level: [1, 2]}                # non-separable wavelet band (Fourier domain)
 *   Riesz:   {riesz_order: [[1, 0, 0], [0, 1, 0]]} # Riesz transform of the image; LoG and Simoncelli take riesz_order too
 * </pre>
 * Every type also takes the filter's other parameters ({@link FilterFactory}), {@code padding} (zero | nearest |
 * periodic | mirror, default mirror), {@code dimensionality} (2D | 3D, default 3D; not Gabor, whose kernels are 2D) and feature settings of its own for its response maps
 * ({@code binWidth}, {@code binCount}, {@code discretisation}, {@code binLowerBound}). Response maps are computed
 * after resampling, on the ROI box plus the filter's reach (the image edge gets the filter's padding), and their
 * features use the mask re-segmented on the original intensities (IBSI 2); morphology is computed for Original only.
 * Names: {@code log-sigma-2-0-mm-3D}, {@code wavelet-LLH} ({@code wavelet2-LLH} at level 2), {@code mean-5-3D},
 * {@code laws-E5L5S5[-energy-7][-ri]-3D}, {@code gabor-sigma-5-0-lambda-2-0-gamma-1-5}, {@code simoncelli-level-1-3D},
 * {@code riesz-1-0-0-3D}, {@code log-sigma-2-0-mm-riesz-1-0-0-3D}.
 */
public final class IbsiImageTypes {
    /**
     * One response map to compute: its name, filter, the filter's spec and the feature settings for its map. It is
     * computed on the whole of the image it is given: {@link #extract} gives the crop that holds every type's reach.
     */
    public record FilteredType(String name, ImageFilter filter, Map<String, Object> spec, ExtractionSettings settings) implements DerivedImages.Type {
        @Override public int[] margin(DerivedImages.Source source) {
            return source.dims();
        }

        @Override public Map<String, double[]> responses(DerivedImages.Region region) {
            return Map.of(name, filter.apply(region.volume()).voxels());
        }
    }

    /** The padding margin of the Fourier-domain filters at level 1 (voxels). */
    private static final int SPECTRAL_MARGIN_VOXELS = 32;
    static final Set<String> FEATURE_KEYS = Set.of("binWidth", "binCount", "discretisation", "binLowerBound");

    private final boolean original;
    private final List<FilteredType> filtered;

    private IbsiImageTypes(boolean original, List<FilteredType> filtered) {
        this.original = original;
        this.filtered = filtered;
    }

    /** Whether the unfiltered image's features are wanted. */
    public boolean original() {
        return original;
    }

    /** The filtered types, in the parameter file's order. */
    public List<FilteredType> filtered() {
        return filtered;
    }

    /** Parses the {@code imageType} section (null = Original only), adding every problem ({@code imageType.LoG: ...})
     * to {@code problems}. */
    public static IbsiImageTypes parse(Object section, ExtractionSettings general, List<String> problems) {
        if (section == null) return new IbsiImageTypes(true, List.of());
        if (!(section instanceof Map)) {
            problems.add("imageType: expected a mapping of image types to settings");
            return new IbsiImageTypes(true, List.of());
        }
        boolean original = false;
        List<FilteredType> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) section).entrySet()) {
            String type = String.valueOf(e.getKey());
            String where = "imageType." + type + ": ";
            Map<String, Object> custom = new LinkedHashMap<>();
            if (e.getValue() instanceof Map) for (Map.Entry<?, ?> c : ((Map<?, ?>) e.getValue()).entrySet()) custom.put(String.valueOf(c.getKey()), c.getValue());
            else if (e.getValue() != null) {
                problems.add(where + "expected a mapping of settings, got '" + e.getValue() + "'");
                continue;
            }
            try {
                if (type.equals("Original")) {
                    if (!custom.isEmpty()) throw new IllegalArgumentException("Original takes no settings here (put them under setting)");
                    original = true;
                } else {
                    out.addAll(expand(type, custom, general));
                }
            } catch (FilterSpecException ex) {
                for (String problem : ex.problems()) problems.add(where + problem);
            } catch (IllegalArgumentException ex) {
                problems.add(where + ex.getMessage());
            }
        }
        return new IbsiImageTypes(original, out);
    }

    /** The IBSI image types (any case) and the filter each stands for. */
    private static final List<String> TYPES = List.of("LoG", "Wavelet", "Mean", "Laws", "Gabor", "Simoncelli", "Riesz");

    private static List<FilteredType> expand(String type, Map<String, Object> custom, ExtractionSettings general) {
        if (TYPES.stream().noneMatch(type::equalsIgnoreCase))
            throw new IllegalArgumentException("unknown image type (IBSI mode knows Original, " + String.join(", ", TYPES) + ")");
        ExtractionSettings.Builder settings = general.toBuilder();
        Map<String, Object> spec = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object> c : custom.entrySet()) {
            if (!FEATURE_KEYS.contains(c.getKey())) spec.put(c.getKey(), c.getValue());
            else try {
                applyFeatureSetting(c.getKey(), c.getValue(), custom, settings);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        // responses: intensity and texture families only; re-segmentation was done on the original intensities
        Set<String> families = new LinkedHashSet<>(general.families());
        families.remove("morphology");
        ExtractionSettings response = settings.families(families).resampledSpacing(null).resegmentationLower(Double.NEGATIVE_INFINITY)
            .resegmentationUpper(Double.POSITIVE_INFINITY).outlierSigmas(Double.NaN).build();
        List<FilteredType> out = new ArrayList<>();
        try {
            for (FilterFactory.Named f : FilterFactory.expand(type, spec)) out.add(new FilteredType(f.name(), f.filter(), f.spec(), response));
        } catch (FilterSpecException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) throw new FilterSpecException(problems);
        return out;
    }

    private static void applyFeatureSetting(String key, Object v, Map<String, Object> custom, ExtractionSettings.Builder s) {
        switch (key) {
            case "binWidth" -> {
                double width = number(key, v);
                if (!(width > 0)) throw new IllegalArgumentException("binWidth must be positive, got " + v);
                s.binWidth(width);
                if (!custom.containsKey("binCount") && !custom.containsKey("discretisation")) s.discretisation(ExtractionSettings.Discretisation.FIXED_BIN_SIZE);
            }
            case "binCount" -> {
                double n = number(key, v);
                if (n < 1 || n != Math.rint(n)) throw new IllegalArgumentException("binCount must be a positive integer, got " + v);
                s.binCount((int) n);
                if (!custom.containsKey("discretisation")) s.discretisation(ExtractionSettings.Discretisation.FIXED_BIN_NUMBER);
            }
            case "discretisation" -> s.discretisation(discretisation(v));
            default -> s.binLowerBound(number(key, v));
        }
    }

    private static ExtractionSettings.Discretisation discretisation(Object v) {
        try {
            return ExtractionSettings.Discretisation.parse(String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("discretisation " + e.getMessage(), e);
        }
    }

    private static double number(String key, Object v) {
        if (v instanceof Number) return ((Number) v).doubleValue();
        throw new IllegalArgumentException(key + " must be a number, got '" + v + "'");
    }

    /** How far (mm) from the ROI a response can depend on the image, for the crop around the ROI. */
    static double reachMm(Map<String, Object> spec, double maxSpacing) {
        // Fourier-domain filters have no finite support: the margin they pad by (see SimoncelliFilter, RieszFilter)
        double spectral = !spec.containsKey("riesz_order") ? 0 : (SPECTRAL_MARGIN_VOXELS + 1) * maxSpacing;
        double voxels;
        switch (String.valueOf(spec.get("type"))) {
            case "simoncelli" -> {
                int level = spec.containsKey("level") ? (int) number("level", spec.get("level")) : 1;
                return Math.max(spectral, ((SPECTRAL_MARGIN_VOXELS << (level - 1)) + 1) * maxSpacing);
            }
            case "riesz" -> { return spectral; }
            case "log" -> { return Math.max(spectral, number("truncation", spec.getOrDefault("truncation", 4)) * number("sigma_mm", spec.get("sigma_mm")) + 2 * maxSpacing); }
            case "gabor" -> {
                double gamma = number("gamma", spec.get("gamma"));
                return 4 * number("sigma_mm", spec.get("sigma_mm")) * Math.max(1, 1 / gamma) + 2 * maxSpacing;
            }
            case "mean" -> voxels = number("support", spec.get("support")) / 2 + 1;
            case "laws" -> voxels = 3 + (spec.containsKey("energy_delta") ? number("energy_delta", spec.get("energy_delta")) : 0);
            case "wavelet" -> {
                int taps = org.gliomaradiomics.filters.WaveletCoefficients.decompositionLowPass(String.valueOf(spec.get("wavelet"))).length;
                int level = spec.containsKey("level") ? (int) number("level", spec.get("level")) : 1;
                voxels = taps * ((1 << level) - 1) + 1;
            }
            default -> throw new IllegalStateException();
        }
        return voxels * maxSpacing;
    }

    /** The features of every response map of one region: image resampled (if set) and cropped once, each map filtered on it. */
    public List<ExtractedFeature> extract(Volume image, Volume mask, int label, ExtractionSettings general, java.util.function.Predicate<ExtractedFeature> wanted) {
        List<ExtractedFeature> out = new ArrayList<>();
        if (filtered.isEmpty()) return out;
        double maxSpacing = Arrays.stream(general.resampledSpacing() != null ? general.resampledSpacing() : image.geometry().spacing()).max().orElseThrow();
        // the local-intensity sphere reads the response up to its radius outside the ROI, the filter reads further
        double reach = 0;
        for (FilteredType f : filtered) reach = Math.max(reach, reachMm(f.spec(), maxSpacing));
        reach += general.features().localIntensityRadiusMm();
        // the local-intensity radius is the crop margin of prepare
        ExtractionSettings prep = general.toBuilder().features(general.features().toBuilder().localIntensityRadiusMm(reach).build()).build();
        DerivedImages.Source region = DerivedImages.Source.of(FeatureExtractor.prepare(image, mask, label, prep));
        Volume regionMask = region.mask();
        DerivedImages.forEach(filtered, region, (f, r) -> {
            for (ExtractedFeature v : FeatureExtractor.extract(r.image(), regionMask, 1, f.settings()))
                if (wanted.test(v)) out.add(v.withImageType(r.name()));
        });
        return out;
    }
}
