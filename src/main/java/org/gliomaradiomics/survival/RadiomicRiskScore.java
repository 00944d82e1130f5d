package org.gliomaradiomics.survival;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.parallel.Parallel;
import org.gliomaradiomics.settings.Problems;
import org.gliomaradiomics.settings.Setting;
import org.gliomaradiomics.settings.SettingValues;

/**
 * Cross-validated radiomic risk score. The subjects are split into K folds (stratified by event status, seeded).
 * Inside each training fold: the features are standardised and a penalised Cox path is fitted (Breslow ties,
 * optional clinical covariates unpenalised); λ is chosen by an inner K-fold cross-validation maximising the
 * cross-validated partial likelihood of Verweij and van Houwelingen (1993), Σ_k [ℓ(β̂₋ₖ) − ℓ₋ₖ(β̂₋ₖ)]
 * (glmnet's "deviance" criterion, λ.min rule). The held-out patients are scored with x·β̂ centred on the training
 * mean of x·β̂ (fold-specific constants would otherwise shift whole folds when scores are pooled), their values first
 * clipped to the training fold's range of each column (radiomic features are heavy-tailed; this stops one
 * extreme held-out value from extrapolating the linear predictor), and called high risk when their score
 * exceeds the median score of the TRAINING patients of that fold. Reported: the pooled out-of-fold
 * Harrell C (scores of different folds ranked together), the per-fold held-out C ({@link #meanHeldOutC}), the log-rank test of high vs low risk, and per fold λ, coefficients, training median and held-out C.
 * Folds may run in parallel; each uses its own seed and results are merged in fold order, so the output is the
 * same for any thread count.
 */
public final class RadiomicRiskScore {
    private RadiomicRiskScore() {}

    /**
     * @param folds outer folds K
     * @param innerFolds folds of the inner cross-validation that chooses λ
     * @param seed random seed of the fold assignment
     * @param alpha elastic-net mixing (1 = lasso, the default)
     * @param lambdaCount λ values per path
     * @param threads at most this many outer folds at once, on the current thread budget (1 = sequential)
     */
    public record Settings(int folds, int innerFolds, long seed, double alpha, int lambdaCount, int threads) {
        public static Settings defaults() { return new Settings(5, 5, 1, 1.0, 100, 1); }
        public Settings withSeed(long s) { return new Settings(folds, innerFolds, s, alpha, lambdaCount, threads); }
        public Settings withFolds(int k) { return new Settings(k, innerFolds, seed, alpha, lambdaCount, threads); }
        public Settings withAlpha(double a) { return new Settings(folds, innerFolds, seed, a, lambdaCount, threads); }
        public Settings withThreads(int t) { return new Settings(folds, innerFolds, seed, alpha, lambdaCount, t); }

        /** The keys of a risk-score settings file, declared once. */
        public static final List<Setting> KEYS = List.of(
            new Setting("alpha", Setting.Type.NUMBER, "1", Setting.Scope.BOTH, "elastic-net mixing: 1 = lasso, 0 = ridge"),
            new Setting("folds", Setting.Type.INTEGER, "5", Setting.Scope.BOTH, "outer folds"),
            new Setting("innerFolds", Setting.Type.INTEGER, "5", Setting.Scope.BOTH, "inner folds choosing λ"),
            new Setting("lambdaCount", Setting.Type.INTEGER, "100", Setting.Scope.BOTH, "λ values per path"),
            new Setting("seed", Setting.Type.INTEGER, "1", Setting.Scope.BOTH, "random seed of the folds"));

