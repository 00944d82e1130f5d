package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;
import org.gliomaradiomics.parallel.Parallel;

/** Shrinking by block averaging and separable Gaussian smoothing, for multi-resolution registration and N4. */
public final class ImagePyramid {
    private ImagePyramid() {}

    /** The grid of a shrink by {@code factor}: floor(n / factor) voxels per axis (at least 1), spacing × factor, and
     * each new voxel centred on the block of original voxels it averages. */
    public static Geometry shrunkGrid(Geometry g, int factor) {
        double[] s = g.spacing();
        for (int a = 0; a < 3; a++) s[a] *= factor;
        double c = (factor - 1) / 2.0;
        return new Geometry(Math.max(1, g.nx / factor), Math.max(1, g.ny / factor), Math.max(1, g.nz / factor), s, g.world(c, c, c), g.direction());
    }

    /** Mean of each factor³ block (clipped where an axis is shorter than the factor). A factor of 1 returns the input itself. */
    public static Volume shrink(Volume v, int factor) {
        if (factor < 1) throw new IllegalArgumentException("shrink factor must be at least 1, got " + factor);
        if (factor == 1) return v;
        Geometry g = v.geometry(), sg = shrunkGrid(g, factor);
        double[] in = v.voxels(), out = new double[(int) sg.voxelCount()];
        Parallel.forEach(sg.nz, k -> {
            for (int j = 0; j < sg.ny; j++)
                for (int i = 0; i < sg.nx; i++) {
                    double sum = 0;
                    int count = 0;
                    // floor(n / factor) blocks: the last partial block of an axis is dropped
                    for (int z = k * factor; z < (k + 1) * factor; z++)
                        for (int y = j * factor; y < (j + 1) * factor; y++)
                            for (int x = i * factor; x < (i + 1) * factor; x++) {
                                if (x >= g.nx || y >= g.ny || z >= g.nz) continue; // axes shorter than the factor
                                sum += in[x + g.nx * (y + g.ny * z)];
                                count++;
                            }
                    out[i + sg.nx * (j + sg.ny * k)] = sum / count;
                }
        });
        return new Volume(sg, out, DataType.FLOAT64);
    }

    /** A mask shrunk like {@link #shrink}: a block is inside when at least half its voxels are. */
    public static boolean[] shrinkMask(boolean[] mask, Geometry g, int factor) {
        if (factor == 1) return mask;
        double[] d = new double[mask.length];
        for (int i = 0; i < d.length; i++) d[i] = mask[i] ? 1 : 0;
        double[] s = shrink(new Volume(g, d, DataType.FLOAT64), factor).voxels();
        boolean[] r = new boolean[s.length];
        for (int i = 0; i < s.length; i++) r[i] = s[i] >= 0.5;
        return r;
    }

    /** Separable Gaussian smoothing with standard deviation {@code sigmaMm} (world mm), replicated borders. */
    public static Volume gaussian(Volume v, double sigmaMm) {
        if (!(sigmaMm > 0)) return v;
        Geometry g = v.geometry();
        int[] n = {g.nx, g.ny, g.nz};
        double[] a = v.voxels();
        for (int axis = 0; axis < 3; axis++) {
            double sigma = sigmaMm / g.spacing(axis);
            if (sigma < 0.05 || n[axis] < 2) continue;
            int radius = (int) Math.ceil(3 * sigma);
            double[] kernel = new double[2 * radius + 1];
            double sum = 0;
            for (int i = -radius; i <= radius; i++) sum += kernel[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
            for (int i = 0; i < kernel.length; i++) kernel[i] /= sum;
            a = Convolution.along(a, n, axis, Kernel1D.centred(kernel), BorderExtension.NEAREST);
        }
        return new Volume(g, a == v.voxels() ? a.clone() : a, v.type().integer ? DataType.FLOAT32 : v.type());
    }
}
