package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.features.SparseGlcm;

/**
 * PyRadiomics glcm (version 3 definitions, the 24 non-deprecated features in its sorted output order): one matrix
 * per direction (absent levels deleted, symmetrised, empty directions dropped), features per direction averaged, or
 * one merged matrix with weightingNorm. The same formulas serve voxel-based kernels (sparse matrices).
 */
public final class GlcmFeatures {
    private GlcmFeatures() {}

    static FeatureMap compute(Roi roi, Discretization d, PyRadiomicsSettings s) {
        int[][] offs = Offsets.of(s.distances(), true, s.force2D(), s.force2Ddimension(), roi);
        int nl = d.present.length;
        int[] li = TextureGeometry.levelIndex(d);
        List<double[]> mats = new ArrayList<>();
        for (int[] o : offs) {
            double[] p = new double[nl * nl];
            for (int z = 0, i = 0; z < roi.nz; z++)
                for (int y = 0; y < roi.ny; y++)
                    for (int x = 0; x < roi.nx; x++, i++) {
                        if (!roi.mask[i]) continue;
                        int j = TextureGeometry.neighbour(roi, x, y, z, o);
                        if (j >= 0 && roi.mask[j]) p[li[d.levels[i]] * nl + li[d.levels[j]]]++;
                    }
            if (s.symmetricalGLCM()) {
                double[] t = p.clone();
                for (int a = 0; a < nl; a++) for (int b = 0; b < nl; b++) p[a * nl + b] += t[b * nl + a];
            }
            mats.add(p);
        }
        if (s.weightingNorm() != null) {
            double[] merged = new double[nl * nl];
            for (int k = 0; k < offs.length; k++) {
                double w = TextureGeometry.weight(s.weightingNorm(), offs[k], roi.spacing, true);
                double[] p = mats.get(k);
                for (int q = 0; q < merged.length; q++) merged[q] += p[q] * w;
            }
            mats = List.of(merged);
        }
        List<double[]> perDirection = new ArrayList<>();
        SparseGlcm sparse = new SparseGlcm(d.maxLevel, nl * nl);
        for (double[] p : mats) {
            double sum = 0;
            for (double v : p) sum += v;
            if (sum == 0 && mats.size() > 1) continue;
            for (int q = 0; q < p.length; q++) p[q] /= sum;
            double[] values = new double[NAMES.size()];
            sparse.load(p, d.present);
            compute(sparse, d.maxLevel, nl, true, values);
            perDirection.add(values);
        }
        double[] mean = SizeMatrixStats.nanMean(perDirection.toArray(new double[0][]), NAMES.size());
        FeatureMap f = new FeatureMap("glcm", List.of("Dissimilarity", "Homogeneity1", "Homogeneity2", "SumVariance"));
        for (int k = 0; k < NAMES.size(); k++) f.put(NAMES.get(k), mean[k]);
        f.put("Dissimilarity", mean[NAMES.indexOf("DifferenceAverage")]);
        f.put("Homogeneity1", mean[NAMES.indexOf("Id")]);
        f.put("Homogeneity2", mean[NAMES.indexOf("Idm")]);
        f.put("SumVariance", mean[NAMES.indexOf("ClusterTendency")]);
        return f;
    }

    public static final List<String> NAMES = List.of("Autocorrelation", "ClusterProminence", "ClusterShade", "ClusterTendency",
        "Contrast", "Correlation", "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance", "Id", "Idm", "Idmn",
        "Idn", "Imc1", "Imc2", "InverseVariance", "JointAverage", "JointEnergy", "JointEntropy", "MCC",
        "MaximumProbability", "SumAverage", "SumEntropy", "SumSquares");
    public static final int MCC = NAMES.indexOf("MCC");
    private static final double EPS = Math.ulp(1.0), LN2 = Math.log(2);

