package org.gliomaradiomics.features;

/**
 * The statistics that IBSI defines identically for raw intensities (family intensity_statistics) and for
 * discretised grey levels (family intensity_histogram), computed from values sorted in ascending order.
 * Percentiles use linear interpolation between order statistics (position (N - 1) p, as NumPy's default).
 * Sums run in array order, so results are reproducible bit for bit. PyRadiomics' firstorder class (whole ROI and
 * voxel kernels) takes its moments and percentiles from here too; its kurtosis is {@link #pearsonKurtosis}.
 */
public final class DistributionStatistics {
    public final double mean, variance, skewness, kurtosis, pearsonKurtosis, median, minimum, p10, p25, p75, p90, maximum;
    public final double meanAbsoluteDeviation, robustMeanAbsoluteDeviation, medianAbsoluteDeviation;
    public final double energy;

    /** @param sorted at least one value, ascending */
    DistributionStatistics(double[] sorted) {
        this(sorted, sorted.length);
    }

    /** @param sorted the first n values, at least one, ascending */
    public DistributionStatistics(double[] sorted, int n) {
        if (n == 0) throw new IllegalArgumentException("no voxels in the intensity mask");
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++) {
            double v = sorted[i];
            sum += v;
            sumSq += v * v;
        }
        mean = sum / n;
        energy = sumSq;
        double m2 = 0, m3 = 0, m4 = 0, absDev = 0;
        for (int i = 0; i < n; i++) {
            double d = sorted[i] - mean, d2 = d * d;
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
        median = percentile(sorted, n, 0.5);
        p10 = percentile(sorted, n, 0.10);
        p25 = percentile(sorted, n, 0.25);
        p75 = percentile(sorted, n, 0.75);
        p90 = percentile(sorted, n, 0.90);
        double medDev = 0;
        for (int i = 0; i < n; i++) medDev += Math.abs(sorted[i] - median);
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

    double rootMeanSquare(int n) {
        return Math.sqrt(energy / n);
    }

    /** Linear interpolation between the order statistics around position (N - 1) p. */
    static double percentile(double[] sorted, double p) {
        return percentile(sorted, sorted.length, p);
    }

    private static double percentile(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
