package org.gliomaradiomics.preprocess;

/**
 * Otsu's threshold of a histogram, written by hand to give exactly ImageJ's answer ({@code
 * ij.process.AutoThresholder.getThreshold(Method.Otsu, histogram)}, M. Emre Celebi's implementation as ported by
 * G. Landini) without ImageJ in the core: a histogram with one or two occupied bins gives the bin below the upper
 * one, any other the bin that maximises the between-class variance (the first of equal maxima).
 */
public final class OtsuThreshold {
    private OtsuThreshold() {}

    /** The threshold bin: values in bins up to and including it are the dark class. */
    public static int bin(int[] histogram) {
        int occupied = 0, first = -1, second = -1;
        for (int i = 0; i < histogram.length; i++) {
            if (histogram[i] <= 0) continue;
            if (++occupied > 2) break;
            if (first < 0) first = i;
            else second = i;
        }
        if (occupied == 1) return first - 1;
        if (occupied == 2) return second - 1;
        int n = histogram.length, total = 0;
        for (int h : histogram) total += h;
        double scale = 1.0 / total;
        double[] cumulative = new double[n], mean = new double[n];
        cumulative[0] = scale * histogram[0];
        for (int i = 1; i < n; i++) {
            double p = scale * histogram[i];
            cumulative[i] = cumulative[i - 1] + p;
            mean[i] = mean[i - 1] + i * p;
        }
        double totalMean = mean[n - 1], best = 0;
        int threshold = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            double between = totalMean * cumulative[i] - mean[i];
            between *= between / (cumulative[i] * (1.0 - cumulative[i]));
            if (best < between) {
                best = between;
                threshold = i;
            }
        }
        return threshold == -1 ? 0 : threshold;
    }
}
