package org.gliomaradiomics.preprocess;

/**
 * Intensity discretisation of the voxels in a mask, in both conventions; voxels outside the mask get level 0.
 * IBSI fixed bin number: level = floor(Ng (x - min) / (max - min)) + 1, with x = max giving Ng (min, max over the
 * mask). IBSI fixed bin size: level = floor((x - lb) / w) + 1 for a lower bound lb (e.g. the re-segmentation
 * minimum). PyRadiomics ({@link #numpyEdges}): bin edges ({@link #widthEdges}, {@link #countEdges}) and
 * numpy.digitize ({@link #byEdges}).
 */
public final class Discretiser {
    /** Levels 1..ng inside the mask, 0 outside. */
    public record Levels(int[] levels, int ng) {}

    /** Most grey levels a texture discretisation may give: texture matrices (GLCM: Ng x Ng) grow with its square. */
    public static final int MAX_LEVELS = 10_000;

    private Discretiser() {}

    /**
     * Refuses a discretisation with more than {@link #MAX_LEVELS} levels, before any texture matrix is made.
     *
     * @param setting what gave the levels, e.g. "binWidth 0.001"
     */
    public static void checkLevelCount(double levels, String setting) {
        if (levels > MAX_LEVELS)
            throw new IllegalArgumentException(setting + " gives " + String.format(java.util.Locale.ROOT, "%.0f", levels) + " grey levels in the region (limit "
                + MAX_LEVELS + ": texture matrices grow with the square of it); use a larger bin width or fewer bins");
    }

    public static Levels fixedBinNumber(double[] values, boolean[] mask, int bins) {
        if (bins < 1) throw new IllegalArgumentException("bin number must be at least 1, got " + bins);
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++)
            if (mask[i]) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        int[] levels = new int[values.length];
        double span = max - min;
        for (int i = 0; i < values.length; i++) {
            if (!mask[i]) continue;
            if (span == 0) levels[i] = 1;
            else levels[i] = values[i] >= max ? bins : Math.min(bins, (int) Math.floor(bins * (values[i] - min) / span) + 1);
        }
        return new Levels(levels, bins);
    }

    /** @throws IllegalArgumentException if a masked value lies below the lower bound */
    public static Levels fixedBinSize(double[] values, boolean[] mask, double width, double lowerBound) {
        if (!(width > 0) || Double.isInfinite(width)) throw new IllegalArgumentException("bin width must be positive, got " + width);
        if (!Double.isFinite(lowerBound)) throw new IllegalArgumentException("bin lower bound must be finite, got " + lowerBound);
        int[] levels = new int[values.length];
        int ng = 1;
        for (int i = 0; i < values.length; i++) {
            if (!mask[i]) continue;
            double level = Math.floor((values[i] - lowerBound) / width) + 1;
            if (level < 1) throw new IllegalArgumentException("intensity " + values[i] + " at voxel " + i + " lies below the bin lower bound " + lowerBound);
            if (level > Integer.MAX_VALUE) throw new IllegalArgumentException("too many bins: intensity " + values[i] + " with width " + width);
            levels[i] = (int) level;
            ng = Math.max(ng, levels[i]);
        }
        return new Levels(levels, ng);
    }

    /** Integer intensities taken as levels as they are (e.g. the IBSI digital phantom); Ng = the highest level. */
    public static Levels asIs(double[] values, boolean[] mask) {
        int[] levels = new int[values.length];
        int ng = 1;
        for (int i = 0; i < values.length; i++) {
            if (!mask[i]) continue;
            double v = values[i];
            if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE)
                throw new IllegalArgumentException("intensity " + v + " at voxel " + i + " is not an integer level >= 1; choose a discretisation");
            levels[i] = (int) v;
            ng = Math.max(ng, levels[i]);
        }
        return new Levels(levels, ng);
    }

    /**
     * PyRadiomics' grey levels, for the whole ROI and voxel maps alike: numpy.digitize on the edges of a fixed bin
     * count (when not null) or else width, over the range of the masked values; Ng = the highest level.
     */
    public static Levels numpyEdges(double[] values, boolean[] mask, Integer binCount, double binWidth) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++)
            if (mask[i]) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        return byEdges(values, mask, binCount != null ? countEdges(min, max, binCount) : widthEdges(min, max, binWidth));
    }

    /** PyRadiomics' fixed-width edges: on multiples of the width w from the floor modulo of the minimum (numpy.arange). */
    public static double[] widthEdges(double min, double max, double w) {
        double low = min - floorMod(min, w);
        double step = (low + w) - low; // numpy.arange's step
        double edges = Math.ceil((max + 2 * w - low) / w);
        checkLevelCount(edges - 1, "binWidth " + w);
        int n = (int) edges;
        double[] e = new double[n];
        for (int k = 0; k < n; k++) e[k] = low + k * step;
        if (n == 1) return new double[] {e[0] - 0.5, e[0] + 0.5};
        return e;
    }

    /** PyRadiomics' fixed-count edges: numpy.histogram's, the last edge raised by 1. */
    public static double[] countEdges(double min, double max, int n) {
        checkLevelCount(n, "binCount " + n);
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

    /** Levels of the masked values by ascending edges, numpy.digitize (PyRadiomics' convention); Ng = the last level. */
    public static Levels byEdges(double[] values, boolean[] mask, double[] edges) {
        int[] levels = new int[values.length];
        int ng = 1, n = edges.length;
        // The edges are evenly spaced up to rounding: a guess from the first edge and the mean step, moved to the
        // neighbouring edges that bracket the value, is digitize's count without a binary search (which took a
        // tenth of a PyRadiomics case). NaN and signed zeros, which the binary search orders by Double.compare,
        // take the search.
        boolean spaced = n >= 2 && ascendingFinite(edges);
        double first = spaced ? edges[0] : 0, perStep = spaced ? (n - 1) / (edges[n - 1] - first) : 0;
        for (int i = 0; i < values.length; i++)
            if (mask[i]) {
                double v = values[i];
                int level = spaced && v == v && v != 0 ? bracketed(v, edges, (v - first) * perStep + 1) : digitize(v, edges);
                ng = Math.max(ng, levels[i] = level);
            }
        return new Levels(levels, ng);
    }

    /** digitize(v, edges) from a guess of it: moved up past edges &lt;= v, then down past edges &gt; v. */
    private static int bracketed(double v, double[] edges, double guess) {
        int n = edges.length;
        int k = guess <= 0 ? 0 : guess >= n ? n : (int) guess;
        while (k < n && edges[k] <= v) k++;
        while (k > 0 && edges[k - 1] > v) k--;
        return k;
    }

    /** Finite, non-decreasing, and not all equal. */
    private static boolean ascendingFinite(double[] edges) {
        for (int k = 0; k < edges.length; k++)
            if (!Double.isFinite(edges[k]) || k > 0 && edges[k] < edges[k - 1]) return false;
        return edges[edges.length - 1] > edges[0];
    }

    /** numpy.digitize: the number of edges <= v (edges ascending). */
    public static int digitize(double v, double[] edges) {
        int k = java.util.Arrays.binarySearch(edges, v);
        if (k >= 0) {
            while (k + 1 < edges.length && edges[k + 1] == v) k++;
            return k + 1;
        }
        return -k - 1;
    }
}
