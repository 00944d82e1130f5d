package org.gliomaradiomics.survival;

/**
 * Score tests of proportional hazards, one per covariate (1 df) and global (p df), as R's cox.zph (survival ≥ 3.0,
 * terms = FALSE). Also the scaled Schoenfeld residuals (one row per event, in time order, columns = covariates)
 * with the event times and transformed times, for plots of β(t).
 */
public record ProportionalHazardsResult(String[] names, double[] chiSquare, double[] pValue, double globalChiSquare,
        int globalDegreesOfFreedom, double globalPValue, TimeTransform transform, double[] eventTimes,
        double[] transformedTimes, double[][] scaledResiduals) {
}
