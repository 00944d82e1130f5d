package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.Volume;

/**
 * Mattes et al. (2003) mutual information, written by hand: a joint histogram of fixed and moving intensities
 * with cubic B-spline Parzen windows on both axes (2 padding bins at each end, as in ITK), over the samples that
 * map inside the moving image. Returns −MI.
 */
final class MattesMutualInformationMetric extends RegistrationMetric {
    private static final int PADDING = 2;
    private final int bins;
    private final double movingMin, movingBinSize;
    private final int[] fixedBinStart;
    private final double[] fixedWeights;

    MattesMutualInformationMetric(Volume fixed, Volume moving, boolean[] fixedMask, RegistrationSettings s) {
        super(fixed, moving, fixedMask, s);
        bins = s.histogramBins;
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
        b = Math.max(1, Math.min(bins - 3, b));
        double t = term - b;
        for (int a = 0; a < 4; a++) w[offset + a] = CubicBSpline.kernel(b - 1 + a - term);
        // normalise away any clamping loss at the extreme bins
        double sum = w[offset] + w[offset + 1] + w[offset + 2] + w[offset + 3];
        for (int a = 0; a < 4; a++) w[offset + a] /= sum;
        return b - 1;
    }

    @Override
    double value(WorldTransform fixedToMoving) {
        double[] map = movingIndexMap(fixedToMoving);
        int chunks = Parallel.CHUNKS, nb = bins;
        double[][] partial = new double[chunks][];
        long[] used = new long[chunks];
        Parallel.forEach(chunks, c -> {
            double[] h = new double[nb * nb];
            double[] wm = new double[4];
            ImageWarper.VoxelSampler sampler = sampler();
            int k0 = Parallel.chunkStart(n, chunks, c), k1 = Parallel.chunkStart(n, chunks, c + 1);
            long count = 0;
            for (int k = k0; k < k1; k++) {
                double m = movingValue(sampler, map, px[k], py[k], pz[k]);
                if (Double.isNaN(m)) continue;
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
                count++;
            }
            partial[c] = h;
            used[c] = count;
        });
        double[] joint = new double[nb * nb];
        long count = 0;
        for (int c = 0; c < chunks; c++) {
            count += used[c];
            for (int i = 0; i < joint.length; i++) joint[i] += partial[c][i];
        }
        if (count < Math.max(100, n / 10)) return 0; // too little overlap: no information
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
