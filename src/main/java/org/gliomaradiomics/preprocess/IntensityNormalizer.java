package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Volume;

/**
 * Linear intensity normalisations whose statistics come from the voxels inside a mask (all voxels when the mask
 * is null) and which are applied to the whole image. Results are FLOAT32 volumes on the same grid.
 */
public final class IntensityNormalizer {
    private IntensityNormalizer() {}

    /** (v − mean) / sd, with the population standard deviation (divisor n) of the masked voxels. */
    public static Volume zScore(Volume image, boolean[] mask) {
        double[] v = Percentiles.values(image, mask);
        double mean = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / v.length);
        if (!(sd > 0)) throw new IllegalArgumentException("z-score needs varying intensities inside the mask (sd = 0)");
        return affine(image, 1 / sd, -mean / sd);
    }

    /** Maps the masked minimum and maximum linearly to {@code newMin} and {@code newMax}. */
    public static Volume range(Volume image, boolean[] mask, double newMin, double newMax) {
        return percentile(image, mask, 0, 100, newMin, newMax, false);
    }

    /**
     * Maps the masked {@code lowPercent} and {@code highPercent} percentiles linearly to {@code newMin} and
     * {@code newMax}; with {@code clip}, results are clamped to [newMin, newMax].
     */
    public static Volume percentile(Volume image, boolean[] mask, double lowPercent, double highPercent, double newMin, double newMax, boolean clip) {
        if (!(lowPercent < highPercent)) throw new IllegalArgumentException("low percentile " + lowPercent + " must be below high percentile " + highPercent);
        double[] p = Percentiles.of(Percentiles.values(image, mask), lowPercent, highPercent);
        if (!(p[1] > p[0])) throw new IllegalArgumentException("percentiles " + lowPercent + " and " + highPercent + " are equal (" + p[0] + "): cannot rescale");
        double scale = (newMax - newMin) / (p[1] - p[0]);
        Volume r = affine(image, scale, newMin - p[0] * scale);
        if (clip) {
            double lo = Math.min(newMin, newMax), hi = Math.max(newMin, newMax);
            double[] a = r.voxels();
            for (int i = 0; i < a.length; i++) a[i] = Math.max(lo, Math.min(hi, a[i]));
        }
        return r;
    }

    /** v -> scale · v + offset for every voxel, as FLOAT32. */
    static Volume affine(Volume image, double scale, double offset) {
        double[] in = image.voxels(), out = new double[in.length];
        for (int i = 0; i < in.length; i++) out[i] = (float) (scale * in[i] + offset);
        return new Volume(image.geometry(), out, DataType.FLOAT32);
    }
}
