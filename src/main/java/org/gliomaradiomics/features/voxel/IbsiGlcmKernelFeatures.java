package org.gliomaradiomics.features.voxel;

import java.util.List;

/**
 * The 25 IBSI GLCM features (same definitions, names and order as the {@code glcm} family) of one sparse kernel
 * matrix. Written over the non-zero cells because a kernel matrix has a few hundred of them at most.
 */
final class IbsiGlcmKernelFeatures {
    static final List<String> NAMES = List.of("JointMaximum", "JointAverage", "JointVariance", "JointEntropy",
        "DifferenceAverage", "DifferenceVariance", "DifferenceEntropy", "SumAverage", "SumVariance", "SumEntropy",
        "AngularSecondMoment", "Contrast", "Dissimilarity", "InverseDifference", "NormalisedInverseDifference",
        "InverseDifferenceMoment", "NormalisedInverseDifferenceMoment", "InverseVariance", "Correlation",
        "Autocorrelation", "ClusterTendency", "ClusterShade", "ClusterProminence", "InformationCorrelation1",
        "InformationCorrelation2");
    private static final double LN2 = Math.log(2);

    private IbsiGlcmKernelFeatures() {}

    static void compute(SparseGlcm m, double[] out) {
        int ng = m.ng;
        double max = 0, jointEntropy = 0, asm = 0, sumIj = 0;
        for (int k = 0; k < m.n; k++) {
            double p = m.p[k];
            if (p > max) max = p;
            jointEntropy -= p * Math.log(p);
            asm += p * p;
            sumIj += (m.a[k] + 1.0) * (m.b[k] + 1.0) * p;
        }
        jointEntropy /= LN2;
        double muX = 0, muY = 0;
        for (int k = 0; k < m.levelCount; k++) {
            int l = m.levels[k];
            muX += (l + 1) * m.px[l];
            muY += (l + 1) * m.py[l];
        }
        double varX = 0, varY = 0, hx = 0, hy = 0;
        for (int k = 0; k < m.levelCount; k++) {
            int l = m.levels[k];
            varX += (l + 1 - muX) * (l + 1 - muX) * m.px[l];
            varY += (l + 1 - muY) * (l + 1 - muY) * m.py[l];
            hx -= entropyTerm(m.px[l]);
            hy -= entropyTerm(m.py[l]);
        }
        double diffAvg = 0, diffEntropy = 0, contrast = 0, invDiff = 0, invDiffNorm = 0, idm = 0, idmNorm = 0, invVar = 0;
        for (int q = 0; q < m.diffCount; q++) {
            int k = m.diffs[q];
            double p = m.pDiff[k];
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
        for (int q = 0; q < m.diffCount; q++) {
            int k = m.diffs[q];
            diffVar += (k - diffAvg) * (k - diffAvg) * m.pDiff[k];
        }
        double sumAvg = 0, sumEntropy = 0;
        for (int q = 0; q < m.sumCount; q++) {
            int k = m.sums[q];
            sumAvg += (k + 2) * m.pSum[k];
            sumEntropy -= entropyTerm(m.pSum[k]);
        }
        double sumVar = 0, tendency = 0, shade = 0, prominence = 0;
        for (int q = 0; q < m.sumCount; q++) {
            int k = m.sums[q];
            double p = m.pSum[k];
            double s = k + 2 - sumAvg;
            sumVar += s * s * p;
            double c = k + 2 - muX - muY, c2 = c * c;
            tendency += c2 * p;
            shade += c2 * c * p;
            prominence += c2 * c2 * p;
        }
        double hxy12 = hx + hy; // HXY1 and HXY2 both reduce to HX + HY
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
        out[12] = diffAvg;
        out[13] = invDiff;
        out[14] = invDiffNorm;
        out[15] = idm;
        out[16] = idmNorm;
        out[17] = invVar;
        out[18] = sd == 0 ? 1.0 : (sumIj - muX * muY) / sd;
        out[19] = sumIj;
        out[20] = tendency;
        out[21] = shade;
        out[22] = prominence;
        out[23] = hx == 0 ? 0.0 : (jointEntropy - hxy12) / hx;
        out[24] = Math.sqrt(Math.max(0.0, 1 - Math.exp(-2 * (hxy12 - jointEntropy))));
    }

    private static double entropyTerm(double p) {
        return p > 0 ? p * Math.log(p) / LN2 : 0.0;
    }
}
