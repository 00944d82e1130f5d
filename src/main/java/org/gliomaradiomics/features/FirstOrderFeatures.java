package org.gliomaradiomics.features;

/**
 * The one class of first-order formulas, for IBSI's intensity_statistics (raw intensities) and intensity_histogram
 * (grey levels) families and PyRadiomics' firstorder class ({@link IntensityStatisticsFamily#pyradiomics}), whole
 * ROI and voxel kernels alike. Computed from values sorted ascending; percentiles interpolate linearly between order
 * statistics at position (N - 1) p, as NumPy's default; sums run in array order, so results are reproducible bit
 * for bit. What differs between the conventions is data: PyRadiomics' voxelArrayShift in {@link #energy} and its order of summation, the ε of
 * {@link Convention#log2} in {@link #entropy}, and its Kurtosis not in excess ({@link #pearsonKurtosis}).
 */
public final class FirstOrderFeatures {
    public final double mean, variance, skewness, kurtosis, pearsonKurtosis, median, minimum, p10, p25, p75, p90, maximum;
    public final double meanAbsoluteDeviation, robustMeanAbsoluteDeviation, medianAbsoluteDeviation;

    /** @param sorted at least one value, ascending */
    FirstOrderFeatures(double[] sorted) {
        int n = sorted.length;
        if (n == 0) throw new IllegalArgumentException("no voxels in the intensity mask");
        double sum = 0;
        for (double v : sorted) sum += v;
        mean = sum / n;
        double m2 = 0, m3 = 0, m4 = 0, absDev = 0;
        for (double v : sorted) {
            double d = v - mean, d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            absDev += Math.abs(d);
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        variance = m2;
        skewness = m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5);
        pearsonKurtosis = m2 == 0 ? 0 : m4 / (m2 * m2);
        kurtosis = m2 == 0 ? 0 : pearsonKurtosis - 3;
        meanAbsoluteDeviation = absDev / n;
        minimum = sorted[0];
        maximum = sorted[n - 1];
        median = percentile(sorted, 0.5);
        p10 = percentile(sorted, 0.10);
        p25 = percentile(sorted, 0.25);
        p75 = percentile(sorted, 0.75);
        p90 = percentile(sorted, 0.90);
        double medDev = 0;
        for (double v : sorted) medDev += Math.abs(v - median);
        medianAbsoluteDeviation = medDev / n;
        // Values between P10 and P90 form a contiguous run of the sorted array.
        int lo = 0, hi = n;
        while (lo < n && sorted[lo] < p10) lo++;
        while (hi > lo && sorted[hi - 1] > p90) hi--;
        double robustSum = 0;
        for (int i = lo; i < hi; i++) robustSum += sorted[i];
        double robustMean = robustSum / (hi - lo), robustDev = 0;
        for (int i = lo; i < hi; i++) robustDev += Math.abs(sorted[i] - robustMean);
        // NaN when no value lies between the interpolated P10 and P90 (possible with two or three voxels only).
        robustMeanAbsoluteDeviation = hi > lo ? robustDev / (hi - lo) : Double.NaN;
    }

    double range() {
        return maximum - minimum;
    }

    double interquartileRange() {
        return p75 - p25;
    }

    double coefficientOfVariation() {
        return Math.sqrt(variance) / mean;
    }

    double quartileCoefficientOfDispersion() {
        return (p75 - p25) / (p75 + p25);
    }

    /** Σ (x + shift)², summed in the order of the values: IBSI's energy (shift 0), PyRadiomics' (its voxelArrayShift). */
    static double energy(double[] values, double shift) {
        double e = 0;
        for (double v : values) e += (v + shift) * (v + shift);
        return e;
    }

    /** -Σ p log2(p + ε) of the probabilities of the non-empty levels of a histogram, summed in the order given. */
    static double entropy(double[] p, Convention c) {
        double h = 0;
        for (double q : p) h -= q * c.log2(q);
        return h;
    }

    /** Σ p² of the probabilities of the non-empty levels of a histogram, summed in the order given. */
    static double uniformity(double[] p) {
        double u = 0;
        for (double q : p) u += q * q;
        return u;
    }

    /** Linear interpolation between the order statistics around position (N - 1) p. */
    static double percentile(double[] sorted, double p) {
        int n = sorted.length;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
