package org.gliomaradiomics.features;

/**
 * A grey level x length count matrix: runs (GLRLM), zone sizes (GLSZM), zone distances (GLDZM) or dependence
 * counts (NGLDM), with the number of voxels it was built from. Columns are the distinct lengths listed in
 * {@link #lengths} (ascending), so a matrix of a few large zones does not need one column per possible size.
 */
final class LengthMatrix {
    final int ng;
    /** Length value of each column, ascending, at least 1. */
    final int[] lengths;
    /** counts[(grey - 1) * lengths.length + column]. */
    final double[] counts;
    /** Number of voxels the matrix was built from (N_v). */
    double voxels;

    LengthMatrix(int ng, int[] lengths) {
        this.ng = ng;
        this.lengths = lengths;
        this.counts = new double[ng * lengths.length];
    }

    /** A zero matrix with one column per length 1..maxLength (column = length - 1). */
    static LengthMatrix dense(int ng, int maxLength) {
        int[] lengths = new int[Math.max(maxLength, 1)];
        for (int j = 0; j < lengths.length; j++) lengths[j] = j + 1;
        return new LengthMatrix(ng, lengths);
    }

    /** The matrix of {@code n} (grey level, length) pairs, with columns for the lengths that occur only. */
    static LengthMatrix ofPairs(int ng, int[] greys, int[] lengths, int n, double voxels) {
        return ofPairs(ng, greys, lengths, 0, n, voxels);
    }

    /** The matrix of the (grey level, length) pairs from..to-1. */
    static LengthMatrix ofPairs(int ng, int[] greys, int[] lengths, int from, int to, double voxels) {
        int maxLength = 1;
        for (int k = from; k < to; k++) if (lengths[k] > maxLength) maxLength = lengths[k];
        int[] column = new int[maxLength + 1];
        for (int k = from; k < to; k++) column[lengths[k]] = 1;
        int columns = 0;
        for (int j = 1; j <= maxLength; j++) if (column[j] != 0) column[j] = ++columns;
        int[] used = new int[columns];
        for (int j = 1; j <= maxLength; j++) if (column[j] != 0) used[column[j] - 1] = j;
        LengthMatrix m = new LengthMatrix(ng, used);
        for (int k = from; k < to; k++) m.counts[(greys[k] - 1) * columns + column[lengths[k]] - 1]++;
        m.voxels = voxels;
        return m;
    }

    /** Element-wise sum of two matrices (voxel counts added too); columns are the union of both. Reuses {@code a}
     * (the running sum) when both have the same columns, so {@code a} must not be used afterwards. */
    static LengthMatrix sum(LengthMatrix a, LengthMatrix b) {
        if (java.util.Arrays.equals(a.lengths, b.lengths)) { // in place: the aggregation sums slice after slice
            double[] sum = a.counts, add = b.counts;
            for (int i = 0; i < sum.length; i++) sum[i] += add[i];
            a.voxels += b.voxels;
            return a;
        }
        int[] union = new int[a.lengths.length + b.lengths.length];
        int n = 0;
        for (int i = 0, j = 0; i < a.lengths.length || j < b.lengths.length; ) {
            int la = i < a.lengths.length ? a.lengths[i] : Integer.MAX_VALUE;
            int lb = j < b.lengths.length ? b.lengths[j] : Integer.MAX_VALUE;
            int l = Math.min(la, lb);
            union[n++] = l;
            if (la == l) i++;
            if (lb == l) j++;
        }
        LengthMatrix s = new LengthMatrix(a.ng, java.util.Arrays.copyOf(union, n));
        s.addColumnsOf(a);
        s.addColumnsOf(b);
        s.voxels = a.voxels + b.voxels;
        return s;
    }

    /** Adds m, whose lengths are a subset of this matrix's lengths. */
    private void addColumnsOf(LengthMatrix m) {
        int columns = lengths.length, mColumns = m.lengths.length;
        for (int c = 0, target = 0; c < mColumns; c++) {
            while (lengths[target] != m.lengths[c]) target++;
            for (int g = 0; g < ng; g++) counts[g * columns + target] += m.counts[g * mColumns + c];
        }
    }
}
