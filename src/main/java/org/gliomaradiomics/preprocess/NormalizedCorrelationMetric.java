package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.VoxelSampler;
import org.gliomaradiomics.parallel.Parallel;

/** Pearson correlation of fixed and moving intensities over the samples; returns −r. */
final class NormalizedCorrelationMetric extends RegistrationMetric {

    NormalizedCorrelationMetric(Volume fixed, Volume moving, boolean[] fixedMask, RegistrationSettings s) {
        super(fixed, moving, fixedMask, s);
    }

    @Override
    double value(WorldTransform fixedToMoving) {
        double[] map = movingIndexMap(fixedToMoving);
        int chunks = Parallel.CHUNKS;
        double[][] partial = new double[chunks][];
        Parallel.forEach(chunks, c -> {
            VoxelSampler sampler = sampler();
            double sf = 0, sm = 0, sff = 0, smm = 0, sfm = 0, count = 0;
            for (int k = Parallel.chunkStart(n, chunks, c), k1 = Parallel.chunkStart(n, chunks, c + 1); k < k1; k++) {
                double m = movingValue(sampler, map, px[k], py[k], pz[k]);
                double f = fixedValues[k];
                sf += f;
                sm += m;
                sff += f * f;
                smm += m * m;
                sfm += f * m;
                count++;
            }
            partial[c] = new double[] {sf, sm, sff, smm, sfm, count};
        });
        double[] s = new double[6];
        for (double[] p : partial) for (int i = 0; i < 6; i++) s[i] += p[i];
        double count = s[5];
        double cov = s[4] - s[0] * s[1] / count, vf = s[2] - s[0] * s[0] / count, vm = s[3] - s[1] * s[1] / count;
        if (!(vf > 0 && vm > 0)) return 0;
        return -cov / Math.sqrt(vf * vm);
    }
}
