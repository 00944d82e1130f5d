package org.gliomaradiomics.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gliomaradiomics.settings.YamlText;
import org.gliomaradiomics.table.CsvTable;

/**
 * What a pipeline does, before fitting. Built from a small YAML file or in code:
 * <pre>
 * robust: {table: robustness.csv, icc: 0.75, measure: icc1}   # optional: drop features with ICC below 0.75 first
 * impute: median            # median | none
 * nearConstant: 0.95        # drop features whose most frequent value covers &gt; 95% of rows; null: off
 * combat: {parametric: true, eb: true, covariates: [clinical_Age_at_MRI]}   # optional; needs batch labels
 * correlation: 0.9          # drop one of each pair with |r| &gt; 0.9 (keeps the one more related to the target)
 * scale: zscore             # zscore | none
 * selection: {method: mrmr, k: 20, reliefSamples: 0}   # anova | mrmr | relieff | infogain | l1logistic
 * balance: none             # none | weights | resample
 * classifier: {name: weka.classifiers.trees.RandomForest, options: "-I 100"}
 * grid: {selection.k: [10, 20], classifier.options: ["-I 50", "-I 100"]}   # optional: nested CV tuning
 * innerFolds: 3
 * </pre>
 * Steps run in the order listed above. The keys are declared in {@link PipelineSchema}; unknown keys are an error naming the key. {@link #fit} fits every step on
 * the given (training) rows only; with a grid, each combination is scored by inner stratified k-fold AUC on those
 * rows and the best (first on ties) is refitted on all of them.
 */
public final class PipelineSpec {
    private static final Set<String> TOP_KEYS = PipelineSchema.topKeys();

    /** Reads the robustness table that {@code robust.table} names: the I/O layer supplies it, the core reads no files. */
    @FunctionalInterface
    public interface TableReader {
        CsvTable read(Path file) throws IOException;
    }

    /** For pipelines built without a file reader: a {@code robust} step is then an error saying so. */
    private static final TableReader NO_FILES = file -> {
        throw new IOException(file + ": this pipeline was not read with a file reader (commands.PipelineFiles), so it cannot read tables");
    };

    private final Map<String, Object> config;
    private final TableReader tables;
    final RobustFeatures robust;
    final boolean impute, scale;
    final Double nearConstant, correlation;
    final ComBat.Options combat;
    final List<String> combatCovariates;
    final FeatureSelection.Method selection;
    final int selectionK, reliefSamples;
    final WekaClassifier.Balance balance;
    final String classifierName, classifierOptions;
    final Map<String, List<Object>> grid;
    final int innerFolds;

