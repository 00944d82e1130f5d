package org.gliomaradiomics.learn;

import java.util.Arrays;
import java.util.Locale;

import weka.attributeSelection.ASEvaluation;
import weka.attributeSelection.AttributeEvaluator;
import weka.attributeSelection.InfoGainAttributeEval;
import weka.attributeSelection.ReliefFAttributeEval;
import weka.core.Instances;

/**
 * Supervised top-k feature selection, fitted on training rows only. ReliefF and information gain come from
 * {@code weka.attributeSelection}; ANOVA-F and mRMR are written here (mRMR in a fast continuous difference form
 * after Ding &amp; Peng 2005: relevance = correlation ratio eta with the class (|r| for two classes), redundancy =
 * mean |Pearson r| with the features already chosen, greedily maximising relevance − redundancy; the quotient
 * form was dropped because a near-zero redundancy lets noise features win); L1-logistic ranks by entry into the lasso path
 * ({@link LassoLogisticRanking}).
 */
public final class FeatureSelection {
    static {
        org.gliomaradiomics.segment.WekaRuntime.init(); // before any Weka class: keeps its MTJ warning off standard output
    }

    public enum Method {
        ANOVA, MRMR, RELIEFF, INFOGAIN, L1LOGISTIC;

        public static Method parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown selection method '" + s + "' (use anova, mrmr, relieff, infogain or l1logistic)");
            }
        }
    }

    private FeatureSelection() {}

    /**
     * @param reliefSamples ReliefF: number of sampled instances (≤0: all)
     * @return the chosen columns in rank order (best first)
     */
    public static ColumnSubset fit(Dataset train, Method method, int k, int reliefSamples, long seed) {
        int[] ranked = rank(train, method, Math.min(k, train.features()), reliefSamples, seed);
        return ColumnSubset.of("selection (" + method.name().toLowerCase(Locale.ROOT) + ")", train,
                Arrays.copyOf(ranked, Math.min(k, ranked.length)));
    }

    /** Column indices ordered best first; mRMR orders only the first {@code k}. */
    public static int[] rank(Dataset train, Method method, int k, int reliefSamples, long seed) {
        switch (method) {
            case ANOVA:
                return ColumnStats.orderDescending(fScores(train));
            case MRMR:
                return mrmr(train, k);
            case RELIEFF: {
                ReliefFAttributeEval relief = new ReliefFAttributeEval();
                relief.setSampleSize(reliefSamples > 0 ? Math.min(reliefSamples, train.rows()) : -1);
                relief.setSeed((int) seed);
                return ColumnStats.orderDescending(wekaScores(train, relief));
            }
            case INFOGAIN:
                return ColumnStats.orderDescending(wekaScores(train, new InfoGainAttributeEval()));
            case L1LOGISTIC:
                return LassoLogisticRanking.rank(train, k);
            default:
                throw new AssertionError(method);
        }
    }

    static double[] fScores(Dataset train) {
        double[][] cols = ColumnStats.transpose(train.x, train.features());
        double[] f = new double[cols.length];
        for (int j = 0; j < cols.length; j++) f[j] = ColumnStats.fStatistic(cols[j], train.y, train.numClasses());
        return f;
    }

    private static int[] mrmr(Dataset train, int k) {
        double[][] cols = ColumnStats.transpose(train.x, train.features());
        int p = cols.length;
        double[] relevance = new double[p];
        double[][] unit = new double[p][];
        for (int j = 0; j < p; j++) {
            unit[j] = ColumnStats.unitNormalised(cols[j]);
            relevance[j] = ColumnStats.eta(cols[j], train.y, train.numClasses());
        }
        double[] redundancySum = new double[p];
        boolean[] chosen = new boolean[p];
        int[] order = new int[Math.min(k, p)];
        for (int s = 0; s < order.length; s++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < p; j++) {
                if (chosen[j]) continue;
                double score = s == 0 ? relevance[j] : relevance[j] - redundancySum[j] / s;
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            order[s] = best;
            chosen[best] = true;
            for (int j = 0; j < p; j++) if (!chosen[j]) redundancySum[j] += Math.abs(ColumnStats.dot(unit[j], unit[best]));
        }
        return order;
    }

    private static double[] wekaScores(Dataset train, ASEvaluation evaluator) {
        Instances inst = WekaData.toInstances(train, "selection");
        try {
            evaluator.buildEvaluator(inst);
            double[] scores = new double[train.features()];
            for (int j = 0; j < scores.length; j++) scores[j] = ((AttributeEvaluator) evaluator).evaluateAttribute(j);
            return scores;
        } catch (Exception e) {
            throw new IllegalStateException("feature selection with " + evaluator.getClass().getSimpleName() + " failed: "
                    + e.getMessage(), e);
        }
    }
}
