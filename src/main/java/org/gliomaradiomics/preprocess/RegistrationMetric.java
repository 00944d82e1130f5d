package org.gliomaradiomics.preprocess;

import java.util.SplittableRandom;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.VoxelSampler;

/**
 * A similarity metric between a fixed and a moving image at one resolution level, evaluated on a fixed set of
 * fixed-image sample points (world mm) with trilinear interpolation of the moving image. Lower is better.
 * Samples are split into {@link org.gliomaradiomics.parallel.Parallel#CHUNKS} chunks whose partial sums are merged in order (deterministic).
 */
abstract class RegistrationMetric {
    final double[] px, py, pz, fixedValues;
    final Volume moving;
    final int n;
    /** Value given to samples that map outside the moving image: the mean of its border voxels (the background),
     * so that every sample always counts and partial overlap cannot bias the metric. */
    final double outsideValue;

    RegistrationMetric(Volume fixed, Volume moving, boolean[] fixedMask, RegistrationSettings s) {
        this.moving = moving;
        this.outsideValue = borderMean(moving);
        Geometry g = fixed.geometry();
        double[] f = fixed.voxels();
        int total = 0;
        for (int i = 0; i < f.length; i++) if (fixedMask == null || fixedMask[i]) total++;
        if (total == 0) throw new IllegalArgumentException("the fixed mask selects no voxel");
        int wanted = (int) Math.min(total, Math.max(Math.min(total, s.minimumSamples()), Math.min(s.maximumSamples(), Math.round(s.samplingFraction() * total))));
        double p = (double) wanted / total;
        int[] chosen = new int[wanted];
        int count = 0;
        if (s.sampling() == RegistrationSettings.Sampling.REGULAR) {
            double step = 1 / p, next = 0;
            for (int i = 0, k = 0; i < f.length && count < wanted; i++) {
                if (fixedMask != null && !fixedMask[i]) continue;
                if (k++ >= next) {
                    chosen[count++] = i;
                    next += step;
                }
            }
        } else {
            SplittableRandom random = new SplittableRandom(s.seed());
            // Selection sampling (Knuth's algorithm S): exactly `wanted` voxels, in index order.
            int seen = 0;
            for (int i = 0; i < f.length && count < wanted; i++) {
                if (fixedMask != null && !fixedMask[i]) continue;
                if ((total - seen) * random.nextDouble() < wanted - count) chosen[count++] = i;
                seen++;
            }
        }
        n = count;
        px = new double[n];
        py = new double[n];
        pz = new double[n];
        fixedValues = new double[n];
        int nx = g.nx, nxy = g.nx * g.ny;
        for (int k = 0; k < n; k++) {
            int i = chosen[k];
            double[] w = g.world(i % nx, (i / nx) % g.ny, i / nxy);
            px[k] = w[0];
            py[k] = w[1];
            pz[k] = w[2];
            fixedValues[k] = f[i];
        }
    }

    /** The metric for a transform mapping fixed points to moving points; lower is better. */
    abstract double value(WorldTransform fixedToMoving);

    /** The map from world point to moving continuous index composed with the transform, row-major 3x4. */
    final double[] movingIndexMap(WorldTransform t) {
        Geometry m = moving.geometry();
        double[] o = m.index(t.apply(new double[3]));
        double[] r = new double[12];
        for (int c = 0; c < 3; c++) {
            double[] e = new double[3];
            e[c] = 1;
            double[] q = m.index(t.apply(e));
            for (int row = 0; row < 3; row++) r[4 * row + c] = q[row] - o[row];
        }
        for (int row = 0; row < 3; row++) r[4 * row + 3] = o[row];
        return r;
    }

    /** Moving value at a fixed world point under the index map ({@link #outsideValue} outside the moving image). */
    final double movingValue(VoxelSampler sampler, double[] map, double x, double y, double z) {
        return sampler.linear(map[0] * x + map[1] * y + map[2] * z + map[3], map[4] * x + map[5] * y + map[6] * z + map[7],
            map[8] * x + map[9] * y + map[10] * z + map[11], outsideValue);
    }

    static double borderMean(Volume v) {
        Geometry g = v.geometry();
        double[] a = v.voxels();
        double sum = 0;
        long count = 0;
        for (int z = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++) {
                boolean face = z == 0 || z == g.nz - 1 || y == 0 || y == g.ny - 1;
                int step = face ? 1 : Math.max(1, g.nx - 1);
                for (int x = 0; x < g.nx; x += step) {
                    sum += a[g.index(x, y, z)];
                    count++;
                }
            }
        return sum / count;
    }

    VoxelSampler sampler() {
        Geometry m = moving.geometry();
        return new VoxelSampler(moving.voxels(), m.nx, m.ny, m.nz);
    }

    static RegistrationMetric create(Volume fixed, Volume moving, boolean[] fixedMask, RegistrationSettings s) {
        return s.metric() == RegistrationSettings.Metric.NORMALIZED_CORRELATION
            ? new NormalizedCorrelationMetric(fixed, moving, fixedMask, s)
            : new MattesMutualInformationMetric(fixed, moving, fixedMask, s);
    }
}
