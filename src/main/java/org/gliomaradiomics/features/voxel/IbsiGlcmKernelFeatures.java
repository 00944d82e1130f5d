package org.gliomaradiomics.features.voxel;

import java.util.List;
import org.gliomaradiomics.features.CooccurrenceFeatures;
import org.gliomaradiomics.features.SparseGlcm;

/**
 * The 25 IBSI GLCM features of one sparse kernel matrix: the sums over its non-zero cells (a few hundred at
 * most), then the {@code glcm} family's own formulas on the marginals ({@link CooccurrenceFeatures#fromMarginals}).
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
        double max = 0, jointEntropy = 0, asm = 0, sumIj = 0;
        for (int k = 0; k < m.n; k++) {
            double p = m.p[k];
            if (p > max) max = p;
            jointEntropy -= p * Math.log(p);
            asm += p * p;
            sumIj += (m.a[k] + 1.0) * (m.b[k] + 1.0) * p;
        }
        CooccurrenceFeatures.fromMarginals(m.ng, max, jointEntropy / LN2, asm, sumIj, m.px, m.py, m.pSum, m.pDiff, out);
    }
}
