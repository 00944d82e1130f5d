package org.gliomaradiomics.survival;

/**
 * Result of a (possibly stratified) log-rank test: group labels in ascending order with their observed and
 * expected event counts (summed over strata), the chi-square statistic on {@code groups.length − 1} degrees of
 * freedom and its p-value.
 */
public record LogRankResult(int[] groups, double[] observed, double[] expected, double chiSquare, int degreesOfFreedom,
        double pValue) {
}
