package org.gliomaradiomics.features;

import java.util.Arrays;
import org.gliomaradiomics.numerics.SmallSymmetricEigenvalues;

/**
 * The GLCM features of one co-occurrence matrix, for both conventions and for whole ROIs and voxel kernels alike:
 * the 25 IBSI features in {@link GlcmFamily}'s order, then PyRadiomics' MCC ({@link #MCC}). Everything is read
 * from a {@link SparseGlcm} (the non-zero cells and the marginals p_x, p_y, p_(x+y), p_(x-y)); a {@link Convention}
 * gives the ε inside the logarithms. Dense family matrices are loaded into a reused {@link SparseGlcm} first.
 */
public final class CooccurrenceFeatures implements TextureAggregation.MatrixKind<double[]> {
    /** IBSI features; {@link #MCC} follows them. */
    static final int COUNT = 25;
    /** Index of PyRadiomics' maximal correlation coefficient (no IBSI code), computed on request only. */
    public static final int MCC = 25;
    /** Length of the value arrays. */
    public static final int VALUES = 26;
    private final int ng;
    private SparseGlcm sparse;

    CooccurrenceFeatures(int ng) {
        this.ng = ng;
    }

    @Override
    public int featureCount() {
        return COUNT;
    }

    @Override
    public double[] add(double[] sum, double[] matrix) {
        return TextureAggregation.addDense(sum, matrix);
    }

    @Override
    public boolean features(double[] counts, double[] out) {
        if (sparse == null) sparse = new SparseGlcm(ng, ng * ng);
        if (!sparse.load(counts)) return false;
        double[] values = out.length >= VALUES ? out : new double[VALUES];
        of(sparse, Convention.IBSI, 0, values);
        if (values != out) System.arraycopy(values, 0, out, 0, out.length);
        return true;
    }

    /**
     * The features of a loaded matrix into {@code out} (length {@link #VALUES}).
     * @param roiLevelCount number of grey levels of the ROI for MCC (PyRadiomics' matrices keep a row for each);
     *                      0: MCC is not computed (NaN)
     */
    public static void of(SparseGlcm m, Convention c, int roiLevelCount, double[] out) {
        int ng = m.ng;
        double eps = c.logEpsilon();
        double max = 0, jointEntropy = 0, asm = 0, sumIj = 0, hxy1 = 0;
        for (int k = 0; k < m.n; k++) {
            double p = m.p[k];
            if (p > max) max = p;
            jointEntropy -= p * c.ln(p);
            asm += p * p;
            sumIj += (m.a[k] + 1.0) * (m.b[k] + 1.0) * p;
            if (eps != 0) hxy1 -= p * c.ln(m.px[m.a[k]] * m.py[m.b[k]]);
        }
        jointEntropy /= Convention.LN2; // the entropies are summed in nats, converted to bits once
        hxy1 /= Convention.LN2;
        double muX = 0, muY = 0;
        for (int q = 0; q < m.levelCount; q++) {
            int l = m.levels[q];
            muX += (l + 1) * m.px[l];
            muY += (l + 1) * m.py[l];
        }
        double varX = 0, varY = 0, hx = 0, hy = 0, hxy2 = 0;
        for (int q = 0; q < m.levelCount; q++) {
            int l = m.levels[q];
            double px = m.px[l], py = m.py[l];
            varX += (l + 1 - muX) * (l + 1 - muX) * px;
            varY += (l + 1 - muY) * (l + 1 - muY) * py;
            if (px > 0) hx -= px * c.ln(px);
            if (py > 0) hy -= py * c.ln(py);
            if (eps != 0) for (int r = 0; r < m.levelCount; r++) {
                double pxy = px * m.py[m.levels[r]];
                hxy2 -= pxy * c.ln(pxy);
            }
        }
        hx /= Convention.LN2;
        hy /= Convention.LN2;
        hxy2 /= Convention.LN2;
        // Without ε, HXY1 = -Σ p_ij log2(p_x p_y) and HXY2 = -Σ p_x p_y log2(p_x p_y) both reduce to HX + HY.
        if (eps == 0) hxy1 = hxy2 = hx + hy;
        double diffAvg = 0, diffEntropy = 0, contrast = 0, invDiff = 0, invDiffNorm = 0, idm = 0, idmNorm = 0, invVar = 0;
        for (int q = 0; q < m.diffCount; q++) {
            int k = m.diffs[q];
            double p = m.pDiff[k];
            diffAvg += k * p;
            diffEntropy -= p * c.ln(p);
            contrast += (double) k * k * p;
            invDiff += p / (1.0 + k);
            invDiffNorm += p / (1.0 + (double) k / ng);
            idm += p / (1.0 + (double) k * k);
            idmNorm += p / (1.0 + (double) k * k / ((double) ng * ng));
            if (k > 0) invVar += p / ((double) k * k);
        }
        diffEntropy /= Convention.LN2;
        double diffVar = 0;
        for (int q = 0; q < m.diffCount; q++) diffVar += (m.diffs[q] - diffAvg) * (m.diffs[q] - diffAvg) * m.pDiff[m.diffs[q]];
        double sumAvg = 0, sumEntropy = 0;
        for (int q = 0; q < m.sumCount; q++) {
            int k = m.sums[q]; // level sum minus 2
            sumAvg += (k + 2) * m.pSum[k];
            sumEntropy -= m.pSum[k] * c.ln(m.pSum[k]);
        }
        sumEntropy /= Convention.LN2;
        double sumVar = 0, tendency = 0, shade = 0, prominence = 0;
        for (int q = 0; q < m.sumCount; q++) {
            int k = m.sums[q];
            double p = m.pSum[k], s = k + 2 - sumAvg, t = k + 2 - muX - muY, t2 = t * t;
            sumVar += s * s * p;
            tendency += t2 * p;
            shade += t2 * t * p;
            prominence += t2 * t2 * p;
        }
        double sd = Math.sqrt(varX) * Math.sqrt(varY), hMax = Math.max(hx, hy);
        out[0] = max;
        out[1] = muX;
        out[2] = varX;
        out[3] = jointEntropy;
        out[4] = diffAvg;
        out[5] = diffVar;
        out[6] = diffEntropy;
        out[7] = sumAvg;
        out[8] = sumVar;
        out[9] = sumEntropy;
        out[10] = asm;
        out[11] = contrast;
        out[12] = diffAvg; // dissimilarity equals the difference average
        out[13] = invDiff;
        out[14] = invDiffNorm;
        out[15] = idm;
        out[16] = idmNorm;
        out[17] = invVar;
        out[18] = sd == 0 ? 1.0 : (sumIj - muX * muY) / sd; // a single grey level: perfectly correlated by convention
        out[19] = sumIj;
        out[20] = tendency;
        out[21] = shade;
        out[22] = prominence;
        out[23] = hMax == 0 ? 0.0 : (jointEntropy - hxy1) / hMax;
        out[24] = hxy2 == jointEntropy ? 0.0 : Math.sqrt(Math.max(0.0, 1 - Math.exp(-2 * (hxy2 - jointEntropy))));
        out[MCC] = roiLevelCount > 0 ? mcc(m, roiLevelCount) : Double.NaN;
    }

