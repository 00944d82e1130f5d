package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.features.PyRadiomicsTextures;

/**
 * PyRadiomics extraction settings, with PyRadiomics' defaults (extractor and feature-class defaults of
 * version 3.x). Mutable, with fluent setters; {@code null} means "not set" where PyRadiomics uses None.
 */
public final class PyRadiomicsSettings {
    /** Feature classes in the order PyRadiomics reports them (shape first, then the image-based classes). */
    public static final List<String> CLASS_ORDER = List.of("shape", "shape2D", "firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm");

    public enum Interpolator { NEAREST, LINEAR, BSPLINE;
        static Interpolator parse(String s) {
            switch (s) {
                case "sitkNearestNeighbor": return NEAREST;
                case "sitkLinear": return LINEAR;
                case "sitkBSpline": return BSPLINE;
                default: throw new IllegalArgumentException("interpolator '" + s + "' is not supported (use sitkNearestNeighbor, sitkLinear or sitkBSpline)");
            }
        }
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

    /** The texture settings the shared matrix builders read. */
    public PyRadiomicsTextures.Options textureOptions() {
        WeightingNorm norm = weightingNorm;
        return new PyRadiomicsTextures.Options(distances.clone(), symmetricalGLCM, gldmA, force2D ? force2Ddimension : -1,
            norm == null ? null : norm::weight, voxelArrayShift);
    }

    private double binWidth = 25;
    private Integer binCount;
    private double voxelArrayShift = 0;
    private boolean normalize;
    private double normalizeScale = 1;
    private Double removeOutliers;
    private double[] resampledPixelSpacing;
    private Interpolator interpolator = Interpolator.BSPLINE;
    private int padDistance = 5;
    private boolean preCrop;
    private double[] resegmentRange;
    private ResegmentMode resegmentMode = ResegmentMode.ABSOLUTE;
    private boolean resegmentShape;
    private int label = 1;
    private int minimumROIDimensions = 2;
    private Integer minimumROISize;
    private boolean force2D;
    private int force2Ddimension = 0;
    private int[] distances = {1};
    private boolean symmetricalGLCM = true;
    private WeightingNorm weightingNorm;
    private double gldmA = 0;
    private boolean correctMask;
    private double geometryTolerance = 1e-6;
    private double[] sigma = {};
    private String[] sigmaLabels = {};
    private String wavelet = "coif1";
    private int startLevel = 0;
    private int level = 1;
    private boolean gradientUseSpacing = true;
    private double lbp2DRadius = 1;
    private int lbp2DSamples = 8;
    private String lbp2DMethod = "uniform";
    private int lbp3DLevels = 2;
    private double lbp3DIcosphereRadius = 1;
    private int lbp3DIcosphereSubdivision = 1;
    /** Enabled image types (YAML order) with their settings (the general ones with the type's own on top). */
    private final Map<String, PyRadiomicsSettings> imageTypes = new LinkedHashMap<>();
    private boolean noImageTypes;
    /** Enabled class -> enabled feature names (empty list: every non-deprecated feature of the class). */
    private final Map<String, List<String>> enabledClasses = new LinkedHashMap<>();

    /** Settings with every PyRadiomics default and all feature classes enabled. */
    public static PyRadiomicsSettings defaults() {
        PyRadiomicsSettings s = new PyRadiomicsSettings();
        for (String c : List.of("firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm")) s.enableClass(c);
        return s;
    }

    public PyRadiomicsSettings enableClass(String featureClass, String... features) {
        if (!CLASS_ORDER.contains(featureClass)) throw new IllegalArgumentException("unknown feature class '" + featureClass + "' (known: " + CLASS_ORDER + ")");
        enabledClasses.put(featureClass, new ArrayList<>(Arrays.asList(features)));
        return this;
    }

    public PyRadiomicsSettings disableAllClasses() { enabledClasses.clear(); return this; }

    /** Enabled classes in PyRadiomics' reporting order, each with its requested features (empty = defaults). */
    public Map<String, List<String>> enabledClasses() {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String c : CLASS_ORDER) if (enabledClasses.containsKey(c)) ordered.put(c, List.copyOf(enabledClasses.get(c)));
        return ordered;
    }

