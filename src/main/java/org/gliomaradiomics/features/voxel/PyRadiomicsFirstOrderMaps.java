package org.gliomaradiomics.features.voxel;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.gliomaradiomics.features.RoiData;

/**
 * PyRadiomics' firstorder features (the 18 non-deprecated ones, in its sorted output order) of each kernel:
 * statistics of the raw intensities of the kernel's ROI voxels, Entropy and Uniformity of their ROI-wide grey
 * levels. Kernels hold at most (2R+1)^3 values, so each is simply gathered and sorted.
 */
final class PyRadiomicsFirstOrderMaps {
    static final List<String> NAMES = List.of("10Percentile", "90Percentile", "Energy", "Entropy", "InterquartileRange",
        "Kurtosis", "Maximum", "Mean", "MeanAbsoluteDeviation", "Median", "Minimum", "Range",
        "RobustMeanAbsoluteDeviation", "RootMeanSquared", "Skewness", "TotalEnergy", "Uniformity", "Variance");
    private static final double EPS = Math.ulp(1.0), LN2 = Math.log(2);

    private final RoiData roi;
    private final int radius;
    private final double shift;
    private final int[] selected;
    final double[][] out;

    /** @param shift PyRadiomics' voxelArrayShift (added to the intensities for Energy, TotalEnergy and RMS) */
    PyRadiomicsFirstOrderMaps(RoiData roi, int radius, double shift, int[] selected) {
        this.roi = roi;
        this.radius = radius;
        this.shift = shift;
        this.selected = selected;
        out = new double[selected.length][roi.voxelCount()];
    }

    void computeSlice(int z, IntConsumer lineDone) {
        int w = 2 * radius + 1;
        double[] x = new double[w * w * w], sorted = new double[x.length], values = new double[NAMES.size()];
        int[] levels = new int[x.length], hist = new int[roi.ng + 1];
        for (int y = 0; y < roi.ny; y++) {
            for (int cx = 0; cx < roi.nx; cx++) {
                int centre = roi.index(cx, y, z);
                if (!roi.intensityMask[centre]) continue;
                int n = 0;
                for (int k = Math.max(0, z - radius); k <= Math.min(roi.nz - 1, z + radius); k++)
                    for (int j = Math.max(0, y - radius); j <= Math.min(roi.ny - 1, y + radius); j++)
                        for (int i = Math.max(0, cx - radius); i <= Math.min(roi.nx - 1, cx + radius); i++) {
                            int v = roi.index(i, j, k);
                            if (!roi.intensityMask[v]) continue;
                            x[n] = roi.image[v];
                            levels[n++] = roi.grey[v];
                        }
                features(x, levels, n, sorted, hist, values);
                for (int f = 0; f < selected.length; f++) out[f][centre] = values[selected[f]];
            }
            lineDone.accept(y);
        }
    }

    private void features(double[] x, int[] levels, int n, double[] sorted, int[] hist, double[] out) {
        double sumSq = 0, sum = 0;
        for (int k = 0; k < n; k++) {
            sumSq += (x[k] + shift) * (x[k] + shift);
            sum += x[k];
        }
        double mean = sum / n;
        double m2 = 0, m3 = 0, m4 = 0, mad = 0;
        for (int k = 0; k < n; k++) {
            double d = x[k] - mean, d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            mad += Math.abs(d);
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        System.arraycopy(x, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        double p10 = percentile(sorted, n, 10), p90 = percentile(sorted, n, 90);
        double robustSum = 0;
        int robustN = 0;
        for (int k = 0; k < n; k++) if (x[k] >= p10 && x[k] <= p90) { robustSum += x[k]; robustN++; }
        double robustMean = robustSum / robustN, robustMad = 0;
        for (int k = 0; k < n; k++) if (x[k] >= p10 && x[k] <= p90) robustMad += Math.abs(x[k] - robustMean);
        for (int k = 0; k < n; k++) hist[levels[k]]++;
        double entropy = 0, uniformity = 0;
        for (int k = 0; k < n; k++) {
            int h = hist[levels[k]];
            if (h == 0) continue; // level already counted
            double p = (double) h / n;
            entropy -= p * Math.log(p + EPS) / LN2;
            uniformity += p * p;
            hist[levels[k]] = 0;
        }
        out[0] = p10;
        out[1] = p90;
        out[2] = sumSq;
        out[3] = entropy;
        out[4] = percentile(sorted, n, 75) - percentile(sorted, n, 25);
        out[5] = m2 == 0 ? 0 : m4 / (m2 * m2);
        out[6] = sorted[n - 1];
        out[7] = mean;
        out[8] = mad / n;
        out[9] = percentile(sorted, n, 50);
        out[10] = sorted[0];
        out[11] = sorted[n - 1] - sorted[0];
        out[12] = robustMad / robustN;
        out[13] = Math.sqrt(sumSq / n);
        out[14] = m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5);
        out[15] = roi.sx * roi.sy * roi.sz * sumSq;
        out[16] = uniformity;
        out[17] = m2;
    }

    /** numpy.percentile, linear interpolation at position q/100 * (n - 1), in numpy's two-sided form. */
    private static double percentile(double[] sorted, int n, double q) {
        double pos = q / 100 * (n - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, n - 1);
        double t = pos - lo, a = sorted[lo], b = sorted[hi];
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
    }
}
