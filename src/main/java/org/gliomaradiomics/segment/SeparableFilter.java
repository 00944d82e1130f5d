package org.gliomaradiomics.segment;

import static org.gliomaradiomics.numerics.BorderExtension.MIRROR_SINGLE;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Separable 1D filters along one axis of a flat 3D float array (x fastest): sampled Gaussian and box means. Written by hand because only ImgLib2 core is on the classpath
 * (no imglib2-algorithm). Boundaries mirror without repeating the edge voxel (ImgLib2's extendMirrorSingle, {@link org.gliomaradiomics.numerics.BorderExtension#MIRROR_SINGLE}).
 * Each output voxel is an independent sum in a fixed order, so the parallel result equals the serial one.
 */
final class SeparableFilter {
    private SeparableFilter() {}

    static int gaussianRadius(double sigmaVoxels) {
        return Math.max(1, (int) Math.ceil(VoxelFeatureSet.TRUNCATE * sigmaVoxels));
    }

    static int boxRadius(double sigmaVoxels) {
        return Math.max(1, (int) Math.round(sigmaVoxels));
    }

    /** Sampled Gaussian of σ voxels, normalised to sum 1, cut at {@link VoxelFeatureSet#TRUNCATE} σ; applied as a
     * correlation, out[i] = Σ_k w[k] in[i+k], k = -R..R stored at w[k+R]. */
    static float[] gaussian(double sigmaVoxels) {
        int r = gaussianRadius(sigmaVoxels);
        double[] g = new double[2 * r + 1];
        double sum = 0;
        for (int k = -r; k <= r; k++) sum += g[k + r] = Math.exp(-0.5 * k * k / (sigmaVoxels * sigmaVoxels));
        float[] f = new float[g.length];
        for (int k = 0; k < g.length; k++) f[k] = (float) (g[k] / sum);
        return f;
    }

    /** Uniform kernel of half-width {@code radius}. */
    static float[] box(int radius) {
        float[] f = new float[2 * radius + 1];
        java.util.Arrays.fill(f, 1f / f.length);
        return f;
    }

    /** out = kernel correlated with in along {@code axis} (0 = x, 1 = y, 2 = z). Float accumulation, one
     * kernel tap at a time over a contiguous run of x, so that the JIT vectorises the inner loop. */
    static void apply(float[] in, float[] out, int nx, int ny, int nz, int axis, float[] kernel, int threads) {
        int r = kernel.length / 2;
        int n = axis == 0 ? nx : axis == 1 ? ny : nz;
        Parallel.forRange(nz * ny, threads, (from, to, worker) -> {
            float[] acc = new float[nx];
            float[] line = axis == 0 ? new float[nx + 2 * r] : null;
            int[] source = new int[kernel.length];
            for (int row = from; row < to; row++) {
                int y = row % ny, z = row / ny, o = nx * row;
                java.util.Arrays.fill(acc, 0f);
                if (axis == 0) {
                    for (int j = -r; j < nx + r; j++) line[j + r] = in[o + MIRROR_SINGLE.index(j, nx)];
                    for (int k = 0; k < kernel.length; k++) {
                        float w = kernel[k];
                        for (int x = 0; x < nx; x++) acc[x] += w * line[x + k];
                    }
                } else {
                    int pos = axis == 1 ? y : z;
                    for (int k = 0; k < kernel.length; k++) {
                        int p = MIRROR_SINGLE.index(pos + k - r, n);
                        source[k] = axis == 1 ? nx * (p + ny * z) : nx * (y + ny * p);
                    }
                    for (int k = 0; k < kernel.length; k++) {
                        float w = kernel[k];
                        int b = source[k];
                        for (int x = 0; x < nx; x++) acc[x] += w * in[b + x];
                    }
                }
                System.arraycopy(acc, 0, out, o, nx);
            }
        });
    }
}
