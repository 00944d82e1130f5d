package org.gliomaradiomics.preprocess;

import java.util.Arrays;
import org.gliomaradiomics.image.Volume;

/**
 * WhiteStripe normalisation (Shinohara et al., NeuroImage Clin 2014), written by hand: find the white-matter
 * mode of the smoothed intensity histogram of the brain, take the voxels whose quantile lies within ±τ of the
 * mode's quantile (the "white stripe"), and z-score the image by the stripe's mean and standard deviation.
 * For T1 the mode is the highest-intensity peak (peaks lower than 1/5 of the tallest are ignored, as the R
 * package's rare-tail rule) among voxels above the brain mean, as the R package does; for T2 and FLAIR it is
 * the tallest peak of all brain voxels.
 */
public final class WhiteStripe {
    public enum Contrast { T1, T2, FLAIR }

    private static final int BINS = 256;
    private static final double RARE_PEAK = 0.2;

    /** The normalised image and the stripe that defined it. */
    public record Result(Volume normalized, double mode, double stripeLow, double stripeHigh, double mean, double sd) {}

    private WhiteStripe() {}

    /** @param mask brain mask (null: voxels above zero); @param tau stripe half-width in quantile (0.05 in the paper) */
    public static Result normalize(Volume image, boolean[] mask, Contrast contrast, double tau) {
        if (!(tau > 0 && tau < 0.5)) throw new IllegalArgumentException("WhiteStripe width tau must be in (0, 0.5), got " + tau);
        double[] brain = mask != null ? Percentiles.values(image, mask) : Arrays.stream(image.voxels()).filter(v -> v > 0).toArray();
        if (brain.length < 100) throw new IllegalArgumentException("WhiteStripe needs at least 100 brain voxels, found " + brain.length);
        double[] voxels = brain;
        if (contrast == Contrast.T1) {
            double mean = Arrays.stream(brain).sum() / brain.length;
            voxels = Arrays.stream(brain).filter(v -> v > mean).toArray();
        }
        Arrays.sort(voxels);
        double mode = mode(voxels, contrast == Contrast.T1);
        int below = lowerBound(voxels, mode);
        double q = (double) below / voxels.length;
        double lo = Percentiles.ofSorted(voxels, 100 * Math.max(0, q - tau)), hi = Percentiles.ofSorted(voxels, 100 * Math.min(1, q + tau));
        double sum = 0, sumSq = 0;
        int n = 0;
        for (double v : brain)
            if (v >= lo && v <= hi) {
                sum += v;
                sumSq += v * v;
                n++;
            }
        if (n < 2) throw new IllegalArgumentException("the white stripe holds fewer than 2 voxels");
        double mean = sum / n, sd = Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
        if (!(sd > 0)) throw new IllegalArgumentException("the white stripe has no intensity spread (sd = 0)");
        return new Result(IntensityNormalizer.affine(image, 1 / sd, -mean / sd), mode, lo, hi, mean, sd);
    }

    /** The white-matter mode of sorted values: last (T1) or tallest peak of a Gaussian-smoothed histogram. */
    static double mode(double[] sorted, boolean last) {
        double lo = Percentiles.ofSorted(sorted, 0.5), hi = Percentiles.ofSorted(sorted, 99.5);
        if (!(hi > lo)) return lo;
        double width = (hi - lo) / BINS;
        double[] h = new double[BINS];
        for (double v : sorted) {
            int b = (int) ((v - lo) / width);
            if (b >= 0 && b < BINS) h[b]++;
            else if (v == hi) h[BINS - 1]++;
        }
        double[] s = smooth(h, 3.0);
        double max = 0;
        int tallest = 0;
        for (int i = 0; i < BINS; i++)
            if (s[i] > max) {
                max = s[i];
                tallest = i;
            }
        int peak = tallest;
        if (last) {
            for (int i = BINS - 2; i >= 1; i--)
                if (s[i] >= s[i - 1] && s[i] > s[i + 1] && s[i] >= RARE_PEAK * max) {
                    peak = i;
                    break;
                }
        }
        double offset = 0;
        if (peak > 0 && peak < BINS - 1) { // parabolic refinement of the peak position
            double a = s[peak - 1], b = s[peak], c = s[peak + 1], d = a - 2 * b + c;
            if (d < 0) offset = 0.5 * (a - c) / d;
        }
        return lo + (peak + 0.5 + offset) * width;
    }

    private static double[] smooth(double[] h, double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            double acc = 0, wsum = 0;
            for (int k = -r; k <= r; k++) {
                int j = i + k;
                if (j < 0 || j >= h.length) continue;
                double w = Math.exp(-0.5 * k * k / (sigma * sigma));
                acc += w * h[j];
                wsum += w;
            }
            out[i] = acc / wsum;
        }
        return out;
    }

    /** Number of sorted values strictly below {@code v}. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