    public double binWidth() { return binWidth; }
    public PyRadiomicsSettings binWidth(double w) {
        if (!(w > 0)) throw new IllegalArgumentException("binWidth must be positive: " + w);
        binWidth = w; return this;
    }
    public Integer binCount() { return binCount; }
    public PyRadiomicsSettings binCount(Integer n) {
        if (n != null && n < 1) throw new IllegalArgumentException("binCount must be at least 1: " + n);
        binCount = n; return this;
    }
    public double voxelArrayShift() { return voxelArrayShift; }
    public PyRadiomicsSettings voxelArrayShift(double v) { voxelArrayShift = v; return this; }
    public boolean normalize() { return normalize; }
    public PyRadiomicsSettings normalize(boolean b) { normalize = b; return this; }
    public double normalizeScale() { return normalizeScale; }
    public PyRadiomicsSettings normalizeScale(double v) { normalizeScale = v; return this; }
    public Double removeOutliers() { return removeOutliers; }
    public PyRadiomicsSettings removeOutliers(Double v) { removeOutliers = v; return this; }
    /** Target spacing (x, y, z) in mm, or null. */
    public double[] resampledPixelSpacing() { return resampledPixelSpacing == null ? null : resampledPixelSpacing.clone(); }
    public PyRadiomicsSettings resampledPixelSpacing(double[] v) {
        if (v != null && v.length != 3) throw new IllegalArgumentException("resampledPixelSpacing needs 3 values (x, y, z): " + Arrays.toString(v));
        resampledPixelSpacing = v == null ? null : v.clone(); return this;
    }
    /** The interpolator, or null when resampling is switched off by an explicit None. */
    public Interpolator interpolator() { return interpolator; }
    public PyRadiomicsSettings interpolator(Interpolator i) { interpolator = i; return this; }
    public PyRadiomicsSettings interpolator(String sitkName) { interpolator = sitkName == null ? null : Interpolator.parse(sitkName); return this; }
    public int padDistance() { return padDistance; }
    public PyRadiomicsSettings padDistance(int v) { padDistance = v; return this; }
    public boolean preCrop() { return preCrop; }
    public PyRadiomicsSettings preCrop(boolean b) { preCrop = b; return this; }
    public double[] resegmentRange() { return resegmentRange == null ? null : resegmentRange.clone(); }
    public PyRadiomicsSettings resegmentRange(double[] v) {
        if (v != null && (v.length < 1 || v.length > 2)) throw new IllegalArgumentException("resegmentRange needs 1 or 2 values: " + Arrays.toString(v));
        resegmentRange = v == null ? null : v.clone(); return this;
    }
    public ResegmentMode resegmentMode() { return resegmentMode; }
    public PyRadiomicsSettings resegmentMode(ResegmentMode m) { resegmentMode = m; return this; }
    public boolean resegmentShape() { return resegmentShape; }
    public PyRadiomicsSettings resegmentShape(boolean b) { resegmentShape = b; return this; }
    public int label() { return label; }
    public PyRadiomicsSettings label(int v) { label = v; return this; }
    public int minimumROIDimensions() { return minimumROIDimensions; }
    public PyRadiomicsSettings minimumROIDimensions(int v) {
        if (v < 1 || v > 3) throw new IllegalArgumentException("minimumROIDimensions must be 1, 2 or 3: " + v);
        minimumROIDimensions = v; return this;
    }
    public Integer minimumROISize() { return minimumROISize; }
    public PyRadiomicsSettings minimumROISize(Integer v) { minimumROISize = v; return this; }
    public boolean force2D() { return force2D; }
    public PyRadiomicsSettings force2D(boolean b) { force2D = b; return this; }
    /** Numpy axis that is the slice axis in force2D: 0 = z, 1 = y, 2 = x. */
    public int force2Ddimension() { return force2Ddimension; }
    public PyRadiomicsSettings force2Ddimension(int v) {
        if (v < 0 || v > 2) throw new IllegalArgumentException("force2Ddimension must be 0, 1 or 2: " + v);
        force2Ddimension = v; return this;
    }
    public int[] distances() { return distances.clone(); }
    public PyRadiomicsSettings distances(int... d) {
        if (d.length == 0) throw new IllegalArgumentException("distances must not be empty");
        for (int v : d) if (v < 1) throw new IllegalArgumentException("distances must be positive: " + Arrays.toString(d));
        distances = d.clone(); return this;
    }
    public boolean symmetricalGLCM() { return symmetricalGLCM; }
    public PyRadiomicsSettings symmetricalGLCM(boolean b) { symmetricalGLCM = b; return this; }
    /** Null = average the directions (PyRadiomics' None). */
    public WeightingNorm weightingNorm() { return weightingNorm; }
    public PyRadiomicsSettings weightingNorm(WeightingNorm w) { weightingNorm = w; return this; }
    /** Resample a mask on another grid onto the image grid (nearest neighbour) instead of failing. */
    public boolean correctMask() { return correctMask; }
    public PyRadiomicsSettings correctMask(boolean b) { correctMask = b; return this; }
    /** Largest difference (mm, or unitless for directions) for image and mask grids to count as equal. */
    public double geometryTolerance() { return geometryTolerance; }
    public PyRadiomicsSettings geometryTolerance(double t) {
        if (!(t >= 0)) throw new IllegalArgumentException("geometryTolerance must be >= 0: " + t);
        geometryTolerance = t; return this;
    }
    public double gldmA() { return gldmA; }
    public PyRadiomicsSettings gldmA(double a) { gldmA = a; return this; }