    private PipelineSpec(Map<String, Object> config, TableReader tables) {
        this.config = config;
        this.tables = tables;
        checkKeys(config, TOP_KEYS, "pipeline");
        robust = robust(section(config, "robust"), tables);
        impute = choice(config, "impute", "median", "median", "none");
        scale = choice(config, "scale", "zscore", "zscore", "none");
        nearConstant = number(config, "nearConstant");
        correlation = number(config, "correlation");
        Map<String, Object> cb = section(config, "combat");
        combat = cb == null ? null : new ComBat.Options(bool(cb, "parametric", true), bool(cb, "eb", true));
        combatCovariates = cb == null || cb.get("covariates") == null ? List.of() : stringList(cb.get("covariates"), "combat.covariates");
        Map<String, Object> sel = section(config, "selection");
        selection = sel == null ? null : FeatureSelection.Method.parse(String.valueOf(sel.getOrDefault("method", "mrmr")));
        selectionK = sel == null ? 0 : integer(sel, "k", 20);
        reliefSamples = sel == null ? 0 : integer(sel, "reliefSamples", 0);
        balance = WekaClassifier.Balance.parse(String.valueOf(config.getOrDefault("balance", "none")));
        Map<String, Object> cl = section(config, "classifier");
        classifierName = cl == null ? "weka.classifiers.trees.RandomForest" : String.valueOf(cl.getOrDefault("name", "weka.classifiers.trees.RandomForest"));
        classifierOptions = cl == null || cl.get("options") == null ? "" : String.valueOf(cl.get("options"));
        WekaClassifier.create(classifierName, classifierOptions); // fail early on a bad name or options
        grid = new TreeMap<>();
        Object g = config.get("grid");
        if (g != null) {
            if (!(g instanceof Map)) throw new IllegalArgumentException("pipeline key 'grid' must be a mapping");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) g).entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!(e.getValue() instanceof List) || ((List<?>) e.getValue()).isEmpty())
                    throw new IllegalArgumentException("grid key '" + key + "' needs a non-empty list of values");
                grid.put(key, new ArrayList<>((List<?>) e.getValue()));
                withParameter(deepCopy(config), key, ((List<?>) e.getValue()).get(0)); // validates the key
            }
        }
        innerFolds = integer(config, "innerFolds", 3);
    }

    /** The default: median imputation, z-score, random forest. */
    public static PipelineSpec defaults() {
        return fromMap(new LinkedHashMap<>());
    }

    public static PipelineSpec fromMap(Map<String, Object> config) {
        return fromMap(config, NO_FILES);
    }

    /** @param tables reads the {@code robust.table} file, if the pipeline has that step */
    public static PipelineSpec fromMap(Map<String, Object> config, TableReader tables) {
        return new PipelineSpec(deepCopy(config), tables);
    }

    public static PipelineSpec fromYaml(String yaml) {
        return fromYaml(yaml, NO_FILES);
    }

    /** @param tables reads the {@code robust.table} file, if the pipeline has that step */
    public static PipelineSpec fromYaml(String yaml, TableReader tables) {
        Map<String, Object> m = parse(yaml);
        return m == null ? defaults() : fromMap(m, tables);
    }

    /** The mapping of a pipeline YAML text, or null for an empty text. */
    public static Map<String, Object> parse(String yaml) {
        Object o = YamlText.parse(yaml);
        if (o == null) return null;
        if (!(o instanceof Map)) throw new IllegalArgumentException("pipeline YAML must be a mapping of keys to values");
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) o;
        return m;
    }

    /** A copy with one setting changed; dotted keys reach into sections ({@code selection.k}). */
    public PipelineSpec with(String key, Object value) {
        Map<String, Object> c = deepCopy(config);
        withParameter(c, key, value);
        return new PipelineSpec(c, tables);
    }

    /** The configuration as a YAML-ready map (copy). */
    public Map<String, Object> toMap() {
        return deepCopy(config);
    }

    public String toYaml() {
        return YamlText.dump(toMap());
    }

    public boolean hasGrid() {
        return !grid.isEmpty();
    }

    public boolean usesComBat() {
        return combat != null;
    }

    /** Fits all steps on {@code train} only (nested tuning first when a grid is given). */
    public FittedPipeline fit(Dataset train, long seed) {
        if (hasGrid()) return NestedTuning.tuneAndFit(this, train, seed);
        String[] inputNames = train.featureNames.clone();
        List<FittedTransform> steps = new ArrayList<>();
        Dataset d = train;
        if (robust != null) d = add(steps, robust.fit(d), d);
        if (impute) d = add(steps, MedianImputation.fit(d), d);
        if (nearConstant != null) d = add(steps, VarianceFilters.nearConstant(d, nearConstant), d);
        if (combat != null) d = add(steps, ComBatTransform.fit(d, combatCovariates, combat), d);
        if (correlation != null) d = add(steps, VarianceFilters.correlation(d, correlation), d);
        if (scale) d = add(steps, ZScoreScaling.fit(d), d);
        if (selection != null) d = add(steps, FeatureSelection.fit(d, selection, selectionK, reliefSamples, seed), d);
        WekaClassifier classifier = WekaClassifier.fit(d, classifierName, classifierOptions, balance, seed);
        return new FittedPipeline(inputNames, steps, d.featureNames.clone(), classifier, train.classNames.clone(), Map.of());
    }

    /** Fits without any grid (used by tuning once parameters are chosen). */
    PipelineSpec withoutGrid() {
        Map<String, Object> c = deepCopy(config);
        c.remove("grid");
        return new PipelineSpec(c, tables);
    }

    private static Dataset add(List<FittedTransform> steps, FittedTransform t, Dataset d) {
        steps.add(t);
        return t.apply(d);
    }

    @SuppressWarnings("unchecked")
    private static void withParameter(Map<String, Object> c, String key, Object value) {
        String[] parts = key.split("\\.");
        if (parts.length > 2 || !TOP_KEYS.contains(parts[0]) || parts[0].equals("grid"))
            throw new IllegalArgumentException("unknown pipeline parameter '" + key + "'");
        if (parts.length == 1) {
            c.put(key, value);
            return;
        }
        if (!PipelineSchema.sectionKeys(parts[0]).contains(parts[1])) throw new IllegalArgumentException("unknown pipeline parameter '" + key + "'");
        Object section = c.get(parts[0]);
        Map<String, Object> m = section instanceof Map ? new LinkedHashMap<>((Map<String, Object>) section) : new LinkedHashMap<>();
        m.put(parts[1], value);
        c.put(parts[0], m);
    }

    private static RobustFeatures robust(Map<String, Object> r, TableReader tables) {
        if (r == null) return null;
        if (r.get("table") == null) throw new IllegalArgumentException("pipeline key 'robust' needs a table (a robustness.csv)");
        Double icc = number(r, "icc");
        try {
            CsvTable table = tables.read(Path.of(String.valueOf(r.get("table"))));
            return robustFeatures(table, String.valueOf(r.getOrDefault("measure", "icc1")), icc == null ? 0.75 : icc);
        } catch (IOException e) {
            throw new IllegalArgumentException("robust.table: " + e.getMessage(), e);
        }
    }

    /** A robustness table (the {@code robustness} command's robustness.csv) rated by one of its measures. */
    static RobustFeatures robustFeatures(CsvTable table, String measureColumn, double threshold) throws IOException {
        return RobustFeatures.of(table, measureColumn, threshold);
    }

    private static void checkKeys(Map<String, Object> m, Set<String> allowed, String where) {
        for (Object k : m.keySet())
            if (!allowed.contains(String.valueOf(k)))
                throw new IllegalArgumentException("unknown key '" + k + "' in " + where + " (allowed: " + new java.util.TreeSet<>(allowed) + ")");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> c, String key) {
        Set<String> allowed = PipelineSchema.sectionKeys(key);
        Object o = c.get(key);
        if (o == null) return null;
        if (!(o instanceof Map)) throw new IllegalArgumentException("pipeline key '" + key + "' must be a mapping");
        Map<String, Object> m = (Map<String, Object>) o;
        checkKeys(m, allowed, "'" + key + "'");
        return m;
    }

    private static boolean choice(Map<String, Object> c, String key, String dflt, String on, String off) {
        String v = String.valueOf(c.getOrDefault(key, dflt));
        if (v.equalsIgnoreCase(on) || v.equals("true")) return true;
        if (v.equalsIgnoreCase(off) || v.equals("false") || v.equals("null")) return false;
        throw new IllegalArgumentException("pipeline key '" + key + "': '" + v + "' is neither " + on + " nor " + off);
    }

    private static Double number(Map<String, Object> c, String key) {
        Object o = c.get(key);
        if (o == null) return null;
        if (o instanceof Number) return ((Number) o).doubleValue();
        throw new IllegalArgumentException("pipeline key '" + key + "' must be a number, not '" + o + "'");
    }

    private static int integer(Map<String, Object> c, String key, int dflt) {
        Object o = c.get(key);
        if (o == null) return dflt;
        if (o instanceof Integer || o instanceof Long) return ((Number) o).intValue();
        throw new IllegalArgumentException("key '" + key + "' must be an integer, not '" + o + "'");
    }

    private static boolean bool(Map<String, Object> c, String key, boolean dflt) {
        Object o = c.get(key);
        if (o == null) return dflt;
        if (o instanceof Boolean) return (Boolean) o;
        throw new IllegalArgumentException("key '" + key + "' must be true or false, not '" + o + "'");
    }

    private static List<String> stringList(Object o, String key) {
        if (!(o instanceof List)) throw new IllegalArgumentException("key '" + key + "' must be a list");
        List<String> out = new ArrayList<>();
        for (Object e : (List<?>) o) out.add(String.valueOf(e));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> c = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map) v = deepCopy((Map<String, Object>) v);
            else if (v instanceof List) v = new ArrayList<>((List<?>) v);
            c.put(String.valueOf(e.getKey()), v);
        }
        return c;
    }

    @Override
    public String toString() {
        return toYaml();
    }
}
