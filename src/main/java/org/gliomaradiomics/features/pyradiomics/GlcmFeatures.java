package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/** PyRadiomics glcm: one matrix per direction (absent levels deleted, symmetrised, empty directions dropped),
 * features per direction averaged, or one merged matrix with weightingNorm. */
final class GlcmFeatures {
    private GlcmFeatures() {}

    private static final String[] NAMES = {"Autocorrelation", "JointAverage", "ClusterProminence", "ClusterShade",
        "ClusterTendency", "Contrast", "Correlation", "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance",
        "JointEnergy", "JointEntropy", "Imc1", "Imc2", "Idm", "Idmn", "Id", "Idn", "InverseVariance",
        "MaximumProbability", "SumAverage", "SumEntropy", "SumSquares", "MCC"};

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
        double[] lv = TextureGeometry.presentValues(d);
        for (double[] p : mats) {
            double sum = 0;
            for (double v : p) sum += v;
            if (sum == 0 && mats.size() > 1) continue;
            for (int q = 0; q < p.length; q++) p[q] /= sum;
            perDirection.add(features(p, lv, d.maxLevel));
        }
        double[] mean = SizeMatrixStats.nanMean(perDirection.toArray(new double[0][]), NAMES.length);
        FeatureMap f = new FeatureMap("glcm", List.of("Dissimilarity", "Homogeneity1", "Homogeneity2", "SumVariance"));
        for (int k = 0; k < NAMES.length; k++) f.put(NAMES[k], mean[k]);
        f.put("Dissimilarity", mean[7]);
        f.put("Homogeneity1", mean[16]);
        f.put("Homogeneity2", mean[14]);
        f.put("SumVariance", mean[4]);
        return f;
    }

    /** Features of one normalised matrix, in the order of NAMES. */
    private static double[] features(double[] p, double[] lv, int ng) {
        int nl = lv.length;
        double eps = FirstOrderFeatures.EPS;
        double[] px = new double[nl], py = new double[nl];
        double ux = 0, uy = 0;
        for (int a = 0; a < nl; a++)
            for (int b = 0; b < nl; b++) {
                double v = p[a * nl + b];
                px[a] += v;
                py[b] += v;
                ux += lv[a] * v;
                uy += lv[b] * v;
            }
        double[] sumP = new double[2 * ng + 1], diffP = new double[ng];
        double auto = 0, prom = 0, shade = 0, tend = 0, contrast = 0, energy = 0, hxy = 0, maxP = 0;
        double sx2 = 0, sy2 = 0, cov = 0, hxy1 = 0, hxy2 = 0;
        for (int a = 0; a < nl; a++)
            for (int b = 0; b < nl; b++) {
                double v = p[a * nl + b], i = lv[a], j = lv[b];
                sumP[(int) (i + j)] += v;
                diffP[(int) Math.abs(i - j)] += v;
                auto += i * j * v;
                double t = i + j - ux - uy;
                tend += t * t * v;
                shade += t * t * t * v;
                prom += t * t * t * t * v;
                contrast += (i - j) * (i - j) * v;
                energy += v * v;
                hxy -= v * FirstOrderFeatures.log2(v + eps);
                maxP = Math.max(maxP, v);
                sx2 += (i - ux) * (i - ux) * v;
                sy2 += (j - uy) * (j - uy) * v;
                cov += (i - ux) * (j - uy) * v;
                double pxy = px[a] * py[b];
                hxy1 -= v * FirstOrderFeatures.log2(pxy + eps);
                hxy2 -= pxy * FirstOrderFeatures.log2(pxy + eps);
            }
        double hx = 0, hy = 0;
        for (int a = 0; a < nl; a++) {
            hx -= px[a] * FirstOrderFeatures.log2(px[a] + eps);
            hy -= py[a] * FirstOrderFeatures.log2(py[a] + eps);
        }
        double sigma = Math.sqrt(sx2) * Math.sqrt(sy2);
        double correlation = sigma == 0 ? 1 : cov / sigma;
        double dAvg = 0, dEnt = 0, idm = 0, idmn = 0, id = 0, idn = 0, inv = 0;
        for (int k = 0; k < ng; k++) {
            double v = diffP[k];
            dAvg += k * v;
            dEnt -= v * FirstOrderFeatures.log2(v + eps);
            idm += v / (1 + (double) k * k);
            idmn += v / (1 + ((double) k * k) / ((double) ng * ng));
            id += v / (1 + k);
            idn += v / (1 + (double) k / ng);
            if (k >= 1) inv += v / ((double) k * k);
        }
        double dVar = 0;
        for (int k = 0; k < ng; k++) dVar += (k - dAvg) * (k - dAvg) * diffP[k];
        double sAvg = 0, sEnt = 0;
        for (int k = 2; k <= 2 * ng; k++) {
            sAvg += k * sumP[k];
            sEnt -= sumP[k] * FirstOrderFeatures.log2(sumP[k] + eps);
        }
        double div = Math.max(hx, hy);
        double imc1 = div == 0 ? 0 : (hxy - hxy1) / div;
        double imc2 = hxy2 == hxy ? 0 : Math.sqrt(1 - Math.exp(-2 * (hxy2 - hxy)));
        return new double[] {auto, ux, prom, shade, tend, contrast, correlation, dAvg, dEnt, dVar, energy, hxy, imc1, imc2,
            idm, idmn, id, idn, inv, maxP, sAvg, sEnt, sx2, mcc(p, px, py)};
    }

    /** Square root of the second-largest eigenvalue of Q(i,j) = sum_k p(i,k) p(j,k) / (px(i) py(k) + eps). */
    static double mcc(double[] p, double[] px, double[] py) {
        int nl = px.length;
        if (nl == 1) return 1;
        double[][] q = new double[nl][nl];
        for (int a = 0; a < nl; a++)
            for (int b = 0; b < nl; b++) {
                double s = 0;
                for (int k = 0; k < nl; k++) s += p[a * nl + k] * p[b * nl + k] / (px[a] * py[k] + FirstOrderFeatures.EPS);
                q[a][b] = s;
            }
        double[] realParts, imagParts;
        try {
            EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(q, false));
            realParts = e.getRealEigenvalues();
            imagParts = e.getImagEigenvalues();
        } catch (org.apache.commons.math3.exception.MaxCountExceededException notConverged) {
            // The general (Schur) solver can fail on larger matrices. Q = Dx^-1/2 (S S^T) Dx^1/2 with
            // S(i,k) = p(i,k) / sqrt(px(i) py(k)) (eps kept in the same place): same eigenvalues, real and >= 0,
            // from the robust symmetric solver.
            realParts = symmetricEigenvalues(p, px, py);
            imagParts = new double[nl];
        }
        double[] re = realParts, im = imagParts;
        Integer[] order = new Integer[nl];
        for (int k = 0; k < nl; k++) order[k] = k;
        Arrays.sort(order, (u, v) -> re[u] != re[v] ? Double.compare(re[u], re[v]) : Double.compare(im[u], im[v]));
        int k = order[nl - 2];
        double r = re[k], i = im[k];
        return Math.sqrt((Math.hypot(r, i) + r) / 2); // real part of the principal complex square root
    }

    static double[] symmetricEigenvalues(double[] p, double[] px, double[] py) {
        int nl = px.length;
        double[][] m = new double[nl][nl];
        for (int a = 0; a < nl; a++)
            for (int b = a; b < nl; b++) {
                double s = 0;
                for (int k = 0; k < nl; k++)
                    s += p[a * nl + k] * p[b * nl + k] / Math.sqrt((px[a] * py[k] + FirstOrderFeatures.EPS) * (px[b] * py[k] + FirstOrderFeatures.EPS));
                m[a][b] = s;
                m[b][a] = s;
            }
        return new EigenDecomposition(new Array2DRowRealMatrix(m, false)).getRealEigenvalues().clone();
    }
}
