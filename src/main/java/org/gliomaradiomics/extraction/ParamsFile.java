package org.gliomaradiomics.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.settings.Problems;
import org.gliomaradiomics.settings.Setting;
import org.gliomaradiomics.settings.YamlDocuments;
import org.gliomaradiomics.settings.YamlText;

/**
 * An extraction parameter file in PyRadiomics' layout ({@code imageType}, {@code featureClass}, {@code setting})
 * extended with our own keys for IBSI-only choices. Every key is checked: an unknown key or a value of the wrong
 * kind is an error naming the file and the key (a typo must not silently change a study's numbers), and every problem
 * of a file is reported in one message. The {@code imageType} entries are checked by the conventions that read them.
 */
public final class ParamsFile {
    static final Set<String> SECTIONS = Set.of("imageType", "featureClass", "setting", "voxelSetting");

    private final Path file;
    private Map<String, Object> raw = Map.of();
    private final List<String> problems = new ArrayList<>();
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

    /** Reads and checks a file; every problem of it is reported in one message. */
    public static ParamsFile read(Path file) throws IOException {
        ParamsFile p = load(file);
        p.throwIfProblems();
        return p;
    }

    /**
     * Loads a file, recording rather than throwing its problems ({@link #problems()}): the caller decides which
     * conventions apply and reports every problem at once. Only a file that is not YAML at all is an exception.
     */
    public static ParamsFile load(Path file) throws IOException {
        return parse(file, YamlDocuments.read(file));
    }

    public static ParamsFile parseText(String yaml) throws IOException {
        ParamsFile p;
        try {
            p = parse(null, YamlText.parse(yaml));
        } catch (IllegalArgumentException e) {
            throw new IOException("parameters: " + e.getMessage(), e);
        }
        p.throwIfProblems();
        return p;
    }

    /** The problems found while reading ({@code setting.binWidht: unknown setting}, ...), in file order. */
    public List<String> problems() {
        return problems;
    }

    /** Throws one exception naming the file and every problem, if there is any. */
    public void throwIfProblems() throws IOException {
        if (!problems.isEmpty()) throw new IOException(Problems.message(source(), problems));
    }

