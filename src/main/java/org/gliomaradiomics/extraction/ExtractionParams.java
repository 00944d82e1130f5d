package org.gliomaradiomics.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.FeatureExtractor;
import org.gliomaradiomics.features.FeatureSettings;
import org.gliomaradiomics.features.IbsiImageTypes;
import org.gliomaradiomics.preprocess.Resampler;
import org.gliomaradiomics.settings.Problems;

/**
 * Turns a parameter file ({@link ParamsFile}) into IBSI extraction settings: which families and features, how to
 * resample, re-segment and discretise. PyRadiomics' class names are accepted for the families that IBSI shares
 * (shape → morphology, firstorder → intensity statistics and histogram, glcm, glrlm, glszm, gldm → ngldm, ngtdm).
 * Settings with no IBSI meaning that would change numbers (e.g. voxelArrayShift, normalize) are refused with the
 * key named; PyRadiomics' own conventions are a separate mode.
 */
public final class ExtractionParams {
    /** PyRadiomics class → IBSI families. */
    static final Map<String, List<String>> PYRADIOMICS_CLASSES = Map.of(
        "shape", List.of("morphology"),
        "firstorder", List.of("intensity_statistics", "intensity_histogram"),
        "glcm", List.of("glcm"), "glrlm", List.of("glrlm"), "glszm", List.of("glszm"),
        "gldm", List.of("ngldm"), "ngtdm", List.of("ngtdm"));

    /** Settings that only bookkeeping or PyRadiomics' checks use: accepted, no effect on IBSI values. */
    static final Set<String> NEUTRAL = neutral();

    private static Set<String> neutral() {
        Set<String> keys = new LinkedHashSet<>(ParameterFileSchema.OWN_KEYS);
        keys.addAll(List.of("label", "additionalInfo", "enableCExtensions", "geometryTolerance", "correctMask", "label_channel",
            "minimumROIDimensions", "minimumROISize", "padDistance", "preCrop", "resegmentShape", "force2Ddimension"));
        return Set.copyOf(keys);
    }

    private final ExtractionSettings settings;
    /** Per family, the feature names to keep; absent = all. */
    private final Map<String, Set<String>> featureFilter;

    private IbsiImageTypes imageTypes;

    private ExtractionParams(ExtractionSettings settings, Map<String, Set<String>> featureFilter) {
        this.settings = settings;
        this.featureFilter = featureFilter;
    }

    /** The image types: Original and/or filtered response maps (see {@link IbsiImageTypes} for the YAML form). */
    public IbsiImageTypes imageTypes() {
        return imageTypes;
    }

    public ExtractionSettings settings() {
        return settings;
    }

    /** Whether a computed feature was asked for (all features of an enabled family unless the file lists some). */
    public boolean wanted(ExtractedFeature v) {
        Set<String> names = featureFilter.get(v.family());
        return names == null || names.contains(v.feature());
    }

    /** The IBSI extractor with these parameters: the original image (if enabled), then every filtered image type. */
    public CaseExtraction.RegionExtractor regionExtractor() {
        return (image, mask, label) -> {
            List<ExtractedFeature> out = new ArrayList<>();
            if (imageTypes == null || imageTypes.original())
                for (ExtractedFeature v : FeatureExtractor.extract(image, mask, label, settings))
                    if (wanted(v)) out.add(v);
            if (imageTypes != null) out.addAll(imageTypes.extract(image, mask, label, settings, this::wanted));
            return out;
        };
    }

    public static ExtractionParams from(ParamsFile p) throws IOException {
        return from(p, p.raw().get("imageType"), p.source());
    }

    /**
     * Settings from {@code p} with the image types of {@code imageTypeSection} (the YAML {@code imageType} mapping,
     * checked here rather than by {@link ParamsFile}, whose setting keys do not cover the filters' parameters);
     * {@code source} names the file in errors.
     */
    public static ExtractionParams from(ParamsFile p, Object imageTypeSection, String source) throws IOException {
        List<String> problems = new ArrayList<>(p.problems());
        ExtractionParams params = settingsFrom(p, problems);
        params.imageTypes = IbsiImageTypes.parse(imageTypeSection, params.settings, problems);
        if (!problems.isEmpty()) throw new IOException(Problems.message(source, problems));
        return params;
    }