    /**
     * Square root of the second-largest eigenvalue of Q(i,j) = sum_k p(i,k) p(j,k) / (p_x(i) p_y(k) + eps), as
     * PyRadiomics computes it. Q is block diagonal: the levels of the kernel, and zero rows for the other levels
     * of the ROI, which contribute zero eigenvalues. Without eps, Q = Dx^-1 P Dy^-1 P^T is similar to the
     * symmetric matrix with entries sqrt(Q(i,j) Q(j,i)); eps breaks that only by an antisymmetric relative
     * perturbation of order eps / (p_x p_y), which moves eigenvalues at second order. So a symmetric (always
     * convergent) eigen-solver is used on that matrix; commons-math's general solver fails on some kernels.
     */
    private static double mcc(SparseGlcm m, int roiLevelCount) {
        if (roiLevelCount == 1) return 1;
        double eps = Convention.PYRADIOMICS.logEpsilon();
        int nl = m.levelCount;
        int[] local = m.local, parent = m.parent, member = m.member, start = m.componentStart;
        for (int k = 0; k < nl; k++) {
            local[m.levels[k]] = k;
            parent[k] = k;
        }
        // Q is block diagonal over the connected components of the levels (linked by a non-zero cell).
        for (int k = 0; k < m.n; k++) {
            int u = root(parent, local[m.a[k]]), v = root(parent, local[m.b[k]]);
            if (u != v) parent[Math.max(u, v)] = Math.min(u, v);
        }
        int components = 0;
        for (int k = 0; k < nl; k++) if (root(parent, k) == k) member[k] = components++;
        Arrays.fill(start, 0, components + 1, 0);
        for (int k = 0; k < nl; k++) start[member[root(parent, k)] + 1]++;
        for (int c = 0; c < components; c++) start[c + 1] += start[c];
        int[] order = m.order, position = m.position, fill = m.fill;
        System.arraycopy(start, 0, fill, 0, components);
        for (int k = 0; k < nl; k++) {
            int c = member[root(parent, k)];
            position[k] = fill[c] - start[c];
            order[fill[c]++] = k;
        }
        double[] eigen = m.scratch(3, nl + 1);
        int count = 0;
        for (int c = 0; c < components; c++) {
            int from = start[c], size = start[c + 1] - from;
            double[] dense = m.scratch(0, size * size), q = m.scratch(1, size * size);
            Arrays.fill(dense, 0, size * size, 0.0);
            for (int k = 0; k < m.n; k++) {
                int u = local[m.a[k]];
                if (member[root(parent, u)] == c) dense[position[u] * size + position[local[m.b[k]]]] = m.p[k];
            }
            for (int r = 0; r < size; r++) {
                double pr = m.px[m.levels[order[from + r]]];
                for (int col = 0; col < size; col++) {
                    double sum = 0;
                    for (int k = 0; k < size; k++) {
                        double d = dense[r * size + k];
                        if (d != 0) sum += d * dense[col * size + k] / (pr * m.py[m.levels[order[from + k]]] + eps);
                    }
                    q[r * size + col] = sum;
                }
            }
            for (int r = 0; r < size; r++)
                for (int col = r + 1; col < size; col++) {
                    double g = Math.sqrt(q[r * size + col] * q[col * size + r]);
                    q[r * size + col] = g;
                    q[col * size + r] = g;
                }
            double[] values = m.scratch(2, size);
            SmallSymmetricEigenvalues.of(q, size, values, m.scratch(4, size), m.scratch(5, size * size));
            System.arraycopy(values, 0, eigen, count, size);
            count += size;
        }
        if (roiLevelCount > nl) eigen[count++] = 0; // one zero stands for the levels absent from the kernel
        double first = Double.NEGATIVE_INFINITY, second = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            double e = eigen[k];
            if (e > first) {
                second = first;
                first = e;
            } else if (e > second) second = e;
        }
        return Math.sqrt(Math.max(0.0, second));
    }

    private static int root(int[] parent, int k) {
        while (parent[k] != k) k = parent[k] = parent[parent[k]];
        return k;
    }
}
