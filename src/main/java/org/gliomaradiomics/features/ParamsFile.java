package org.gliomaradiomics.features;

import org.gliomaradiomics.image.TextFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * An extraction parameter file in PyRadiomics' layout ({@code imageType}, {@code featureClass}, {@code setting})
 * extended with our own keys for IBSI-only choices. Every key is checked: an unknown key or a value of the wrong
 * kind is an error naming the file and the key (a typo must not silently change a study's numbers).
 */
public final class ParamsFile {
    /** Value kinds a setting can take. */
    enum Kind { NUMBER, POSITIVE, INTEGER, BOOLEAN, TEXT, NUMBERS, NUMBER_OR_NUMBERS, TEXTS }

    /** Known {@code setting} keys: PyRadiomics' documented settings, then ours. */
    static final Map<String, Kind> SETTINGS = new LinkedHashMap<>();

    static {
        // PyRadiomics
        for (String k : List.of("binWidth", "normalizeScale", "removeOutliers", "geometryTolerance")) SETTINGS.put(k, Kind.POSITIVE);
        SETTINGS.put("voxelArrayShift", Kind.NUMBER);
        SETTINGS.put("gldm_a", Kind.NUMBER);
        for (String k : List.of("binCount", "label", "minimumROIDimensions", "minimumROISize", "padDistance", "force2Ddimension",
            "label_channel", "kernelRadius", "voxelBatch", "start_level", "level")) SETTINGS.put(k, Kind.INTEGER);
        for (String k : List.of("normalize", "preCrop", "force2D", "symmetricalGLCM", "correctMask", "resegmentShape",
            "additionalInfo", "enableCExtensions", "gradientUseSpacing", "maskedKernel")) SETTINGS.put(k, Kind.BOOLEAN);
        for (String k : List.of("interpolator", "resegmentMode", "weightingNorm", "wavelet")) SETTINGS.put(k, Kind.TEXT);
        SETTINGS.put("resampledPixelSpacing", Kind.NUMBERS);
        SETTINGS.put("resegmentRange", Kind.NUMBERS);
        SETTINGS.put("distances", Kind.NUMBERS);
        SETTINGS.put("sigma", Kind.NUMBERS);
        SETTINGS.put("initValue", Kind.NUMBER);
        SETTINGS.put("lbp2DRadius", Kind.POSITIVE);
        SETTINGS.put("lbp2DSamples", Kind.INTEGER);
        SETTINGS.put("lbp2DMethod", Kind.TEXT);
        SETTINGS.put("lbp3DLevels", Kind.INTEGER);
        SETTINGS.put("lbp3DIcosphereRadius", Kind.POSITIVE);
        SETTINGS.put("lbp3DIcosphereSubdivision", Kind.INTEGER);
        // Ours (IBSI choices PyRadiomics has no key for)
        SETTINGS.put("conventions", Kind.TEXT);            // ibsi | pyradiomics
        SETTINGS.put("discretisation", Kind.TEXT);         // fixedBinSize | fixedBinNumber | none (grey levels as they are)
        SETTINGS.put("binLowerBound", Kind.NUMBER);        // fixed bin size: lower bound of the first bin
        SETTINGS.put("aggregation", Kind.TEXTS);           // texture dimensionalities: 2D, 2.5D, 3D
        SETTINGS.put("ivhDiscretisation", Kind.TEXT);      // none | fixedBinSize | fixedBinNumber
        SETTINGS.put("ivhBinWidth", Kind.POSITIVE);
        SETTINGS.put("ivhBinCount", Kind.INTEGER);
        SETTINGS.put("localIntensityRadius", Kind.POSITIVE); // mm
        SETTINGS.put("ngldmAlpha", Kind.INTEGER);
        SETTINGS.put("surface", Kind.TEXT);                // mesh (IBSI) | smooth (morphology area of a smoothed surface)
        SETTINGS.put("labels", Kind.TEXTS);                // several labels or BraTS regions WT, TC, ET
        SETTINGS.put("bratsConvention", Kind.TEXT);        // auto | 2021 | 2023
        SETTINGS.put("threads", Kind.INTEGER);
    }

    static final Set<String> SECTIONS = Set.of("imageType", "featureClass", "setting", "voxelSetting");

    private final Path file;
    private Map<String, Object> raw = Map.of();
    private final Map<String, Map<String, Object>> imageTypes;
    private final Map<String, List<String>> featureClasses;
    private final Map<String, Object> settings;

    private ParamsFile(Path file, Map<String, Map<String, Object>> imageTypes, Map<String, List<String>> featureClasses, Map<String, Object> settings) {
        this.file = file;
        this.imageTypes = imageTypes;
        this.featureClasses = featureClasses;
        this.settings = settings;
    }

    /** An empty parameter set (all defaults). */
    public static ParamsFile defaults() {
        Map<String, Map<String, Object>> it = new LinkedHashMap<>();
        it.put("Original", Map.of());
        return new ParamsFile(null, it, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    public static ParamsFile read(Path file) throws IOException {
        Object root;
        try (Reader r = TextFiles.reader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (YAMLException e) {
            throw new IOException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
        return parse(file, root);
    }

    /** Loads a file without checking its keys (PyRadiomics conventions check PyRadiomics' own keys). */
    @SuppressWarnings("unchecked")
    public static ParamsFile readLenient(Path file) throws IOException {
        Object root;
        try (Reader r = TextFiles.reader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (YAMLException e) {
            throw new IOException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
        if (root != null && !(root instanceof Map)) throw new IOException(file + ": expected sections imageType, featureClass, setting");
        Map<String, Object> raw = new LinkedHashMap<>();
        if (root != null) for (Map.Entry<?, ?> e : ((Map<?, ?>) root).entrySet()) raw.put(String.valueOf(e.getKey()), e.getValue());
        Map<String, Object> settings = new LinkedHashMap<>();
        if (raw.get("setting") instanceof Map) for (Map.Entry<?, ?> e : ((Map<?, ?>) raw.get("setting")).entrySet()) settings.put(String.valueOf(e.getKey()), e.getValue());
        ParamsFile p = new ParamsFile(file, new LinkedHashMap<>(), new LinkedHashMap<>(), settings);
        p.raw = raw;
        return p;
    }

    public static ParamsFile parseText(String yaml) throws IOException {
        try {
            return parse(null, new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
        } catch (YAMLException e) {
            throw new IOException("parameters: not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    private static ParamsFile parse(Path file, Object root) throws IOException {
        String where = file == null ? "parameters" : file.toString();
        if (root == null) return defaults();
        if (!(root instanceof Map)) throw new IOException(where + ": expected sections imageType, featureClass, setting");
        Map<?, ?> top = (Map<?, ?>) root;
        for (Object k : top.keySet())
            if (!SECTIONS.contains(String.valueOf(k))) throw new IOException(where + ": unknown section '" + k + "' (known: imageType, featureClass, setting, voxelSetting)");
        Map<String, Map<String, Object>> imageTypes = new LinkedHashMap<>();
        Object it = top.get("imageType");
        if (it == null) imageTypes.put("Original", Map.of());
        else {
            for (Map.Entry<?, ?> e : asMap(where, "imageType", it).entrySet()) {
                Map<String, Object> custom = new LinkedHashMap<>();
                if (e.getValue() != null) for (Map.Entry<?, ?> s : asMap(where, "imageType." + e.getKey(), e.getValue()).entrySet()) {
                    String key = String.valueOf(s.getKey());
                    custom.put(key, check(where, "imageType." + e.getKey() + "." + key, key, s.getValue()));
                }
                imageTypes.put(String.valueOf(e.getKey()), custom);
            }
        }
        Map<String, List<String>> classes = new LinkedHashMap<>();
        Object fc = top.get("featureClass");
        if (fc != null) for (Map.Entry<?, ?> e : asMap(where, "featureClass", fc).entrySet()) {
            List<String> names = null; // null or empty list: every feature of the class
            if (e.getValue() instanceof List) {
                names = new ArrayList<>();
                for (Object o : (List<?>) e.getValue()) names.add(String.valueOf(o));
                if (names.isEmpty()) names = null;
            } else if (e.getValue() != null) {
                throw new IOException(where + ": featureClass." + e.getKey() + ": expected a list of feature names or nothing");
            }
            classes.put(String.valueOf(e.getKey()), names);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String section : List.of("setting", "voxelSetting")) {
            Object st = top.get(section);
            if (st != null) for (Map.Entry<?, ?> e : asMap(where, section, st).entrySet()) {
                String key = String.valueOf(e.getKey());
                settings.put(key, check(where, section + "." + key, key, e.getValue()));
            }
        }
        ParamsFile p = new ParamsFile(file, imageTypes, classes, settings);
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : top.entrySet()) copy.put(String.valueOf(e.getKey()), e.getValue());
        p.raw = copy;
        return p;
    }

    /** The file as loaded (for PyRadiomics conventions, which check PyRadiomics' own keys). */
    public Map<String, Object> raw() {
        return raw;
    }

    private static Map<?, ?> asMap(String where, String key, Object v) throws IOException {
        if (v instanceof Map) return (Map<?, ?>) v;
        throw new IOException(where + ": " + key + ": expected a mapping of names to values");
    }

    /** Validates one setting value; returns Double, Integer, Boolean, String, List<Double> or List<String>. */
    private static Object check(String where, String path, String key, Object v) throws IOException {
        Kind kind = SETTINGS.get(key);
        if (kind == null) throw new IOException(where + ": unknown setting '" + path + "'");
        if (v == null) return null;
        String bad = where + ": " + path + ": ";
        switch (kind) {
            case NUMBER:
            case POSITIVE: {
                if (!(v instanceof Number)) throw new IOException(bad + "expected a number, got '" + v + "'");
                double d = ((Number) v).doubleValue();
                if (kind == Kind.POSITIVE && !(d > 0)) throw new IOException(bad + "must be positive, got " + v);
                return d;
            }
            case INTEGER:
                if (!(v instanceof Integer || v instanceof Long)) throw new IOException(bad + "expected an integer, got '" + v + "'");
                return ((Number) v).intValue();
            case BOOLEAN:
                if (!(v instanceof Boolean)) throw new IOException(bad + "expected true or false, got '" + v + "'");
                return v;
            case TEXT:
                if (v instanceof Map || v instanceof List) throw new IOException(bad + "expected a single value, got '" + v + "'");
                return String.valueOf(v);
            case TEXTS: {
                List<String> out = new ArrayList<>();
                if (v instanceof List) for (Object o : (List<?>) v) out.add(String.valueOf(o));
                else out.add(String.valueOf(v));
                return out;
            }
            case NUMBERS:
            case NUMBER_OR_NUMBERS: {
                List<Double> out = new ArrayList<>();
                if (v instanceof List) {
                    for (Object o : (List<?>) v) {
                        if (!(o instanceof Number)) throw new IOException(bad + "expected numbers, got '" + o + "'");
                        out.add(((Number) o).doubleValue());
                    }
                } else if (v instanceof Number) out.add(((Number) v).doubleValue());
                else throw new IOException(bad + "expected a list of numbers, got '" + v + "'");
                return out;
            }
            default:
                throw new IllegalStateException();
        }
    }

    public Path file() {
        return file;
    }

    /** Image types in file order, each with its custom settings (e.g. LoG sigma). */
    public Map<String, Map<String, Object>> imageTypes() {
        return imageTypes;
    }

    /** Enabled classes; a null list means every feature of that class. Empty map: every class. */
    public Map<String, List<String>> featureClasses() {
        return featureClasses;
    }

    public Map<String, Object> settings() {
        return settings;
    }

    public boolean has(String key) {
        return settings.get(key) != null;
    }

    public double number(String key, double fallback) {
        Object v = settings.get(key);
        return v == null ? fallback : ((Number) v).doubleValue();
    }

    public int integer(String key, int fallback) {
        Object v = settings.get(key);
        return v == null ? fallback : ((Number) v).intValue();
    }

    public boolean flag(String key, boolean fallback) {
        Object v = settings.get(key);
        return v == null ? fallback : (Boolean) v;
    }

    public String text(String key, String fallback) {
        Object v = settings.get(key);
        return v == null ? fallback : (String) v;
    }

    @SuppressWarnings("unchecked")
    public List<Double> numbers(String key) {
        Object v = settings.get(key);
        return v == null ? null : (List<Double>) v;
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String key) {
        Object v = settings.get(key);
        return v == null ? null : (List<String>) v;
    }

    /** Where errors should point: the file name, or "parameters". */
    public String source() {
        return file == null ? "parameters" : file.toString();
    }
}
