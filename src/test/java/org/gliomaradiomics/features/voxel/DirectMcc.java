package org.gliomaradiomics.features.voxel;

import java.util.Arrays;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.TextureDirections;
import weka.core.matrix.EigenvalueDecomposition;
import weka.core.matrix.Matrix;

/**
 * PyRadiomics' MCC of a kernel, written directly from its definition for the tests: per direction the symmetric
 * GLCM over every grey level of the ROI (zero rows for levels absent from the kernel), Q(i,j) = sum_k p(i,k)
 * p(j,k) / (p_x(i) p_y(k) + eps), the real part of the principal square root of Q's second-largest eigenvalue (as
 * numpy sorts complex values), averaged over the non-empty directions. Eigenvalues from Weka's JAMA port (a
 * different general eigen-solver than the code under test uses).
 */
final class DirectMcc {
    private static final double EPS = Math.ulp(1.0);

    private DirectMcc() {}

    static double of(RoiData k, int[] roiLevels) {
        int nl = roiLevels.length;
        int[] index = new int[roiLevels[nl - 1] + 1];
        for (int a = 0; a < nl; a++) index[roiLevels[a]] = a;
        double sum = 0;
        int used = 0;
        for (int[] d : TextureDirections.DIRECTIONS) {
            double[][] p = new double[nl][nl];
            double total = 0;
            for (int z = 0; z < k.nz; z++)
                for (int y = 0; y < k.ny; y++)
                    for (int x = 0; x < k.nx; x++) {
                        int a = x + d[0], b = y + d[1], c = z + d[2];
                        if (a < 0 || b < 0 || c < 0 || a >= k.nx || b >= k.ny || c >= k.nz) continue;
                        int i = k.index(x, y, z), j = k.index(a, b, c);
                        if (!k.intensityMask[i] || !k.intensityMask[j]) continue;
                        p[index[k.grey[i]]][index[k.grey[j]]]++;
                        p[index[k.grey[j]]][index[k.grey[i]]]++;
                        total += 2;
                    }
            if (total == 0) continue;
            double[] px = new double[nl], py = new double[nl];
            for (int a = 0; a < nl; a++)
                for (int b = 0; b < nl; b++) {
                    p[a][b] /= total;
                    px[a] += p[a][b];
                    py[b] += p[a][b];
                }
            double mcc;
            if (nl == 1) mcc = 1;
            else {
                double[][] q = new double[nl][nl];
                for (int a = 0; a < nl; a++)
                    for (int b = 0; b < nl; b++)
                        for (int c = 0; c < nl; c++) q[a][b] += p[a][c] * p[b][c] / (px[a] * py[c] + EPS);
                EigenvalueDecomposition e = new EigenvalueDecomposition(new Matrix(q));
                double[] re = e.getRealEigenvalues(), im = e.getImagEigenvalues();
                Integer[] order = new Integer[nl];
                for (int a = 0; a < nl; a++) order[a] = a;
                Arrays.sort(order, (u, v) -> re[u] != re[v] ? Double.compare(re[u], re[v]) : Double.compare(im[u], im[v]));
                int s = order[nl - 2];
                mcc = Math.sqrt((Math.hypot(re[s], im[s]) + re[s]) / 2);
            }
            sum += mcc;
            used++;
        }
        return sum / used;
    }
}
