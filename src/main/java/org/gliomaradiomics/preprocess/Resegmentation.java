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
        double[] meanSd = meanAndSd(values, mask);
        if (Double.isNaN(meanSd[0])) return new boolean[mask.length];
        return range(values, mask, meanSd[0] - sigmas * meanSd[1], meanSd[0] + sigmas * meanSd[1]);
    }

    /** Mean and population standard deviation of the masked intensities (NaN for an empty mask; also PyRadiomics'
     * sigma resegmentation). */
    public static double[] meanAndSd(double[] values, boolean[] mask) {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < mask.length; i++)
            if (mask[i]) {
                n++;
                sum += values[i];
            }
        double mean = sum / n, ss = 0;
        for (int i = 0; i < mask.length; i++)
            if (mask[i]) ss += (values[i] - mean) * (values[i] - mean);
        return new double[] {mean, Math.sqrt(ss / n)};
    }
}
