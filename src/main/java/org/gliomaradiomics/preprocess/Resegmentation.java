package org.gliomaradiomics.preprocess;

/** IBSI re-segmentation of the intensity mask: keep voxels whose intensity lies in a range, or within mean +- k
 * standard deviations (population) of the masked intensities. Each returns a new mask. */
public final class Resegmentation {
    private Resegmentation() {}

    /** Voxels of {@code mask} with lower &lt;= x &lt;= upper; an infinite or NaN bound leaves that end open. */
    public static boolean[] range(double[] values, boolean[] mask, double lower, double upper) {
        double lo = Double.isNaN(lower) ? Double.NEGATIVE_INFINITY : lower, hi = Double.isNaN(upper) ? Double.POSITIVE_INFINITY : upper;
        if (lo > hi) throw new IllegalArgumentException("re-segmentation range [" + lower + ", " + upper + "] is empty");
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) out[i] = mask[i] && values[i] >= lo && values[i] <= hi;
        return out;
    }

    /** Voxels of {@code mask} within mean +- sigmas * standard deviation of the masked intensities. */
    public static boolean[] outliers(double[] values, boolean[] mask, double sigmas) {
        if (!(sigmas > 0)) throw new IllegalArgumentException("outlier filter needs a positive number of standard deviations, got " + sigmas);
        long n = 0;
        double sum = 0;
        for (int i = 0; i < mask.length; i++)
            if (mask[i]) {
                n++;
                sum += values[i];
            }
        if (n == 0) return new boolean[mask.length];
        double mean = sum / n, ss = 0;
        for (int i = 0; i < mask.length; i++)
            if (mask[i]) ss += (values[i] - mean) * (values[i] - mean);
        double sd = Math.sqrt(ss / n);
        return range(values, mask, mean - sigmas * sd, mean + sigmas * sd);
    }
}
