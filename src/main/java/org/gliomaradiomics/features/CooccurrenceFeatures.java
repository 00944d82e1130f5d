package org.gliomaradiomics.features;

import java.util.List;

/**
 * The 25 IBSI GLCM features of one co-occurrence matrix: dense counts (Ng x Ng, row = grey level of the centre
 * voxel) for the family, or a voxel kernel's {@link SparseGlcm}. Everything but four sums over the joint
 * probabilities is computed from the marginals p_x, p_y, p_(x+y) and p_(x-y), each built once.
 */
public final class CooccurrenceFeatures implements TextureAggregation.MatrixKind<double[]> {
    static final int COUNT = 25;
    /** The feature names in the order of the values, as {@link GlcmFamily} registers them. */
    public static final List<String> NAMES = GlcmFamily.FEATURES.definitions().stream().map(FeatureDefinition::name).toList();
    private static final double LN2 = Math.log(2);
    private final int ng;

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
    public boolean features(double[] m, double[] out) {
        int ng = this.ng;
        double total = 0;
        for (double c : m) total += c;
        if (total == 0) return false;
        double[] px = new double[ng], py = new double[ng], pSum = new double[2 * ng - 1], pDiff = new double[ng];
        double max = 0, jointEntropy = 0, asm = 0, sumIj = 0;
        for (int a = 0, k = 0; a < ng; a++) {
            for (int b = 0; b < ng; b++, k++) {
                double c = m[k];
                if (c == 0) continue;
                double p = c / total;
                if (p > max) max = p;
                jointEntropy -= p * Math.log(p);
                asm += p * p;
                sumIj += (a + 1.0) * (b + 1.0) * p;
                px[a] += p;
                py[b] += p;
                pSum[a + b] += p;
                pDiff[Math.abs(a - b)] += p;
            }
        }
        fromMarginals(ng, max, jointEntropy / LN2, asm, sumIj, px, py, pSum, pDiff, out);
        return true;
    }

    /** The 25 features of a sparse kernel matrix: the sums over its non-zero cells (a few hundred at most), then
     * the marginals. */
    public static void of(SparseGlcm m, double[] out) {
        double max = 0, jointEntropy = 0, asm = 0, sumIj = 0;
        for (int k = 0; k < m.n; k++) {
            double p = m.p[k];
            if (p > max) max = p;
            jointEntropy -= p * Math.log(p);
            asm += p * p;
            sumIj += (m.a[k] + 1.0) * (m.b[k] + 1.0) * p;
        }
        fromMarginals(m.ng, max, jointEntropy / LN2, asm, sumIj, m.px, m.py, m.pSum, m.pDiff, out);
    }

    /**
     * The 25 features from the sums over the non-zero cells (maximum, joint entropy in bits, angular second moment,
     * sum of i·j·p) and the four marginals (dense arrays: p_x and p_y of length Ng, p_(x+y) of 2Ng − 1, p_(x−y) of
     * Ng). Shared by the matrix families and the voxel-wise maps, so every GLCM feature has one definition.
     */
    public static void fromMarginals(int ng, double max, double jointEntropy, double asm, double sumIj, double[] px, double[] py,
                                     double[] pSum, double[] pDiff, double[] out) {
        double muX = 0, muY = 0;
        for (int a = 0; a < ng; a++) {
            muX += (a + 1) * px[a];
            muY += (a + 1) * py[a];
        }
        double varX = 0, varY = 0, hx = 0, hy = 0;
        for (int a = 0; a < ng; a++) {
            varX += (a + 1 - muX) * (a + 1 - muX) * px[a];
            varY += (a + 1 - muY) * (a + 1 - muY) * py[a];
            hx -= entropyTerm(px[a]);
            hy -= entropyTerm(py[a]);
        }
        double diffAvg = 0, diffEntropy = 0, contrast = 0, invDiff = 0, invDiffNorm = 0, idm = 0, idmNorm = 0, invVar = 0;
        for (int k = 0; k < ng; k++) {
            double p = pDiff[k];
            if (p == 0) continue;
            diffAvg += k * p;
            diffEntropy -= entropyTerm(p);
            contrast += (double) k * k * p;
            invDiff += p / (1.0 + k);
            invDiffNorm += p / (1.0 + (double) k / ng);
            idm += p / (1.0 + (double) k * k);
            idmNorm += p / (1.0 + (double) k * k / ((double) ng * ng));
            if (k > 0) invVar += p / ((double) k * k);
        }
        double diffVar = 0;
        for (int k = 0; k < ng; k++) diffVar += (k - diffAvg) * (k - diffAvg) * pDiff[k];
        double sumAvg = 0, sumEntropy = 0;
        for (int k = 0; k < pSum.length; k++) {
            sumAvg += (k + 2) * pSum[k];
            sumEntropy -= entropyTerm(pSum[k]);
        }
        double sumVar = 0, tendency = 0, shade = 0, prominence = 0;
        for (int k = 0; k < pSum.length; k++) {
            double p = pSum[k];
            if (p == 0) continue;
            double s = k + 2 - sumAvg;
            sumVar += s * s * p;
            double c = k + 2 - muX - muY, c2 = c * c;
            tendency += c2 * p;
            shade += c2 * c * p;
            prominence += c2 * c2 * p;
        }
        // HXY1 = -sum p_ij log2(p_x p_y) and HXY2 = -sum p_x p_y log2(p_x p_y) both reduce to HX + HY.
        double hxy12 = hx + hy;
        double sd = Math.sqrt(varX * varY);
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
        out[23] = hx == 0 ? 0.0 : (jointEntropy - hxy12) / hx;
        out[24] = Math.sqrt(Math.max(0.0, 1 - Math.exp(-2 * (hxy12 - jointEntropy))));
    }

    /** p log2 p, 0 for p = 0. */
    private static double entropyTerm(double p) {
        return p > 0 ? p * Math.log(p) / LN2 : 0.0;
    }
}
