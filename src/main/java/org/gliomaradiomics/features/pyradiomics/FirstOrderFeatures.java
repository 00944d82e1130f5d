package org.gliomaradiomics.features.pyradiomics;

import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.features.DistributionStatistics;
import org.gliomaradiomics.features.RoiData;

/**
 * PyRadiomics firstorder, for the whole ROI and for voxel-based kernels alike: moments and percentiles of the raw
 * values from IBSI's {@link DistributionStatistics} (kurtosis not in excess), Energy, TotalEnergy and RootMeanSquared
 * with voxelArrayShift, Entropy and Uniformity on the discretised levels with PyRadiomics' ε.
 */
public final class FirstOrderFeatures {
    private FirstOrderFeatures() {}

    /** The 18 non-deprecated features, in PyRadiomics' sorted output order. */
    public static final List<String> NAMES = List.of("10Percentile", "90Percentile", "Energy", "Entropy", "InterquartileRange",
        "Kurtosis", "Maximum", "Mean", "MeanAbsoluteDeviation", "Median", "Minimum", "Range",
        "RobustMeanAbsoluteDeviation", "RootMeanSquared", "Skewness", "TotalEnergy", "Uniformity", "Variance");

    static FeatureMap compute(RoiData roi, Discretization levels, double shift) {
        double[] x = roi.intensityValues();
        int[] level = new int[x.length];
        for (int i = 0, k = 0; i < roi.intensityMask.length; i++) if (roi.intensityMask[i]) level[k++] = levels.levels[i];
        double[] out = new double[NAMES.size()];
        values(x, level, x.length, shift, roi.sx * roi.sy * roi.sz, new double[x.length], new int[levels.maxLevel + 1], out);
        FeatureMap f = new FeatureMap("firstorder", List.of("StandardDeviation"));
        for (int k = 0; k < out.length; k++) f.put(NAMES.get(k), out[k]);
        f.put("StandardDeviation", Math.sqrt(out[NAMES.indexOf("Variance")]));
        return f;
    }

    /**
     * The {@link #NAMES} values of the first n values x and their grey levels.
     * @param sorted scratch of at least n values
     * @param histogram scratch of one zero count per grey level (0..Ng), left zero
     */
    public static void values(double[] x, int[] levels, int n, double shift, double voxelVolume, double[] sorted, int[] histogram, double[] out) {
        double sumSq = 0;
        for (int k = 0; k < n; k++) sumSq += (x[k] + shift) * (x[k] + shift);
        System.arraycopy(x, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        DistributionStatistics s = new DistributionStatistics(sorted, n);
        for (int k = 0; k < n; k++) histogram[levels[k]]++;
        double entropy = 0, uniformity = 0;
        for (int k = 0; k < n; k++) {
            int h = histogram[levels[k]];
            if (h == 0) continue; // level already counted
            double p = (double) h / n;
            entropy -= p * Convention.PYRADIOMICS.log2(p);
            uniformity += p * p;
            histogram[levels[k]] = 0;
        }
        out[0] = s.p10;
        out[1] = s.p90;
        out[2] = sumSq;
        out[3] = entropy;
        out[4] = s.p75 - s.p25;
        out[5] = s.pearsonKurtosis;
        out[6] = s.maximum;
        out[7] = s.mean;
        out[8] = s.meanAbsoluteDeviation;
        out[9] = s.median;
        out[10] = s.minimum;
        out[11] = s.maximum - s.minimum;
        out[12] = s.robustMeanAbsoluteDeviation;
        out[13] = Math.sqrt(sumSq / n);
        out[14] = s.skewness;
        out[15] = voxelVolume * sumSq;
        out[16] = uniformity;
        out[17] = s.variance;
    }
}
