package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.preprocess.Discretiser;
import java.util.Arrays;

/**
 * PyRadiomics' gray-level binning of the ROI values: fixed width with edges on multiples of the width (floor
 * modulo of the minimum), or fixed count with numpy.histogram edges whose last edge is raised by 1. The level of
 * a value is numpy.digitize: the number of edges that are <= the value.
 */
final class Discretization {
    /** Level per cropped voxel, 0 outside the ROI. */
    final int[] levels;
    /** Largest level (PyRadiomics' Ng). */
    final int maxLevel;
    /** Sorted distinct levels present in the ROI. */
    final int[] present;

    private Discretization(int[] levels) {
        this.levels = levels;
        int max = 0;
        for (int l : levels) if (l > max) max = l;
        boolean[] seen = new boolean[max + 1];
        for (int l : levels) if (l > 0) seen[l] = true;
        int n = 0;
        for (boolean b : seen) if (b) n++;
        present = new int[n];
        for (int l = 1, k = 0; l <= max; l++) if (seen[l]) present[k++] = l;
        maxLevel = max;
    }

    /** Levels binned elsewhere (voxel-based maps bin once over the whole ROI): level per voxel, 0 outside. */
    static Discretization ofLevels(int[] levels) {
        return new Discretization(levels);
    }

    static Discretization of(Roi roi, PyRadiomicsSettings s) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < roi.mask.length; i++)
            if (roi.mask[i]) {
                min = Math.min(min, roi.values[i]);
                max = Math.max(max, roi.values[i]);
            }
        double[] edges = s.binCount() != null ? countEdges(min, max, s.binCount()) : widthEdges(min, max, s.binWidth());
        int[] levels = new int[roi.mask.length];
        for (int i = 0; i < levels.length; i++) if (roi.mask[i]) levels[i] = digitize(roi.values[i], edges);
        return new Discretization(levels);
    }

    static double[] widthEdges(double min, double max, double w) {
        double low = min - floorMod(min, w);
        double step = (low + w) - low; // numpy.arange's step
        double edges = Math.ceil((max + 2 * w - low) / w);
        Discretiser.checkLevelCount(edges - 1, "binWidth " + w);
        int n = (int) edges;
        double[] e = new double[n];
        for (int k = 0; k < n; k++) e[k] = low + k * step;
        if (n == 1) return new double[] {e[0] - 0.5, e[0] + 0.5};
        return e;
    }

    static double[] countEdges(double min, double max, int n) {
        Discretiser.checkLevelCount(n, "binCount " + n);
        double lo = min, hi = max;
        if (lo == hi) { lo -= 0.5; hi += 0.5; }
        double step = (hi - lo) / n;
        double[] e = new double[n + 1];
        for (int k = 0; k <= n; k++) e[k] = k * step + lo;
        e[n] = hi + 1;
        return e;
    }

    /** Python's % for floats: the result has the sign of the divisor. */
    private static double floorMod(double a, double w) {
        double m = a % w;
        if (m != 0 && (m < 0) != (w < 0)) m += w;
        return m;
    }

    /** Number of edges <= v (edges ascending). */
    static int digitize(double v, double[] edges) {
        int k = Arrays.binarySearch(edges, v);
        if (k >= 0) {
            while (k + 1 < edges.length && edges[k + 1] == v) k++;
            return k + 1;
        }
        return -k - 1;
    }
}
