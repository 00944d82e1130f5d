package org.gliomaradiomics.preprocess;

import java.util.Arrays;
import org.gliomaradiomics.image.Volume;

/** Masked voxel values and percentiles (linear interpolation between order statistics, as numpy's default). */
public final class Percentiles {
    private Percentiles() {}

    /** Values of the voxels inside the mask (all voxels when the mask is null). */
    public static double[] values(Volume image, boolean[] mask) {
        double[] v = image.voxels();
        if (mask == null) return v.clone();
        if (mask.length != v.length) throw new IllegalArgumentException("mask has " + mask.length + " voxels, image " + image.geometry().sizeString() + " has " + v.length);
        int n = 0;
        for (boolean b : mask) if (b) n++;
        if (n == 0) throw new IllegalArgumentException("the mask selects no voxel");
        double[] r = new double[n];
        for (int i = 0, k = 0; i < v.length; i++) if (mask[i]) r[k++] = v[i];
        return r;
    }

    /** Percentile {@code percent} (0..100) of already sorted values. */
    public static double ofSorted(double[] sorted, double percent) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values to take a percentile of");
        if (!(percent >= 0 && percent <= 100)) throw new IllegalArgumentException("percentile must be in [0, 100], got " + percent);
        double h = (sorted.length - 1) * percent / 100;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** Several percentiles of unsorted values (the input is not modified). */
    public static double[] of(double[] values, double... percents) {
        double[] s = values.clone();
        Arrays.sort(s);
        double[] r = new double[percents.length];
        for (int i = 0; i < r.length; i++) r[i] = ofSorted(s, percents[i]);
        return r;
    }
}