    private static ExtractionParams settingsFrom(ParamsFile p, List<String> problems) {
        ExtractionSettings.Builder s = ExtractionSettings.builder();
        FeatureSettings.Builder fs = FeatureSettings.builder();
        Map<String, Set<String>> filter = new LinkedHashMap<>();
        if (!p.featureClasses().isEmpty()) {
            Set<String> families = new LinkedHashSet<>();
            for (Map.Entry<String, List<String>> e : p.featureClasses().entrySet()) {
                List<String> mapped = familiesOf(e.getKey());
                if (mapped == null) {
                    problems.add("featureClass." + e.getKey() + ": unknown feature class; known: "
                        + ExtractionSettings.allFamilyNames() + " or PyRadiomics' " + PYRADIOMICS_CLASSES.keySet());
                    continue;
                }
                families.addAll(mapped);
                if (e.getValue() != null) for (String family : mapped) filter.put(family, new LinkedHashSet<>(e.getValue()));
            }
            s.families(families);
        }
        for (String key : p.settings().keySet()) {
            if (p.settings().get(key) == null || NEUTRAL.contains(key)) continue;
            try {
                apply(key, p, s, fs);
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        return new ExtractionParams(s.features(fs.build()).build(), filter);
    }

    private static List<String> familiesOf(String name) {
        if (ExtractionSettings.allFamilyNames().contains(name)) return List.of(name);
        return PYRADIOMICS_CLASSES.get(name);
    }

    /** One key the file sets; defaults are those of {@link ParameterFileSchema} (read through {@link ParamsFile}). */
    private static void apply(String key, ParamsFile p, ExtractionSettings.Builder s, FeatureSettings.Builder fs) throws IOException {
        String where = "setting." + key + ": ";
        switch (key) {
            case "binWidth" -> {
                s.binWidth(p.number(key));
                if (!p.has("binCount") && !p.has("discretisation")) s.discretisation(ExtractionSettings.Discretisation.FIXED_BIN_SIZE);
            }
            case "binCount" -> {
                int binCount = p.integer(key);
                if (binCount < 1) throw new IOException(where + "must be at least 1");
                s.binCount(binCount);
                if (!p.has("discretisation")) s.discretisation(ExtractionSettings.Discretisation.FIXED_BIN_NUMBER);
            }
            case "discretisation" -> s.discretisation(parsed(where, () -> ExtractionSettings.Discretisation.parse(p.text(key))));
            case "binLowerBound" -> s.binLowerBound(p.number(key));
            case "resampledPixelSpacing" -> {
                List<Double> sp = p.numbers(key);
                if (sp.size() != 3) throw new IOException(where + "expected three spacings [x, y, z]");
                s.resampledSpacing(new double[] {sp.get(0), sp.get(1), sp.get(2)});
            }
            case "interpolator" -> s.interpolator(switch (p.text(key).replace("sitk", "").toLowerCase(Locale.ROOT)) {
                case "nearestneighbor", "nearest" -> Resampler.Interpolator.NEAREST;
                case "linear", "trilinear" -> Resampler.Interpolator.TRILINEAR;
                case "bspline", "tricubic", "cubic" -> Resampler.Interpolator.TRICUBIC_BSPLINE;
                default -> throw new IOException(where + "'" + p.text(key) + "' is not sitkNearestNeighbor, sitkLinear or sitkBSpline");
            });
            case "resegmentRange" -> applyResegmentation(where, p, s);
            case "resegmentMode" -> {
                String mode = p.text(key);
                if (!mode.equals("absolute") && !mode.equals("sigma")) throw new IOException(where + "'" + mode + "' is not absolute or sigma");
            }
            case "ivhDiscretisation" -> s.ivhDiscretisation(parsed(where, () -> ExtractionSettings.IvhDiscretisation.parse(p.text(key))));
            case "ivhBinWidth" -> s.ivhBinWidth(p.number(key));
            case "ivhBinCount" -> s.ivhBinCount(p.integer(key));
            case "aggregation" -> {
                Set<FeatureSettings.Dimension> dims = EnumSet.noneOf(FeatureSettings.Dimension.class);
                for (String d : p.texts(key)) dims.add(switch (d.toUpperCase(Locale.ROOT)) {
                    case "2D" -> FeatureSettings.Dimension.D2;
                    case "2.5D" -> FeatureSettings.Dimension.D2_5;
                    case "3D" -> FeatureSettings.Dimension.D3;
                    default -> throw new IOException(where + "'" + d + "' is not 2D, 2.5D or 3D");
                });
                fs.dimensions(dims);
            }
            case "force2D" -> {
                if (p.flag(key)) fs.dimensions(EnumSet.of(FeatureSettings.Dimension.D2));
            }
            case "distances" -> {
                List<Double> d = p.numbers(key);
                if (d.size() != 1 || d.get(0) < 1 || d.get(0) != Math.rint(d.get(0)))
                    throw new IOException(where + "IBSI mode takes one integer distance, e.g. [1]");
                fs.texture(fs.texture().withDistance((int) Math.rint(d.get(0))));
            }
            case "symmetricalGLCM" -> fs.texture(fs.texture().withGlcmSymmetric(p.flag(key)));
            case "ngldmAlpha" -> fs.texture(fs.texture().withNgldmAlpha(p.integer(key)));
            case "localIntensityRadius" -> fs.localIntensityRadiusMm(p.number(key));
            case "surface" -> fs.surface(switch (p.text(key)) {
                case "mesh" -> FeatureSettings.Surface.MESH;
                case "smooth" -> FeatureSettings.Surface.SMOOTH;
                default -> throw new IOException(where + "'" + p.text(key) + "' is not mesh or smooth");
            });
            default -> throw new IOException(where + "has no IBSI meaning; it is a PyRadiomics setting (use --conventions pyradiomics)");
        }
    }

    /** A value parsed by the settings' own parser, its message prefixed with the key. */
    private static <T> T parsed(String where, java.util.function.Supplier<T> parse) throws IOException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IOException(where + e.getMessage(), e);
        }
    }

    private static void applyResegmentation(String where, ParamsFile p, ExtractionSettings.Builder s) throws IOException {
        List<Double> r = p.numbers("resegmentRange");
        String mode = p.text("resegmentMode");
        if (r.isEmpty() || r.size() > 2) throw new IOException(where + "expected [lower] or [lower, upper]");
        if (mode.equals("sigma")) {
            if (r.size() != 2 || r.get(0) != -r.get(1)) throw new IOException(where + "sigma mode takes a symmetric range [-k, k]");
            s.outlierSigmas(r.get(1));
        } else {
            s.resegmentationLower(r.get(0));
            if (r.size() == 2) s.resegmentationUpper(r.get(1));
        }
    }

    /** Regions asked for by the file: {@code setting.labels} (label numbers or WT/TC/ET) or {@code setting.label}. */
    public static List<String> regions(ParamsFile p) {
        List<String> labels = p.texts("labels");
        if (labels != null) return new ArrayList<>(labels);
        return List.of(Integer.toString(p.integer("label", 1)));
    }
}
