package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Repeated stratified k-fold cross-validation, or validation by group (site): grouped k-fold and
 * leave-one-group-out. Every pipeline step (imputation, filters, ComBat, selection, tuning, balancing, classifier)
 * is fitted inside the training folds only. Folds run on at most {@code threads} workers of the current
 * {@link org.gliomaradiomics.parallel.Threads} budget;
 * each fold is seeded from (seed, repeat, fold) and results are merged in fixed order, so the output is
 * bit-identical for any thread count.
 */
public final class CrossValidation {
    public final int folds, repeats, threads;
    public final long seed;

    public CrossValidation(int folds, int repeats, long seed, int threads) {
        if (folds < 2) throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        this.folds = folds;
        this.repeats = repeats;
        this.seed = seed;
        this.threads = Math.max(1, threads);
    }

    /** Stratified fold number per row for one repeat: each class is shuffled and dealt round-robin. */
    public int[] foldAssignment(int[] y, int numClasses, int repeat) {
        Random rng = new Random(Seeds.mix(seed, repeat));
        int[] fold = new int[y.length];
        int next = 0;
        for (int k = 0; k < numClasses; k++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < y.length; i++) if (y[i] == k) members.add(i);
            java.util.Collections.shuffle(members, rng);
            for (int i : members) fold[i] = next++ % folds;
        }
        return fold;
    }

    /**
     * Stratified fold number per row when rows come in groups (e.g. several scans of one patient): whole groups are
     * dealt to folds, stratified by each group's most frequent class, so no group is split between training and
     * test data.
     */
    public int[] groupedFoldAssignment(int[] y, int numClasses, String[] groups, int repeat) {
        java.util.Map<String, int[]> classCounts = new java.util.TreeMap<>();
        for (int i = 0; i < y.length; i++) classCounts.computeIfAbsent(groups[i], g -> new int[numClasses])[y[i]]++;
        java.util.Map<String, Integer> groupClass = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, int[]> e : classCounts.entrySet()) {
            int best = 0;
            for (int k = 1; k < numClasses; k++) if (e.getValue()[k] > e.getValue()[best]) best = k;
            groupClass.put(e.getKey(), best);
        }
        Random rng = new Random(Seeds.mix(seed, repeat));
        java.util.Map<String, Integer> groupFold = new java.util.HashMap<>();
        int next = 0;
        for (int k = 0; k < numClasses; k++) {
            List<String> members = new ArrayList<>();
            for (String g : classCounts.keySet()) if (groupClass.get(g) == k) members.add(g);
            java.util.Collections.shuffle(members, rng);
            for (String g : members) groupFold.put(g, next++ % folds);
        }
        int[] fold = new int[y.length];
        for (int i = 0; i < y.length; i++) fold[i] = groupFold.get(groups[i]);
        return fold;
    }

    public CvResult run(PipelineSpec spec, Dataset data, DoubleConsumer progress) {
        return run(spec, data, null, progress);
    }

    /** As {@link #run(PipelineSpec, Dataset, DoubleConsumer)}, keeping each group (e.g. a patient's scans) within one fold. */
    public CvResult run(PipelineSpec spec, Dataset data, String[] groups, DoubleConsumer progress) {
        check(data);
        checkGroups(data, groups);
        int[][] fold = new int[repeats][];
        for (int r = 0; r < repeats; r++)
            fold[r] = groups == null ? foldAssignment(data.y, data.numClasses(), r) : groupedFoldAssignment(data.y, data.numClasses(), groups, r);
        return run(spec, data, fold, folds, groups, progress);
    }

    /**
     * Leave-one-group-out (e.g. leave-one-site-out): one fold per distinct group, in sorted order, each held out once
     * while the pipeline is fitted on all other groups; one repeat (the split is not random). The result's
     * {@link CvResult#perGroup()} gives the metrics of each held-out group.
     */
    public CvResult leaveOneGroupOut(PipelineSpec spec, Dataset data, String[] groups, DoubleConsumer progress) {
        if (groups == null) throw new IllegalArgumentException("leave-one-group-out needs a group per row");
        checkGroups(data, groups);
        for (int v : data.y) if (v < 0) throw new IllegalArgumentException("cross-validation needs a known class for every row");
        String[] levels = new java.util.TreeSet<>(java.util.Arrays.asList(groups)).toArray(new String[0]);
        if (levels.length < 2)
            throw new IllegalArgumentException("leave-one-group-out needs at least 2 groups, found " + java.util.Arrays.toString(levels));
        int[] fold = new int[groups.length];
        for (int i = 0; i < fold.length; i++) fold[i] = java.util.Arrays.binarySearch(levels, groups[i]);
        return run(spec, data, new int[][] {fold}, levels.length, groups, progress);
    }

    /**
     * Fits and scores every (repeat, fold): fitted on the rows outside the fold, applied to the rows inside it. A
     * ComBat step harmonises a batch that the training rows lack (a held-out site) with its own location and scale
     * estimated from the held-out rows' features against the training estimates (see
     * {@link FittedPipeline#predictProbabilities(Dataset, boolean)}); no held-out label is used.
     */
    private CvResult run(PipelineSpec spec, Dataset data, int[][] foldOf, int numFolds, String[] groups, DoubleConsumer progress) {
        int n = data.rows(), reps = foldOf.length;
        double[][][] oof = new double[reps][n][];
        String[][][] selected = new String[reps][numFolds][];
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object>[][] chosen = new java.util.Map[reps][numFolds];
        List<Runnable> tasks = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            int[] fold = foldOf[r];
            for (int f = 0; f < numFolds; f++) {
                final int rr = r, ff = f;
                tasks.add(() -> {
                    int[][] split = split(fold, ff);
                    FittedPipeline fitted = spec.fit(data.rows(split[0]), Seeds.mix(seed, rr, ff));
                    double[][] p = fitted.predictProbabilities(data.rows(split[1]), true);
                    for (int i = 0; i < split[1].length; i++) oof[rr][split[1][i]] = p[i];
                    selected[rr][ff] = fitted.selectedFeatures;
                    chosen[rr][ff] = fitted.chosenParameters;
                });
            }
        }
        runAll(tasks, progress);
        return new CvResult(data, oof, selected, spec.hasGrid() ? flatten(chosen) : List.of(), Seeds.mix(seed, -7), groups);
    }

    private static void checkGroups(Dataset data, String[] groups) {
        if (groups == null) return;
        if (groups.length != data.rows())
            throw new IllegalArgumentException("groups: " + groups.length + " entries for " + data.rows() + " rows");
        for (int i = 0; i < groups.length; i++)
            if (groups[i] == null || groups[i].isEmpty()) throw new IllegalArgumentException("row " + data.ids[i] + " has no group");
    }

    private static List<java.util.Map<String, Object>> flatten(java.util.Map<String, Object>[][] chosen) {
        List<java.util.Map<String, Object>> out = new ArrayList<>();
        for (java.util.Map<String, Object>[] row : chosen) out.addAll(java.util.Arrays.asList(row));
        return out;
    }

    /** How patients are dealt to test folds. */
    public enum Scheme {
        /** Repeated stratified k-fold over patients. */
        STRATIFIED("stratified"),
        /** Repeated k-fold over whole groups (sites), stratified by each group's most frequent class. */
        GROUPED_KFOLD("grouped-kfold"),
        /** Each group (site) held out once; one repeat. */
        LEAVE_ONE_GROUP_OUT("loso");

        public final String key;

        Scheme(String key) { this.key = key; }

        public static Scheme parse(String key) {
            for (Scheme s : values()) if (s.key.equalsIgnoreCase(key.trim())) return s;
            throw new IllegalArgumentException("unknown validation scheme '" + key + "' (stratified, grouped-kfold, loso)");
        }
    }

    /** Runs the given scheme; {@code groups} (one per row) is needed for the grouped schemes and ignored otherwise. */
    public CvResult run(Scheme scheme, PipelineSpec spec, Dataset data, String[] groups, DoubleConsumer progress) {
        return switch (scheme) {
            case STRATIFIED -> run(spec, data, null, progress);
            case GROUPED_KFOLD -> {
                if (groups == null) throw new IllegalArgumentException("grouped k-fold needs a group per row");
                yield run(spec, data, groups, progress);
            }
            case LEAVE_ONE_GROUP_OUT -> leaveOneGroupOut(spec, data, groups, progress);
        };
    }

    /** Mean over repeats of the out-of-fold AUC (used for tuning and permutations). */
    public double meanAuc(PipelineSpec spec, Dataset data) {
        return run(spec, data, null).meanAuc();
    }

    /**
     * Label-permutation test: the whole cross-validation is rerun on {@code permutations} shuffled label vectors
     * (seeded); p = (1 + #{AUC_perm ≥ AUC}) / (N + 1) with AUC the mean over repeats.
     */
    public PermutationResult permutationTest(PipelineSpec spec, Dataset data, int permutations, DoubleConsumer progress) {
        return permutationTest(Scheme.STRATIFIED, spec, data, null, permutations, progress);
    }

    /** As {@link #permutationTest(PipelineSpec, Dataset, int, DoubleConsumer)} with the folds of the given scheme. */
    public PermutationResult permutationTest(Scheme scheme, PipelineSpec spec, Dataset data, String[] groups, int permutations,
                                             DoubleConsumer progress) {
        double observed = run(scheme, spec, data, groups, null).meanAuc();
        double[] perm = new double[permutations];
        for (int p = 0; p < permutations; p++) {
            int[] y = data.y.clone();
            Random rng = new Random(Seeds.mix(seed, -1 - p));
            for (int i = y.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = y[i];
                y[i] = y[j];
                y[j] = t;
            }
            perm[p] = run(scheme, spec, data.withLabels(y), groups, null).meanAuc();
            if (progress != null) progress.accept((p + 1.0) / permutations);
        }
        int atLeast = 0;
        for (double a : perm) if (a >= observed) atLeast++;
        return new PermutationResult(observed, perm, (1.0 + atLeast) / (permutations + 1.0));
    }

    public record PermutationResult(double observedAuc, double[] permutedAucs, double pValue) {}

    private static int[][] split(int[] fold, int f) {
        int nTest = 0;
        for (int v : fold) if (v == f) nTest++;
        int[] train = new int[fold.length - nTest], test = new int[nTest];
        int a = 0, b = 0;
        for (int i = 0; i < fold.length; i++) if (fold[i] == f) test[b++] = i;
        else train[a++] = i;
        return new int[][] {train, test};
    }

    private void check(Dataset data) {
        int[] counts = data.classCounts();
        for (int k = 0; k < counts.length; k++)
            if (counts[k] < folds) throw new IllegalArgumentException("class '" + data.classNames[k] + "' has " + counts[k]
                    + " rows, fewer than the " + folds + " folds");
        for (int v : data.y) if (v < 0) throw new IllegalArgumentException("cross-validation needs a known class for every row");
    }

    /** Runs the tasks on at most {@code threads} workers of the current thread budget (results do not depend on it). */
    private void runAll(List<Runnable> tasks, DoubleConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        Parallel.forRange(tasks.size(), threads, (from, to, worker) -> {
            for (int k = from; k < to; k++) {
                tasks.get(k).run();
                if (progress != null) progress.accept(done.incrementAndGet() / (double) tasks.size());
            }
        });
    }

}
