package org.gliomaradiomics.segment;

import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.preprocess.OtsuThreshold;

/**
 * Intensity thresholds: a manual range, or an automatic {@link Method} (Otsu here; the command layer
 * adds ImageJ's AutoThresholder methods: Triangle, Huang, Li, ...) applied to a 256-bin histogram of all voxels (or only those in a mask) over
 * [min, max] of those voxels.
 */
public final class Threshold {
    private Threshold() {}

    public static final int BINS = 256;

    /** An automatic method: the threshold bin of a histogram (bins up to it are dark). */
    public interface Method {
        String name();

        int bin(int[] histogram);
    }

    /** Otsu's method, bin for bin ImageJ's. */
    public static final Method OTSU = new Method() {
        @Override
        public String name() {
            return "Otsu";
        }

        @Override
        public int bin(int[] histogram) {
            return OtsuThreshold.bin(histogram);
        }
    };

    /** An automatic threshold: the chosen bin and its intensity; voxels >= {@code value} are "bright". */
    public static final class Result {
        public final String method;
        public final int bin;
        /** Upper edge of the threshold bin = lower edge of the first bright bin. */
        public final double value;
        public final double min, max;

        Result(String method, int bin, double value, double min, double max) {
            this.method = method;
            this.bin = bin;
            this.value = value;
            this.min = min;
            this.max = max;
        }

        @Override
        public String toString() {
            return method + " threshold " + value + " (bin " + bin + " of [" + min + ", " + max + "])";
        }
    }

    /** Voxels with {@code lower <= value <= upper} (and inside {@code mask} when not null). */
    public static boolean[] range(Volume v, double lower, double upper, boolean[] mask) {
        if (mask != null) Masks.checkSize(mask, v.geometry(), "mask");
        double[] a = v.voxels();
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (mask == null || mask[i]) && a[i] >= lower && a[i] <= upper;
        return out;
    }

    /** Computes an automatic threshold on the voxels inside {@code mask} (all voxels when null). */
    public static Result automatic(Volume v, Method m, boolean[] mask) {
        double[] a = v.voxels();
        if (mask != null) Masks.checkSize(mask, v.geometry(), "mask");
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            if (mask != null && !mask[i]) continue;
            if (a[i] < min) min = a[i];
            if (a[i] > max) max = a[i];
        }
        if (min > max) throw new IllegalArgumentException("cannot threshold: the mask selects no voxel");
        int[] histogram = new int[BINS];
        double width = (max - min) / BINS;
        for (int i = 0; i < a.length; i++) {
            if (mask != null && !mask[i]) continue;
            histogram[bin(a[i], min, width)]++;
        }
        int bin = width == 0 ? 0 : m.bin(histogram);
        double value = width == 0 ? max : min + (bin + 1) * width;
        return new Result(m.name(), bin, value, min, max);
    }

    /** Voxels in the bright class (value >= threshold), or in the dark class when {@code dark}. */
    public static boolean[] apply(Volume v, Result t, boolean dark, boolean[] mask) {
        double[] a = v.voxels();
        boolean[] out = new boolean[a.length];
        double width = (t.max - t.min) / BINS;
        for (int i = 0; i < a.length; i++) {
            if (mask != null && !mask[i]) continue;
            // compare bins, not values, so that the split is exactly the histogram's
            boolean bright = width == 0 ? a[i] >= t.value : bin(a[i], t.min, width) > t.bin;
            out[i] = bright != dark;
        }
        return out;
    }

    private static int bin(double value, double min, double width) {
        if (width == 0) return 0;
        int b = (int) ((value - min) / width);
        return Math.max(0, Math.min(BINS - 1, b));
    }
}
