package org.gliomaradiomics.features;

/**
 * One kernel's co-occurrence matrix as normalised probabilities of its non-zero cells, with the marginals p_x, p_y,
 * p_(x+y) and p_(x-y) and the lists of their non-zero entries. Reused from kernel to kernel by one thread: the
 * dense marginal arrays are reset through the lists, never in full. {@link CooccurrenceFeatures} reads it, for
 * both conventions, whole ROIs and voxel kernels.
 */
public final class SparseGlcm {
    public final int ng;
    /** Expanded entries: row level a, column level b (0-based) and probability p; entries[0 .. n). */
    public final int[] a, b;
    public final double[] p;
    public int n;
    public final double[] px, py, pSum, pDiff;
    /** Levels with p_x or p_y non-zero, sums (a + b) and differences |a - b| that occur. */
    public final int[] levels, sums, diffs;
    public int levelCount, sumCount, diffCount;
    private final boolean[] levelSeen, sumSeen, diffSeen;
    /** Level -> local index map and reusable scratch arrays for per-kernel computations (MCC). */
    public final int[] local;
    /** Work arrays of MCC's split into connected components (sizes ng + 1). */
    public final int[] parent, member, componentStart, order, position, fill;
    private final double[][] scratch = new double[6][];

    /** @param maxCells most non-zero cells of the counts it loads */
    public SparseGlcm(int ng, int maxCells) {
        this.ng = ng;
        int max = 2 * Math.min(ng * ng, maxCells);
        a = new int[max];
        b = new int[max];
        p = new double[max];
        px = new double[ng];
        py = new double[ng];
        pSum = new double[2 * ng - 1];
        pDiff = new double[ng];
        levels = new int[ng];
        sums = new int[2 * ng - 1];
        diffs = new int[ng];
        levelSeen = new boolean[ng];
        sumSeen = new boolean[2 * ng - 1];
        diffSeen = new boolean[ng];
        local = new int[ng];
        parent = new int[ng + 1];
        member = new int[ng + 1];
        componentStart = new int[ng + 2];
        order = new int[ng + 1];
        position = new int[ng + 1];
        fill = new int[ng + 1];
    }

    /** Scratch array {@code k} of at least {@code size} elements (contents undefined). */
    public double[] scratch(int k, int size) {
        if (scratch[k] == null || scratch[k].length < size) scratch[k] = new double[Math.max(size, 16)];
        return scratch[k];
    }

    /** Loads the counts; a symmetric matrix counts each stored unordered pair both ways. False when empty. */
    public boolean load(CooccurrenceCounts counts, boolean symmetric) {
        reset();
        if (counts.pairs == 0) return false;
        double total = symmetric ? 2.0 * counts.pairs : counts.pairs;
        int g = counts.ng;
        for (int k = 0; k < counts.size; k++) {
            int cell = counts.cells[k], i = cell / g, j = cell - i * g;
            double c = counts.count[cell];
            if (!symmetric) put(i, j, c / total);
            else if (i == j) put(i, i, 2 * c / total);
            else {
                put(i, j, c / total);
                put(j, i, c / total);
            }
        }
        return true;
    }

    /** Loads dense counts[a * ng + b] (levels a, b 0-based), normalised by their sum. False when empty. */
    public boolean load(double[] counts) {
        reset();
        double total = 0;
        for (double c : counts) total += c;
        if (total == 0) return false;
        for (int i = 0, k = 0; i < ng; i++)
            for (int j = 0; j < ng; j++, k++)
                if (counts[k] != 0) put(i, j, counts[k] / total);
        return true;
    }

    private void put(int i, int j, double prob) {
        a[n] = i;
        b[n] = j;
        p[n++] = prob;
        if (!levelSeen[i]) { levelSeen[i] = true; levels[levelCount++] = i; }
        if (!levelSeen[j]) { levelSeen[j] = true; levels[levelCount++] = j; }
        int s = i + j, d = Math.abs(i - j);
        if (!sumSeen[s]) { sumSeen[s] = true; sums[sumCount++] = s; }
        if (!diffSeen[d]) { diffSeen[d] = true; diffs[diffCount++] = d; }
        px[i] += prob;
        py[j] += prob;
        pSum[s] += prob;
        pDiff[d] += prob;
    }

    private void reset() {
        for (int k = 0; k < levelCount; k++) { int l = levels[k]; px[l] = 0; py[l] = 0; levelSeen[l] = false; }
        for (int k = 0; k < sumCount; k++) { pSum[sums[k]] = 0; sumSeen[sums[k]] = false; }
        for (int k = 0; k < diffCount; k++) { pDiff[diffs[k]] = 0; diffSeen[diffs[k]] = false; }
        n = levelCount = sumCount = diffCount = 0;
    }
}