    /** LoG sigmas in mm. */
    public double[] sigma() { return sigma.clone(); }
    /** The sigma as Python's str() writes it (1 for an integer in the file, 1.0 for a float), for image names. */
    String sigmaLabel(int i) { return sigmaLabels[i]; }
    public PyRadiomicsSettings sigma(double... mm) {
        String[] labels = new String[mm.length];
        for (int i = 0; i < mm.length; i++) labels[i] = Double.toString(mm[i]);
        return sigma(mm, labels);
    }
    PyRadiomicsSettings sigma(double[] mm, String[] labels) { sigma = mm.clone(); sigmaLabels = labels.clone(); return this; }
    public String wavelet() { return wavelet; }
    public PyRadiomicsSettings wavelet(String name) {
        org.gliomaradiomics.features.filters.WaveletCoefficients.decompositionLowPass(name); // fails on an unknown name
        wavelet = name; return this;
    }
    /** Most wavelet levels (and start level): PyRadiomics' own default is 1. */
    public static final int MAX_WAVELET_LEVEL = 8;
    public int startLevel() { return startLevel; }
    public PyRadiomicsSettings startLevel(int v) {
        if (v < 0) throw new IllegalArgumentException("start_level must be >= 0: " + v);
        if (v > MAX_WAVELET_LEVEL) throw new IllegalArgumentException("start_level " + v + " is above the limit " + MAX_WAVELET_LEVEL);
        startLevel = v; return this;
    }
    public int level() { return level; }
    public PyRadiomicsSettings level(int v) {
        if (v < 1) throw new IllegalArgumentException("level must be >= 1: " + v);
        if (v > MAX_WAVELET_LEVEL) throw new IllegalArgumentException("level " + v + " is above the limit " + MAX_WAVELET_LEVEL
            + " (each level adds 7 or 8 filtered images of the whole region)");
        level = v; return this;
    }
    public boolean gradientUseSpacing() { return gradientUseSpacing; }
    public PyRadiomicsSettings gradientUseSpacing(boolean b) { gradientUseSpacing = b; return this; }

    public double lbp2DRadius() { return lbp2DRadius; }
    public PyRadiomicsSettings lbp2DRadius(double r) {
        if (!(r > 0)) throw new IllegalArgumentException("lbp2DRadius must be positive: " + r);
        lbp2DRadius = r; return this;
    }
    public int lbp2DSamples() { return lbp2DSamples; }
    public PyRadiomicsSettings lbp2DSamples(int n) {
        if (n < 1 || n > 30) throw new IllegalArgumentException("lbp2DSamples must be 1..30: " + n);
        lbp2DSamples = n; return this;
    }
    public String lbp2DMethod() { return lbp2DMethod; }
    public PyRadiomicsSettings lbp2DMethod(String m) {
        if (!m.equals("uniform") && !m.equals("default")) throw new IllegalArgumentException("lbp2DMethod '" + m + "' is not supported (uniform or default)");
        lbp2DMethod = m; return this;
    }

    public int lbp3DLevels() { return lbp3DLevels; }
    public PyRadiomicsSettings lbp3DLevels(int n) {
        if (n < 2) throw new IllegalArgumentException(LocalBinaryPattern3D.LEVELS_MESSAGE + n);
        lbp3DLevels = n; return this;
    }
    /** Radius of the LBP3D sampling sphere in voxels. */
    public double lbp3DIcosphereRadius() { return lbp3DIcosphereRadius; }
    public PyRadiomicsSettings lbp3DIcosphereRadius(double r) {
        if (!(r > 0)) throw new IllegalArgumentException("lbp3DIcosphereRadius must be positive: " + r);
        lbp3DIcosphereRadius = r; return this;
    }
    public int lbp3DIcosphereSubdivision() { return lbp3DIcosphereSubdivision; }
    public PyRadiomicsSettings lbp3DIcosphereSubdivision(int n) {
        if (n < 0) throw new IllegalArgumentException("lbp3DIcosphereSubdivision must be >= 0: " + n);
        lbp3DIcosphereSubdivision = n; return this;
    }

    /** Enables an image type with its own settings (PyRadiomics' names: Original, LoG, Wavelet, Square, ...). */
    public PyRadiomicsSettings imageType(String type, PyRadiomicsSettings settings) {
        if (!ImageTypeFilters.SUPPORTED.contains(type))
            throw new IllegalArgumentException("image type '" + type + "' is not supported (known: " + ImageTypeFilters.SUPPORTED + ")");
        imageTypes.put(type, settings);
        return this;
    }

    /** An explicitly empty {@code imageType} section: PyRadiomics then computes shape only. */
    PyRadiomicsSettings noImageTypes() { noImageTypes = true; imageTypes.clear(); return this; }

    /** Enabled image types and their settings; none enabled means Original with these settings. */
    public Map<String, PyRadiomicsSettings> imageTypes() {
        if (imageTypes.isEmpty()) return noImageTypes ? Map.of() : Map.of("Original", this);
        return java.util.Collections.unmodifiableMap(imageTypes);
    }
}