    /**
     * The {@link #NAMES} values of one direction's normalised matrix, for the whole ROI and voxel kernels alike.
     * Ng is the highest grey level of the ROI and the matrix keeps a row and column for every grey level present in
     * the ROI; rows of levels absent from a kernel or direction are zero, which only matters for MCC (they add zero
     * eigenvalues).
     * @param ng highest grey level of the ROI
     * @param roiLevelCount number of distinct grey levels in the ROI
     * @param withMcc compute MCC (an eigen-decomposition per matrix); NaN otherwise
     */
    public static void compute(SparseGlcm m, int ng, int roiLevelCount, boolean withMcc, double[] out) {
        double ux = 0, uy = 0;
        for (int k = 0; k < m.levelCount; k++) {
            int l = m.levels[k];
            ux += (l + 1) * m.px[l];
            uy += (l + 1) * m.py[l];
        }
        double auto = 0, prom = 0, shade = 0, tend = 0, contrast = 0, energy = 0, hxy = 0, maxP = 0;
        double sx2 = 0, sy2 = 0, cov = 0, hxy1 = 0;
        for (int k = 0; k < m.n; k++) {
            double v = m.p[k], i = m.a[k] + 1, j = m.b[k] + 1;
            auto += i * j * v;
            double t = i + j - ux - uy;
            tend += t * t * v;
            shade += t * t * t * v;
            prom += t * t * t * t * v;
            contrast += (i - j) * (i - j) * v;
            energy += v * v;
            hxy -= v * log2(v + EPS);
            maxP = Math.max(maxP, v);
            sx2 += (i - ux) * (i - ux) * v;
            sy2 += (j - uy) * (j - uy) * v;
            cov += (i - ux) * (j - uy) * v;
            hxy1 -= v * log2(m.px[m.a[k]] * m.py[m.b[k]] + EPS);
        }
        double hx = 0, hy = 0, hxy2 = 0;
        for (int k = 0; k < m.levelCount; k++) {
            int l = m.levels[k];
            hx -= m.px[l] * log2(m.px[l] + EPS);
            hy -= m.py[l] * log2(m.py[l] + EPS);
            for (int q = 0; q < m.levelCount; q++) {
                double pxy = m.px[l] * m.py[m.levels[q]];
                hxy2 -= pxy * log2(pxy + EPS);
            }
        }
        double sigma = Math.sqrt(sx2) * Math.sqrt(sy2);
        double correlation = sigma == 0 ? 1 : cov / sigma;
        double dAvg = 0, dEnt = 0, idm = 0, idmn = 0, id = 0, idn = 0, inv = 0;
        for (int q = 0; q < m.diffCount; q++) {
            int k = m.diffs[q];
            double v = m.pDiff[k];
            dAvg += k * v;
            dEnt -= v * log2(v + EPS);
            idm += v / (1 + (double) k * k);
            idmn += v / (1 + ((double) k * k) / ((double) ng * ng));
            id += v / (1 + k);
            idn += v / (1 + (double) k / ng);
            if (k >= 1) inv += v / ((double) k * k);
        }
        double dVar = 0;
        for (int q = 0; q < m.diffCount; q++) {
            int k = m.diffs[q];
            dVar += (k - dAvg) * (k - dAvg) * m.pDiff[k];
        }
        double sAvg = 0, sEnt = 0;
        for (int q = 0; q < m.sumCount; q++) {
            int k = m.sums[q]; // level sum minus 2
            sAvg += (k + 2) * m.pSum[k];
            sEnt -= m.pSum[k] * log2(m.pSum[k] + EPS);
        }
        double div = Math.max(hx, hy);
        out[0] = auto;
        out[1] = prom;
        out[2] = shade;
        out[3] = tend;
        out[4] = contrast;
        out[5] = correlation;
        out[6] = dAvg;
        out[7] = dEnt;
        out[8] = dVar;
        out[9] = id;
        out[10] = idm;
        out[11] = idmn;
        out[12] = idn;
        out[13] = div == 0 ? 0 : (hxy - hxy1) / div;
        out[14] = hxy2 == hxy ? 0 : Math.sqrt(1 - Math.exp(-2 * (hxy2 - hxy)));
        out[15] = inv;
        out[16] = ux;
        out[17] = energy;
        out[18] = hxy;
        out[19] = withMcc ? mcc(m, roiLevelCount) : Double.NaN;
        out[20] = maxP;
        out[21] = sAvg;
        out[22] = sEnt;
        out[23] = sx2;
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
                        if (d != 0) sum += d * dense[col * size + k] / (pr * m.py[m.levels[order[from + k]]] + EPS);
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

    private static double log2(double v) {
        return Math.log(v) / LN2;
    }
}