        /**
         * These settings with the keys of a settings document (a YAML tree: a mapping of {@link #KEYS} to values)
         * applied, read by {@link SettingValues}; unknown keys and values of the wrong type are one error naming
         * {@code source} and every key at fault.
         */
        public Settings with(Object document, String source) {
            if (!(document instanceof java.util.Map<?, ?> m))
                throw new IllegalArgumentException(source + ": expected keys " + String.join(", ", KEYS.stream().map(Setting::key).toList()));
            java.util.Map<String, Object> given = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> given.put(String.valueOf(k), v));
            SettingValues values = new SettingValues(KEYS, key -> "key '" + key + "'").putAll(given);
            if (!values.problems().isEmpty()) throw new IllegalArgumentException(Problems.message(source, values.problems()));
            Settings s = this;
            if (values.has("alpha")) s = s.withAlpha(values.number("alpha"));
            if (values.has("folds")) s = s.withFolds(values.integer("folds"));
            if (values.has("innerFolds")) s = new Settings(s.folds, values.integer("innerFolds"), s.seed, s.alpha, s.lambdaCount, s.threads);
            if (values.has("lambdaCount")) s = new Settings(s.folds, s.innerFolds, s.seed, s.alpha, values.integer("lambdaCount"), s.threads);
            if (values.has("seed")) s = s.withSeed(((Number) given.get("seed")).longValue()); // long: the type check keeps an int
            return s;
        }
    }

    /**
     * One outer fold. Coefficients are on the original scale, features first then covariates; the training
     * median is of the centred training scores.
     * heldOutC is Harrell's C within the held-out patients (NaN if they have no comparable pair).
     */
    public record Fold(int index, int[] heldOut, double lambda, double[] coefficients, double trainingMeanScore,
            double trainingMedian, double heldOutC, double[] trainingMin, double[] trainingMax) {
        /**
         * Risk score of one subject (features then covariates): x·β with x clipped to the training range, minus the
         * training mean of x·β (centred as R's predict.coxph, so scores of different folds are comparable).
         */
        public double score(double[] row) {
            return dot(clip(row, new double[][] {trainingMin, trainingMax}), coefficients) - trainingMeanScore;
        }
    }

    /** Mean over folds of the held-out (within-fold) Harrell C, ignoring folds where it is undefined. */
    public static double meanHeldOutC(Result result) {
        return result.folds().stream().mapToDouble(Fold::heldOutC).filter(c -> !Double.isNaN(c)).average().orElse(Double.NaN);
    }

    public record Result(double[] outOfFoldScore, boolean[] highRisk, double harrellC, LogRankResult highVsLow,
            List<Fold> folds) {}

    /**
     * @param features feature matrix [subject][feature] (penalised)
     * @param covariates clinical covariates [subject][covariate] entered unpenalised, or null
     * @param progress fraction of outer folds done (called from worker threads), or null
     */
    public static Result crossValidate(double[][] features, double[] time, boolean[] event, double[][] covariates,
            Settings settings, DoubleConsumer progress) {
        int n = time.length;
        if (features.length != n || event.length != n || (covariates != null && covariates.length != n))
            throw new IllegalArgumentException("features, time, event and covariates differ in number of subjects");
        double[][] x = combine(features, covariates);
        PenaltySettings penalty = penalty(settings, features[0].length, x[0].length);
        int[] fold = CrossValidationFolds.assign(event, settings.folds(), settings.seed());

        AtomicInteger done = new AtomicInteger();
        Fold[] results = new Fold[settings.folds()];
        Parallel.forRange(settings.folds(), settings.threads(), (from, to, worker) -> {
            for (int k = from; k < to; k++) {
                results[k] = fitFold(k, fold, x, time, event, penalty, settings);
                if (progress != null) progress.accept((double) done.incrementAndGet() / settings.folds());
            }
        });

        double[] score = new double[n];
        boolean[] high = new boolean[n];
        for (Fold f : results)
            for (int i : f.heldOut()) {
                score[i] = f.score(x[i]);
                high[i] = score[i] > f.trainingMedian();
            }
        int[] group = new int[n];
        int highCount = 0;
        for (int i = 0; i < n; i++) if (high[i]) { group[i] = 1; highCount++; }
        LogRankResult logRank = highCount > 0 && highCount < n ? LogRank.test(time, event, group) : null;
        return new Result(score, high, Concordance.harrell(time, event, score), logRank, List.of(results));
    }

    /**
     * The risk score fitted on every subject, λ chosen by the inner cross-validation on all of them (seeded as an
     * extra fold), as a model to save and validate on another cohort: variables are the features then the
     * covariates, clipped to the training range before scoring.
     *
     * @param names feature names then covariate names
     * @param missingValue per variable, what a missing value is replaced by (NaN: the row is left out)
     * @param details what to record of the fit (columns, settings); λ, subjects, events and non-zero coefficients are added
     */
    public static SurvivalModel finalModel(double[][] features, double[] time, boolean[] event, double[][] covariates, String[] names,
            double[] missingValue, Settings settings, java.util.Map<String, String> details) {
        double[][] x = combine(features, covariates);
        if (names.length != x[0].length) throw new IllegalArgumentException(names.length + " names for " + x[0].length + " variables");
        int[] all = new int[time.length];
        Arrays.fill(all, -1);
        Fold f = fitFold(settings.folds(), all, x, time, event, penalty(settings, features[0].length, x[0].length), settings);
        java.util.Map<String, String> d = new java.util.LinkedHashMap<>(details);
        int events = 0;
        for (boolean e : event) if (e) events++;
        d.put("subjects", Integer.toString(time.length));
        d.put("events", Integer.toString(events));
        d.put("lambda", Double.toString(f.lambda()));
        d.put("alpha", Double.toString(settings.alpha()));
        d.put("nonzero_coefficients", Long.toString(Arrays.stream(f.coefficients()).filter(c -> c != 0).count()));
        return SurvivalModel.penalised(names, f.coefficients(), missingValue, f.trainingMin(), f.trainingMax(), time, event, x, d);
    }

    /** Lasso/elastic net on the features; covariates (the columns after the features) unpenalised. */
    private static PenaltySettings penalty(Settings settings, int features, int columns) {
        double[] factors = new double[columns];
        Arrays.fill(factors, 0, features, 1.0);
        return PenaltySettings.elasticNet(settings.alpha()).withLambdaCount(settings.lambdaCount(), Double.NaN).withPenaltyFactors(factors);
    }

    private static Fold fitFold(int k, int[] fold, double[][] x, double[] time, boolean[] event, PenaltySettings penalty,
            Settings settings) {
        int[] train = members(fold, k, false), test = members(fold, k, true);
        double[][] xTrain = rows(x, train);
        double[] tTrain = pick(time, train);
        boolean[] eTrain = pick(event, train);
        CoxPath path = PenalizedCox.path(tTrain, eTrain, xTrain, penalty);
        int best = chooseLambda(path, xTrain, tTrain, eTrain, penalty, settings, settings.seed() * 1_000_003L + k + 1);
        double[] beta = path.coefficients()[best];
        double[] trainScore = new double[train.length];
        double offset = 0;
        for (int i = 0; i < train.length; i++) { trainScore[i] = dot(xTrain[i], beta); offset += trainScore[i] / train.length; }
        for (int i = 0; i < train.length; i++) trainScore[i] -= offset;
        double median = median(trainScore);
        double[][] range = columnRange(xTrain);
        double[] testScore = new double[test.length];
        for (int i = 0; i < test.length; i++) testScore[i] = dot(clip(x[test[i]], range), beta) - offset;
        double heldOutC;
        try {
            heldOutC = Concordance.harrell(pick(time, test), pick(event, test), testScore);
        } catch (IllegalArgumentException e) {
            heldOutC = Double.NaN;
        }
        return new Fold(k, test, path.lambdas()[best], beta, offset, median, heldOutC, range[0], range[1]);
    }

    /** Index of the λ maximising the inner cross-validated partial likelihood (common prefix of all inner paths). */
    static int chooseLambda(CoxPath path, double[][] x, double[] time, boolean[] event, PenaltySettings penalty,
            Settings settings, long seed) {
        int[] inner = CrossValidationFolds.assign(event, settings.innerFolds(), seed);
        PenaltySettings fixed = penalty.withLambdas(path.lambdas());
        int usable = path.size();
        double[] cvpl = new double[path.size()];
        for (int k = 0; k < settings.innerFolds(); k++) {
            int[] fit = members(inner, k, false);
            double[][] xFit = rows(x, fit);
            double[] tFit = pick(time, fit);
            boolean[] eFit = pick(event, fit);
            CoxPath innerPath = PenalizedCox.path(tFit, eFit, xFit, fixed);
            usable = Math.min(usable, innerPath.size());
            for (int l = 0; l < innerPath.size(); l++) {
                double full = BreslowRiskSets.logLikelihood(time, event, innerPath.linearPredictor(l, x));
                cvpl[l] += full - innerPath.logLikelihood()[l];
            }
        }
        int best = 0;
        for (int l = 1; l < usable; l++) if (cvpl[l] > cvpl[best]) best = l;
        return best;
    }

    static double[][] combine(double[][] features, double[][] covariates) {
        if (features.length == 0 || features[0].length == 0) throw new IllegalArgumentException("no features");
        if (covariates == null || covariates.length == 0 || covariates[0].length == 0) return features;
        double[][] out = new double[features.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOf(features[i], features[i].length + covariates[i].length);
            System.arraycopy(covariates[i], 0, out[i], features[i].length, covariates[i].length);
        }
        return out;
    }

    private static int[] members(int[] fold, int k, boolean in) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> (fold[i] == k) == in).toArray();
    }

    private static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) out[i] = x[idx[i]];
        return out;
    }

    private static double[] pick(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = v[idx[i]];
        return out;
    }

    private static boolean[] pick(boolean[] v, int[] idx) {
        boolean[] out = new boolean[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = v[idx[i]];
        return out;
    }

    private static double[][] columnRange(double[][] x) {
        int p = x[0].length;
        double[] lo = new double[p], hi = new double[p];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] row : x)
            for (int j = 0; j < p; j++) { lo[j] = Math.min(lo[j], row[j]); hi[j] = Math.max(hi[j], row[j]); }
        return new double[][] {lo, hi};
    }

    private static double[] clip(double[] row, double[][] range) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) out[j] = Math.min(range[1][j], Math.max(range[0][j], row[j]));
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < b.length; j++) s += a[j] * b[j];
        return s;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }
}
