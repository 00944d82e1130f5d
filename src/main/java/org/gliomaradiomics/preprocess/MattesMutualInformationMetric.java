package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.CubicBSpline;
import org.gliomaradiomics.numerics.VoxelSampler;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Mattes et al. (2003) mutual information, written by hand: a joint histogram of fixed and moving intensities
 * with cubic B-spline Parzen windows on both axes (2 padding bins at each end, as in ITK); samples mapping outside
 * the moving image take the moving image's background value. Returns −MI.
 */
final class MattesMutualInformationMetric extends RegistrationMetric {
    private static final int PADDING = 2;
    private final int bins;
    private final double movingMin, movingBinSize;
    private final int[] fixedBinStart;
    private final double[] fixedWeights;

    MattesMutualInformationMetric(Volume fixed, Volume moving, boolean[] fixedMask, RegistrationSettings s) {
        super(fixed, moving, fixedMask, s);
        bins = s.histogramBins();
        double fMin = Double.POSITIVE_INFINITY, fMax = Double.NEGATIVE_INFINITY;
        for (double v : fixedValues) {
            fMin = Math.min(fMin, v);
            fMax = Math.max(fMax, v);
        }
        double mMin = Double.POSITIVE_INFINITY, mMax = Double.NEGATIVE_INFINITY;
        for (double v : moving.voxels()) {
            mMin = Math.min(mMin, v);
            mMax = Math.max(mMax, v);
        }
        // the metric's outside value is a mean of voxels, so it lies within [mMin, mMax]
        double fBin = binSize(fMin, fMax);
        movingMin = mMin;
        movingBinSize = binSize(mMin, mMax);
        fixedBinStart = new int[n];
        fixedWeights = new double[4 * n];
        for (int k = 0; k < n; k++) fixedBinStart[k] = parzen((fixedValues[k] - fMin) / fBin + PADDING, fixedWeights, 4 * k);
    }

    private double binSize(double min, double max) {
        return max > min ? (max - min) / (bins - 2 * PADDING) : 1;
    }

    /** Cubic B-spline window weights of a continuous bin position; returns the first of the four bins. */
    private int parzen(double term, double[] w, int offset) {
        int b = (int) Math.floor(term);
        double t = term - b;
        if (b > bins - 3) { // only at the maximum value: the same weights, shifted so no weight falls past the end
            b = bins - 3;
            t = term - b;
        } else if (b < 1) {
            b = 1;
            t = term - b;
        }
        CubicBSpline.weights(t, w, offset);
        return b - 1;
    }

    @Override
    double value(WorldTransform fixedToMoving) {
        double[] map = movingIndexMap(fixedToMoving);
        int chunks = Parallel.CHUNKS, nb = bins;
        double[][] partial = new double[chunks][];
        Parallel.forEach(chunks, c -> {
            double[] h = new double[nb * nb];
            double[] wm = new double[4];
            VoxelSampler sampler = sampler();
            int k0 = Parallel.chunkStart(n, chunks, c), k1 = Parallel.chunkStart(n, chunks, c + 1);
            for (int k = k0; k < k1; k++) {
                double m = movingValue(sampler, map, px[k], py[k], pz[k]);
                int mb = parzen((m - movingMin) / movingBinSize + PADDING, wm, 0);
                int fb = fixedBinStart[k];
                for (int a = 0; a < 4; a++) {
                    double wf = fixedWeights[4 * k + a];
                    int row = (fb + a) * nb + mb;
                    h[row] += wf * wm[0];
                    h[row + 1] += wf * wm[1];
                    h[row + 2] += wf * wm[2];
                    h[row + 3] += wf * wm[3];
                }
            }
            partial[c] = h;
        });
        double[] joint = new double[nb * nb];
        for (int c = 0; c < chunks; c++) {
            for (int i = 0; i < joint.length; i++) joint[i] += partial[c][i];
        }
        double[] pf = new double[nb], pm = new double[nb];
        double total = 0;
        for (int i = 0; i < nb; i++)
            for (int j = 0; j < nb; j++) {
                double v = joint[i * nb + j];
                pf[i] += v;
                pm[j] += v;
                total += v;
            }
        double mi = 0;
        for (int i = 0; i < nb; i++) {
            if (pf[i] <= 0) continue;
            for (int j = 0; j < nb; j++) {
                double v = joint[i * nb + j];
                if (v <= 0) continue;
                mi += v * Math.log(v * total / (pf[i] * pm[j]));
            }
        }
        return -mi / total;
    }
}
