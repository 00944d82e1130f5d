package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.numerics.CubicBSpline;
import org.gliomaradiomics.parallel.Parallel;

/**
 * A uniform cubic B-spline function over a voxel grid, defined by a lattice of (mesh + 3)³ control points that
 * spans continuous voxel index [0, n-1] on each axis. Fitting follows Lee, Wolberg and Shin's (1997) B-spline
 * approximation as ITK's BSplineScatteredDataPointSetToImageFilter does (one level): each data point proposes a
 * control value for its 64 neighbours, and each control point keeps the w²-weighted mean of the proposals
 * (numerator and denominator accumulated per control point). Written by hand.
 */
final class BSplineLattice {
    final int[] mesh = new int[3];
    final int cx, cy, cz;
    final double[] coefficients;
    /** Full-resolution size the lattice spans; a coarser evaluation grid maps its voxels into this index space. */
    private final int[] span;

    BSplineLattice(int[] fullSize, int[] meshElements) {
        span = fullSize.clone();
        for (int a = 0; a < 3; a++) mesh[a] = Math.max(1, meshElements[a]);
        cx = mesh[0] + 3;
        cy = mesh[1] + 3;
        cz = mesh[2] + 3;
        coefficients = new double[cx * cy * cz];
    }

    /** Per-axis tables: for each grid index, the first control point and its four weights. */
    static final class AxisTable {
        final int[] start;
        final double[] weights;

        AxisTable(int n, int fullN, double offset, double step, int mesh) {
            start = new int[n];
            weights = new double[4 * n];
            for (int i = 0; i < n; i++) {
                double full = offset + step * i;
                double u = fullN > 1 ? Math.max(0, Math.min(1, full / (fullN - 1))) * mesh : 0;
                int s = Math.min((int) Math.floor(u), mesh - 1);
                start[i] = s;
                CubicBSpline.weights(u - s, weights, 4 * i);
            }
        }
    }

    /** Tables for a grid of {@code n} voxels whose voxel i sits at full-resolution index offset + step·i. */
    AxisTable[] tables(int[] n, double offset, double step) {
        AxisTable[] t = new AxisTable[3];
        for (int a = 0; a < 3; a++) t[a] = new AxisTable(n[a], span[a], offset, step, mesh[a]);
        return t;
    }

    /**
     * Least-squares-like fit (Lee et al.) of {@code values} at the grid voxels where {@code use} is true; replaces
     * this lattice's coefficients with the fit. Parallel over z-chunks with a fixed merge order.
     */
    void fit(double[] values, boolean[] use, int[] n, AxisTable[] t) {
        int nc = coefficients.length, chunks = Math.min(Parallel.CHUNKS, n[2]);
        double[][] num = new double[chunks][], den = new double[chunks][];
        Parallel.forEach(chunks, c -> {
            double[] nu = new double[nc], de = new double[nc];
            int z0 = Parallel.chunkStart(n[2], chunks, c), z1 = Parallel.chunkStart(n[2], chunks, c + 1);
            double[] w = new double[64];
            for (int z = z0; z < z1; z++) {
                int sz = t[2].start[z];
                for (int y = 0; y < n[1]; y++) {
                    int sy = t[1].start[y];
                    int idx = n[0] * (y + n[1] * z);
                    for (int x = 0; x < n[0]; x++, idx++) {
                        if (!use[idx]) continue;
                        int sx = t[0].start[x];
                        double sumSq = 0;
                        for (int k = 0, q = 0; k < 4; k++)
                            for (int j = 0; j < 4; j++) {
                                double wzy = t[2].weights[4 * z + k] * t[1].weights[4 * y + j];
                                for (int i = 0; i < 4; i++, q++) {
                                    double wv = wzy * t[0].weights[4 * x + i];
                                    w[q] = wv;
                                    sumSq += wv * wv;
                                }
                            }
                        double phi = values[idx] / sumSq;
                        for (int k = 0, q = 0; k < 4; k++)
                            for (int j = 0; j < 4; j++) {
                                int base = sx + cx * (sy + j + cy * (sz + k));
                                for (int i = 0; i < 4; i++, q++) {
                                    double w2 = w[q] * w[q];
                                    nu[base + i] += w2 * w[q] * phi;
                                    de[base + i] += w2;
                                }
                            }
                    }
                }
            }
            num[c] = nu;
            den[c] = de;
        });
        for (int p = 0; p < nc; p++) {
            double a = 0, b = 0;
            for (int c = 0; c < chunks; c++) {
                a += num[c][p];
                b += den[c][p];
            }
            coefficients[p] = b > 0 ? a / b : 0;
        }
    }

    void add(BSplineLattice other) {
        for (int i = 0; i < coefficients.length; i++) coefficients[i] += other.coefficients[i];
    }

    /** Adds this function's values at every voxel of a grid to {@code out}, separably (4 multiply-adds a voxel). */
    void addTo(double[] out, int[] n, AxisTable[] t) {
        Parallel.forEach(n[2], z -> {
            double[] plane = new double[cx * cy];
            double[] row = new double[cx];
            int sz = t[2].start[z];
            for (int j = 0; j < cy; j++)
                for (int i = 0; i < cx; i++) {
                    double s = 0;
                    for (int k = 0; k < 4; k++) s += t[2].weights[4 * z + k] * coefficients[i + cx * (j + cy * (sz + k))];
                    plane[i + cx * j] = s;
                }
            for (int y = 0; y < n[1]; y++) {
                int sy = t[1].start[y];
                for (int i = 0; i < cx; i++) {
                    double s = 0;
                    for (int j = 0; j < 4; j++) s += t[1].weights[4 * y + j] * plane[i + cx * (sy + j)];
                    row[i] = s;
                }
                int idx = n[0] * (y + n[1] * z);
                for (int x = 0; x < n[0]; x++, idx++) {
                    int sx = t[0].start[x];
                    double[] w = t[0].weights;
                    out[idx] += w[4 * x] * row[sx] + w[4 * x + 1] * row[sx + 1] + w[4 * x + 2] * row[sx + 2] + w[4 * x + 3] * row[sx + 3];
                }
            }
        });
    }
}