    private static ParamsFile parse(Path file, Object root) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, Map<String, Object>> imageTypes = new LinkedHashMap<>();
        Map<String, List<String>> classes = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        if (root != null && !(root instanceof Map)) problems.add("expected sections imageType, featureClass, setting");
        Map<?, ?> top = root instanceof Map ? (Map<?, ?>) root : Map.of();
        for (Map.Entry<?, ?> e : top.entrySet()) {
            raw.put(String.valueOf(e.getKey()), e.getValue());
            if (!SECTIONS.contains(String.valueOf(e.getKey())))
                problems.add("unknown section '" + e.getKey() + "' (known: imageType, featureClass, setting, voxelSetting)");
        }
        // image types: their parameters are checked by the conventions that read them (IbsiImageTypes, PyRadiomics)
        Object it = top.get("imageType");
        if (it == null) imageTypes.put("Original", Map.of());
        else for (Map.Entry<?, ?> e : asMap(problems, "imageType", it).entrySet()) {
            Map<String, Object> custom = new LinkedHashMap<>();
            if (e.getValue() != null) for (Map.Entry<?, ?> c : asMap(problems, "imageType." + e.getKey(), e.getValue()).entrySet())
                custom.put(String.valueOf(c.getKey()), c.getValue());
            imageTypes.put(String.valueOf(e.getKey()), custom);
        }
        Object fc = top.get("featureClass");
        if (fc != null) for (Map.Entry<?, ?> e : asMap(problems, "featureClass", fc).entrySet()) {
            List<String> names = null; // null or empty list: every feature of the class
            if (e.getValue() instanceof List) {
                names = new ArrayList<>();
                for (Object o : (List<?>) e.getValue()) names.add(String.valueOf(o));
                if (names.isEmpty()) names = null;
            } else if (e.getValue() != null) {
                problems.add("featureClass." + e.getKey() + ": expected a list of feature names or nothing");
            }
            classes.put(String.valueOf(e.getKey()), names);
        }
        for (String section : List.of("setting", "voxelSetting")) {
            Object st = top.get(section);
            if (st != null) for (Map.Entry<?, ?> e : asMap(problems, section, st).entrySet()) {
                String key = String.valueOf(e.getKey());
                try {
                    settings.put(key, check(section + "." + key, key, e.getValue()));
                } catch (IllegalArgumentException ex) {
                    problems.add(ex.getMessage());
                }
            }
        }
        ParamsFile p = new ParamsFile(file, imageTypes, classes, settings);
        p.raw = raw;
        p.problems.addAll(problems);
        return p;
    }

    /**
     * What in a file belongs to one set of conventions only, for {@code conventions: auto}: {@code pyradiomics} lists
     * settings and image types IBSI mode has no use for (PyRadiomics' {@code voxelArrayShift}, {@code padDistance},
     * {@code Square}, ...); {@code pyradiomicsClasses} PyRadiomics' class names, which IBSI mode maps to its families
     * ({@code shape}, {@code firstorder}, {@code gldm}); {@code ibsi} our IBSI-only keys, families and filters.
     */
    public record Recognition(List<String> pyradiomics, List<String> pyradiomicsClasses, List<String> ibsi) {}

    private static final Set<String> PYRADIOMICS_ONLY_TYPES = Set.of("Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D");
    private static final Set<String> IBSI_ONLY_TYPES = Set.of("Mean", "Laws", "Gabor", "Simoncelli", "Riesz");
    /** Filter parameters of IBSI mode that PyRadiomics' LoG and Wavelet do not have. */
    private static final Set<String> IBSI_ONLY_FILTER_KEYS = Set.of("padding", "dimensionality", "truncation", "maps", "map",
        "rotation_invariance", "pooling", "riesz_order", "sigma_mm");

    public Recognition recognise() {
        List<String> py = new ArrayList<>(), pyClasses = new ArrayList<>(), ibsi = new ArrayList<>();
        for (String key : settings.keySet()) {
            Setting.Scope scope = ParameterFileSchema.setting(key).map(Setting::scope).orElse(Setting.Scope.BOTH);
            if (scope == Setting.Scope.PYRADIOMICS) py.add("setting." + key);
            if (scope == Setting.Scope.IBSI) ibsi.add("setting." + key);
        }
        for (Map.Entry<String, Map<String, Object>> t : imageTypes.entrySet()) {
            if (PYRADIOMICS_ONLY_TYPES.contains(t.getKey())) py.add("imageType." + t.getKey());
            if (IBSI_ONLY_TYPES.contains(t.getKey())) ibsi.add("imageType." + t.getKey());
            for (String key : t.getValue().keySet()) {
                if (IBSI_ONLY_FILTER_KEYS.contains(key)) ibsi.add("imageType." + t.getKey() + "." + key);
                if (key.equals("start_level") || key.startsWith("lbp") || ParameterFileSchema.setting(key).map(Setting::scope).orElse(null) == Setting.Scope.PYRADIOMICS && !List.of("sigma", "wavelet", "level").contains(key))
                    py.add("imageType." + t.getKey() + "." + key);
            }
        }
        for (String c : featureClasses.keySet()) {
            if (List.of("shape", "firstorder", "gldm").contains(c)) pyClasses.add("featureClass." + c);
            if (ExtractionSettings.allFamilyNames().contains(c) && !List.of("glcm", "glrlm", "glszm", "ngtdm").contains(c)) ibsi.add("featureClass." + c);
        }
        return new Recognition(py, pyClasses, ibsi);
    }

    /** The file as loaded. */
    public Map<String, Object> raw() {
        return raw;
    }

    /**
     * The file as PyRadiomics' conventions read it (they check PyRadiomics' own keys): our bookkeeping keys
     * ({@link ParameterFileSchema#OWN_KEYS}) removed from {@code setting}, and PyRadiomics' {@code voxelSetting}
     * section left out (its kernel is the feature-maps command's kernel radius; whole-ROI extraction has none).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> pyRadiomicsTree() {
        Map<String, Object> copy = new LinkedHashMap<>(raw);
        copy.remove("voxelSetting");
        if (copy.get("setting") instanceof Map<?, ?> setting) {
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) setting);
            s.keySet().removeAll(ParameterFileSchema.OWN_KEYS);
            copy.put("setting", s);
        }
        return copy;
    }

    private static Map<?, ?> asMap(List<String> problems, String key, Object v) {
        if (v instanceof Map) return (Map<?, ?>) v;
        problems.add(key + ": expected a mapping of names to values");
        return Map.of();
    }

    /** Validates one setting value; returns Double, Integer, Boolean, String, List<Double> or List<String>. */
    private static Object check(String path, String key, Object v) {
        Setting setting = ParameterFileSchema.setting(key).orElseThrow(() -> new IllegalArgumentException("unknown setting '" + path + "'"));
        return setting.type().check(path, v);
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

    /** A declared key's value, else its default in {@link ParameterFileSchema} (NaN when it declares none). */
    public double number(String key) {
        Object v = valueOrDefault(key);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    /** As {@link #number(String)}, for an integer key that declares a default. */
    public int integer(String key) {
        return ((Number) valueOrDefault(key)).intValue();
    }

    /** As {@link #number(String)}, for a boolean key that declares a default. */
    public boolean flag(String key) {
        return (Boolean) valueOrDefault(key);
    }

    /** As {@link #number(String)}, for a text key (null when it declares no default). */
    public String text(String key) {
        return (String) valueOrDefault(key);
    }

    private Object valueOrDefault(String key) {
        Object v = settings.get(key);
        return v != null ? v : ParameterFileSchema.setting(key).orElseThrow(() -> new IllegalArgumentException("undeclared setting '" + key + "'")).parsedDefault();
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
