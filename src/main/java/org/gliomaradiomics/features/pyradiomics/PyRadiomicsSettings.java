package org.gliomaradiomics.features.pyradiomics;

import static org.gliomaradiomics.settings.Setting.Scope.PYRADIOMICS;
import static org.gliomaradiomics.settings.Setting.Type.BOOLEAN;
import static org.gliomaradiomics.settings.Setting.Type.INTEGER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBERS;
import static org.gliomaradiomics.settings.Setting.Type.POSITIVE;
import static org.gliomaradiomics.settings.Setting.Type.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.features.PyRadiomicsTextures;
import org.gliomaradiomics.filters.WaveletCoefficients;
import org.gliomaradiomics.settings.Setting;
import org.gliomaradiomics.settings.SettingValues;

/**
 * PyRadiomics extraction settings, immutable, with PyRadiomics' defaults (extractor and feature-class defaults of
 * version 3.x). Every key of the {@code setting} section is declared once in {@link #KEYS} (key, type, default as
 * YAML; empty = None), which the builder's defaults, type checks and unknown-key errors come from and which
 * {@code extraction.ParameterFileSchema} lists; {@code null} components mean None. Build with {@link #builder()}.
 */
public record PyRadiomicsSettings(
    double binWidth, Integer binCount, double voxelArrayShift, boolean normalize, double normalizeScale, Double removeOutliers,
    double[] resampledPixelSpacing, Interpolator interpolator, int padDistance, boolean preCrop, double[] resegmentRange,
    ResegmentMode resegmentMode, boolean resegmentShape, int label, int minimumROIDimensions, Integer minimumROISize,
    boolean force2D, int force2Ddimension, int[] distances, boolean symmetricalGLCM, WeightingNorm weightingNorm, double gldmA,
    boolean correctMask, double geometryTolerance, double[] sigma, List<String> sigmaLabels, String wavelet, int startLevel,
    int level, boolean gradientUseSpacing, double lbp2DRadius, int lbp2DSamples, String lbp2DMethod, int lbp3DLevels,
    double lbp3DIcosphereRadius, int lbp3DIcosphereSubdivision, Map<String, PyRadiomicsSettings> imageTypes,
    Map<String, List<String>> enabledClasses) {

    /** The keys of PyRadiomics' {@code setting} section (and of an image type's own settings) with PyRadiomics' defaults. */
    public static final List<Setting> KEYS = List.of(
        key("binWidth", POSITIVE, "25"), key("binCount", INTEGER, ""), key("voxelArrayShift", NUMBER, "0"),
        key("normalize", BOOLEAN, "false"), key("normalizeScale", POSITIVE, "1"), key("removeOutliers", POSITIVE, ""),
        key("resampledPixelSpacing", NUMBERS, ""), key("interpolator", TEXT, "sitkBSpline"), key("padDistance", INTEGER, "5"),
        key("preCrop", BOOLEAN, "false"), key("resegmentRange", NUMBERS, ""), key("resegmentMode", TEXT, "absolute"),
        key("resegmentShape", BOOLEAN, "false"), key("label", INTEGER, "1"), key("minimumROIDimensions", INTEGER, "2"),
        key("minimumROISize", INTEGER, ""), key("force2D", BOOLEAN, "false"), key("force2Ddimension", INTEGER, "0"),
        key("distances", NUMBERS, "[1]"), key("symmetricalGLCM", BOOLEAN, "true"), key("weightingNorm", TEXT, ""),
        key("gldm_a", NUMBER, "0"), key("correctMask", BOOLEAN, "false"), key("geometryTolerance", NUMBER, ""),
        key("sigma", NUMBERS, "[]"), key("wavelet", TEXT, "coif1"), key("start_level", INTEGER, "0"), key("level", INTEGER, "1"),
        key("gradientUseSpacing", BOOLEAN, "true"), key("lbp2DRadius", POSITIVE, "1"), key("lbp2DSamples", INTEGER, "8"),
        key("lbp2DMethod", TEXT, "uniform"), key("lbp3DLevels", INTEGER, "2"), key("lbp3DIcosphereRadius", POSITIVE, "1"),
        key("lbp3DIcosphereSubdivision", INTEGER, "1"),
        key("additionalInfo", BOOLEAN, "true"), key("label_channel", INTEGER, "0")); // no effect on values of scalar images

    /** Feature classes in the order PyRadiomics reports them (shape first, then the image-based classes). */
    public static final List<String> CLASS_ORDER = List.of("shape", "shape2D", "firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm");
    /** Most wavelet levels (and start level): PyRadiomics' own default is 1. */
    public static final int MAX_WAVELET_LEVEL = 8;

    public enum Interpolator { NEAREST, LINEAR, BSPLINE;
        static Interpolator parse(String s) {
            switch (s) {
                case "sitkNearestNeighbor": return NEAREST;
                case "sitkLinear": return LINEAR;
                case "sitkBSpline": return BSPLINE;
                default: throw new IllegalArgumentException("interpolator '" + s + "' is not supported (use sitkNearestNeighbor, sitkLinear or sitkBSpline)");
            }
        }

        String sitkName() { return switch (this) { case NEAREST -> "sitkNearestNeighbor"; case LINEAR -> "sitkLinear"; case BSPLINE -> "sitkBSpline"; }; }
    }

    public enum ResegmentMode { ABSOLUTE, RELATIVE, SIGMA }

    /** How matrices of several directions are merged into one: weights from the offset's length in mm. */
    public enum WeightingNorm {
        MANHATTAN, EUCLIDEAN, INFINITY, NO_WEIGHTING;

        /** The weight of an offset; {@code exponential} for GLCM (e^(-d^2)), plain distance for GLRLM. */
        double weight(int[] o, double[] spacing, boolean exponential) {
            double mx = 0, sum = 0, sq = 0;
            for (int a = 0; a < 3; a++) {
                double s = Math.abs(o[a]) * spacing[a];
                mx = Math.max(mx, s);
                sum += s;
                sq += s * s;
            }
            return switch (this) {
                case INFINITY -> exponential ? Math.exp(-mx * mx) : mx;
                case EUCLIDEAN -> exponential ? Math.exp(-sq) : Math.sqrt(sq);
                case MANHATTAN -> exponential ? Math.exp(-sum * sum) : sum;
                case NO_WEIGHTING -> 1;
            };
        }
    }

    /** Checks every value (messages name the key); arrays and maps are copied. */
    public PyRadiomicsSettings {
        if (!(binWidth > 0)) throw new IllegalArgumentException("binWidth must be positive: " + binWidth);
        if (binCount != null && binCount < 1) throw new IllegalArgumentException("binCount must be at least 1: " + binCount);
        if (resampledPixelSpacing != null && resampledPixelSpacing.length != 3)
            throw new IllegalArgumentException("resampledPixelSpacing needs 3 values (x, y, z): " + Arrays.toString(resampledPixelSpacing));
        if (resegmentRange != null && (resegmentRange.length < 1 || resegmentRange.length > 2))
            throw new IllegalArgumentException("resegmentRange needs 1 or 2 values: " + Arrays.toString(resegmentRange));
        if (minimumROIDimensions < 1 || minimumROIDimensions > 3) throw new IllegalArgumentException("minimumROIDimensions must be 1, 2 or 3: " + minimumROIDimensions);
        if (force2Ddimension < 0 || force2Ddimension > 2) throw new IllegalArgumentException("force2Ddimension must be 0, 1 or 2: " + force2Ddimension);
        if (distances.length == 0) throw new IllegalArgumentException("distances must not be empty");
        for (int v : distances) if (v < 1) throw new IllegalArgumentException("distances must be positive: " + Arrays.toString(distances));
        if (!(geometryTolerance >= 0)) throw new IllegalArgumentException("geometryTolerance must be >= 0: " + geometryTolerance);
        WaveletCoefficients.decompositionLowPass(wavelet); // fails on an unknown name
        if (startLevel < 0) throw new IllegalArgumentException("start_level must be >= 0: " + startLevel);
        if (startLevel > MAX_WAVELET_LEVEL) throw new IllegalArgumentException("start_level " + startLevel + " is above the limit " + MAX_WAVELET_LEVEL);
        if (level < 1) throw new IllegalArgumentException("level must be >= 1: " + level);
        if (level > MAX_WAVELET_LEVEL) throw new IllegalArgumentException("level " + level + " is above the limit " + MAX_WAVELET_LEVEL
            + " (each level adds 7 or 8 filtered images of the whole region)");
        if (!(lbp2DRadius > 0)) throw new IllegalArgumentException("lbp2DRadius must be positive: " + lbp2DRadius);
        if (lbp2DSamples < 1 || lbp2DSamples > 30) throw new IllegalArgumentException("lbp2DSamples must be 1..30: " + lbp2DSamples);
        if (!lbp2DMethod.equals("uniform") && !lbp2DMethod.equals("default"))
            throw new IllegalArgumentException("lbp2DMethod '" + lbp2DMethod + "' is not supported (uniform or default)");
        if (lbp3DLevels < 2) throw new IllegalArgumentException(LocalBinaryPattern3D.LEVELS_MESSAGE + lbp3DLevels);
        if (!(lbp3DIcosphereRadius > 0)) throw new IllegalArgumentException("lbp3DIcosphereRadius must be positive: " + lbp3DIcosphereRadius);
        if (lbp3DIcosphereSubdivision < 0) throw new IllegalArgumentException("lbp3DIcosphereSubdivision must be >= 0: " + lbp3DIcosphereSubdivision);
        if (sigmaLabels.size() != sigma.length) throw new IllegalArgumentException("one label per sigma: " + sigmaLabels);
        resampledPixelSpacing = resampledPixelSpacing == null ? null : resampledPixelSpacing.clone();
        resegmentRange = resegmentRange == null ? null : resegmentRange.clone();
        distances = distances.clone();
        sigma = sigma.clone();
        sigmaLabels = List.copyOf(sigmaLabels);
        imageTypes = imageTypes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(imageTypes));
        Map<String, List<String>> ordered = new LinkedHashMap<>(); // PyRadiomics' reporting order
        for (String c : CLASS_ORDER) if (enabledClasses.containsKey(c)) ordered.put(c, List.copyOf(enabledClasses.get(c)));
        enabledClasses = Collections.unmodifiableMap(ordered);
    }

    /** Settings with every PyRadiomics default and all feature classes but shape2D enabled. */
    public static PyRadiomicsSettings defaults() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** Target spacing (x, y, z) in mm, or null. */
    @Override public double[] resampledPixelSpacing() { return resampledPixelSpacing == null ? null : resampledPixelSpacing.clone(); }
    @Override public double[] resegmentRange() { return resegmentRange == null ? null : resegmentRange.clone(); }
    @Override public int[] distances() { return distances.clone(); }
    /** LoG sigmas in mm. */
    @Override public double[] sigma() { return sigma.clone(); }
    /** The sigma as Python's str() writes it (1 for an integer in the file, 1.0 for a float), for image names. */
    String sigmaLabel(int i) { return sigmaLabels.get(i); }

    /** Enabled image types (YAML order) with their settings; no imageType section means Original with these settings. */
    @Override public Map<String, PyRadiomicsSettings> imageTypes() { return imageTypes == null ? Map.of("Original", this) : imageTypes; }

    /** The texture settings the shared matrix builders read. */
    public PyRadiomicsTextures.Options textureOptions() {
        WeightingNorm norm = weightingNorm;
        return new PyRadiomicsTextures.Options(distances.clone(), symmetricalGLCM, gldmA, force2D ? force2Ddimension : -1,
            norm == null ? null : norm::weight, voxelArrayShift);
    }

    private static Setting key(String key, Setting.Type type, String pyDefault) {
        return new Setting(key, type, pyDefault, PYRADIOMICS, "PyRadiomics' setting of the same name");
    }

    /**
     * Settings being built: the values of {@link #KEYS} as the file gives them (checked by the key's type), the
     * declared defaults for the others; {@link #build} checks the ranges. {@code set} takes a key and value from a
     * file, the typed setters the same for programmatic use.
     */
    public static final class Builder {
        private final SettingValues values = new SettingValues(KEYS, key -> "setting '" + key + "'");
        private List<String> sigmaLabels = List.of();
        private Map<String, PyRadiomicsSettings> imageTypes;
        private final Map<String, List<String>> classes = new LinkedHashMap<>();

        private Builder() {
            for (String c : List.of("firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm")) classes.put(c, List.of());
        }

        /** Sets a key of {@link #KEYS} from a YAML value; None (null) only where PyRadiomics' default is None or for interpolator. */
        public Builder set(String key, Object value) {
            if (value == null && KEYS.stream().anyMatch(k -> k.key().equals(key) && !k.defaultValue().isEmpty()) && !key.equals("interpolator"))
                throw new IllegalArgumentException("setting '" + key + "': expected a value, got None");
            values.put(key, value);
            if (key.equals("sigma")) { // Python's str(): an integer stays "2", a float is "2.0" (as is a number in a text)
                List<String> labels = new ArrayList<>();
                for (Object o : value instanceof List<?> l ? l : value instanceof String ? (List<?>) values.value(key) : List.of(value))
                    labels.add(o instanceof Double || o instanceof Float ? Double.toString(((Number) o).doubleValue()) : String.valueOf(o));
                sigmaLabels = labels;
            }
            return this;
        }

        public Builder binWidth(double v) { return set("binWidth", v); }
        public Builder binCount(Integer v) { return set("binCount", v); }
        public Builder voxelArrayShift(double v) { return set("voxelArrayShift", v); }
        public Builder normalize(boolean v) { return set("normalize", v); }
        public Builder normalizeScale(double v) { return set("normalizeScale", v); }
        public Builder removeOutliers(Double v) { return set("removeOutliers", v); }
        public Builder resampledPixelSpacing(double... v) { return set("resampledPixelSpacing", v == null ? null : Arrays.stream(v).boxed().toList()); }
        public Builder interpolator(Interpolator v) { return set("interpolator", v == null ? null : v.sitkName()); }
        public Builder padDistance(int v) { return set("padDistance", v); }
        public Builder preCrop(boolean v) { return set("preCrop", v); }
        public Builder resegmentRange(double... v) { return set("resegmentRange", v == null ? null : Arrays.stream(v).boxed().toList()); }
        public Builder resegmentMode(ResegmentMode v) { return set("resegmentMode", v.name()); }
        public Builder resegmentShape(boolean v) { return set("resegmentShape", v); }
        public Builder label(int v) { return set("label", v); }
        public Builder minimumROIDimensions(int v) { return set("minimumROIDimensions", v); }
        public Builder minimumROISize(Integer v) { return set("minimumROISize", v); }
        public Builder force2D(boolean v) { return set("force2D", v); }
        /** Numpy axis that is the slice axis in force2D: 0 = z, 1 = y, 2 = x. */
        public Builder force2Ddimension(int v) { return set("force2Ddimension", v); }
        public Builder distances(int... v) { return set("distances", Arrays.stream(v).boxed().toList()); }
        public Builder symmetricalGLCM(boolean v) { return set("symmetricalGLCM", v); }
        /** Null = average the directions (PyRadiomics' None). */
        public Builder weightingNorm(WeightingNorm v) { return set("weightingNorm", v == null ? null : v.name()); }
        public Builder gldmA(double v) { return set("gldm_a", v); }
        /** Resample a mask on another grid onto the image grid (nearest neighbour) instead of failing. */
        public Builder correctMask(boolean v) { return set("correctMask", v); }
        /** Largest difference (mm, or unitless for directions) for image and mask grids to count as equal. */
        public Builder geometryTolerance(double v) { return set("geometryTolerance", v); }
        public Builder sigma(double... mm) { return set("sigma", Arrays.stream(mm).boxed().toList()); }
        public Builder wavelet(String v) { return set("wavelet", v); }
        public Builder startLevel(int v) { return set("start_level", v); }
        public Builder level(int v) { return set("level", v); }
        public Builder gradientUseSpacing(boolean v) { return set("gradientUseSpacing", v); }
        public Builder lbp2DRadius(double v) { return set("lbp2DRadius", v); }
        public Builder lbp2DSamples(int v) { return set("lbp2DSamples", v); }
        public Builder lbp2DMethod(String v) { return set("lbp2DMethod", v); }
        public Builder lbp3DLevels(int v) { return set("lbp3DLevels", v); }
        /** Radius of the LBP3D sampling sphere in voxels. */
        public Builder lbp3DIcosphereRadius(double v) { return set("lbp3DIcosphereRadius", v); }
        public Builder lbp3DIcosphereSubdivision(int v) { return set("lbp3DIcosphereSubdivision", v); }

        public Builder enableClass(String featureClass, String... features) {
            if (!CLASS_ORDER.contains(featureClass)) throw new IllegalArgumentException("unknown feature class '" + featureClass + "' (known: " + CLASS_ORDER + ")");
            classes.put(featureClass, List.of(features));
            return this;
        }

        public Builder disableAllClasses() { classes.clear(); return this; }

        /** Enables an image type with its own settings (PyRadiomics' names: Original, LoG, Wavelet, Square, ...). */
        public Builder imageType(String type, PyRadiomicsSettings settings) {
            if (!ImageTypeFilters.SUPPORTED.contains(type))
                throw new IllegalArgumentException("image type '" + type + "' is not supported (known: " + ImageTypeFilters.SUPPORTED + ")");
            noImageTypes().put(type, settings);
            return this;
        }

        /** An explicitly empty {@code imageType} section: PyRadiomics then computes shape only. */
        Map<String, PyRadiomicsSettings> noImageTypes() {
            if (imageTypes == null) imageTypes = new LinkedHashMap<>();
            return imageTypes;
        }

        /** @throws IllegalArgumentException for the first value out of range, naming the key */
        public PyRadiomicsSettings build() {
            int[] distances = values.integers("distances");
            if (!values.problems().isEmpty()) throw new IllegalArgumentException(String.join("; ", values.problems()));
            String norm = (String) values.value("weightingNorm"), interpolator = (String) values.value("interpolator");
            Object tolerance = values.value("geometryTolerance");
            return new PyRadiomicsSettings(values.number("binWidth"), (Integer) values.value("binCount"), values.number("voxelArrayShift"),
                values.flag("normalize"), values.number("normalizeScale"), (Double) values.value("removeOutliers"), numbersOrNone("resampledPixelSpacing"),
                interpolator == null ? null : Interpolator.parse(interpolator), values.integer("padDistance"), values.flag("preCrop"),
                numbersOrNone("resegmentRange"), ResegmentMode.valueOf(values.text("resegmentMode").toUpperCase()), values.flag("resegmentShape"),
                values.integer("label"), values.integer("minimumROIDimensions"), (Integer) values.value("minimumROISize"), values.flag("force2D"),
                values.integer("force2Ddimension"), distances, values.flag("symmetricalGLCM"),
                norm == null ? null : WeightingNorm.valueOf(norm.toUpperCase()), values.number("gldm_a"), values.flag("correctMask"),
                tolerance == null ? 1e-6 : (Double) tolerance, values.numbers("sigma"), sigmaLabels, values.text("wavelet"),
                values.integer("start_level"), values.integer("level"), values.flag("gradientUseSpacing"), values.number("lbp2DRadius"),
                values.integer("lbp2DSamples"), values.text("lbp2DMethod"), values.integer("lbp3DLevels"), values.number("lbp3DIcosphereRadius"),
                values.integer("lbp3DIcosphereSubdivision"), imageTypes, classes);
        }

        private double[] numbersOrNone(String key) {
            return values.has(key) ? values.numbers(key) : null;
        }
    }
}
