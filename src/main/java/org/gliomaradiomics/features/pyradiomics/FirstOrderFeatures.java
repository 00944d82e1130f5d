package org.gliomaradiomics.features.pyradiomics;

import java.util.Arrays;
import java.util.List;

/** PyRadiomics firstorder: statistics of the raw ROI values; Entropy and Uniformity on the discretised levels. */
final class FirstOrderFeatures {
    private FirstOrderFeatures() {}

    static final double EPS = Math.ulp(1.0);

    static FeatureMap compute(Roi roi, Discretization levels, double shift) {
        FeatureMap f = new FeatureMap("firstorder", List.of("StandardDeviation"));
        double[] x = roi.roiValues();
        int n = x.length;
        double sumSq = 0, sum = 0;
        for (double v : x) {
            sumSq += (v + shift) * (v + shift);
            sum += v;
        }
        double mean = sum / n;
        double m2 = 0, m3 = 0, m4 = 0, mad = 0;
        for (double v : x) {
            double d = v - mean, d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            mad += Math.abs(d);
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double p10 = percentile(sorted, 10), p90 = percentile(sorted, 90);
        double robustSum = 0;
        int robustN = 0;
        for (double v : x) if (v >= p10 && v <= p90) { robustSum += v; robustN++; }
        double robustMean = robustSum / robustN, robustMad = 0;
        for (double v : x) if (v >= p10 && v <= p90) robustMad += Math.abs(v - robustMean);

        int[] hist = new int[levels.maxLevel + 1];
        for (int l : levels.levels) if (l > 0) hist[l]++;
        double entropy = 0, uniformity = 0;
        for (int h : hist) {
            if (h == 0) continue;
            double p = (double) h / n;
            entropy -= p * log2(p + EPS);
            uniformity += p * p;
        }
        double voxelVolume = roi.spacing[0] * roi.spacing[1] * roi.spacing[2];
        f.put("Energy", sumSq);
        f.put("TotalEnergy", voxelVolume * sumSq);
        f.put("RootMeanSquared", Math.sqrt(sumSq / n));
        f.put("Entropy", entropy);
        f.put("Uniformity", uniformity);
        f.put("Minimum", sorted[0]);
        f.put("Maximum", sorted[n - 1]);
        f.put("Range", sorted[n - 1] - sorted[0]);
        f.put("Mean", mean);
        f.put("10Percentile", p10);
        f.put("90Percentile", p90);
        f.put("InterquartileRange", percentile(sorted, 75) - percentile(sorted, 25));
        f.put("Median", percentile(sorted, 50));
        f.put("MeanAbsoluteDeviation", mad / n);
        f.put("RobustMeanAbsoluteDeviation", robustMad / robustN);
        f.put("Variance", m2);
        f.put("StandardDeviation", Math.sqrt(m2));
        f.put("Skewness", m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5));
        f.put("Kurtosis", m2 == 0 ? 0 : m4 / (m2 * m2));
        return f;
    }

    /** numpy.percentile with linear interpolation (position q/100 * (n - 1)). */
    static double percentile(double[] sorted, double q) {
        double pos = q / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double t = pos - lo, a = sorted[lo], b = sorted[hi];
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
