package org.gliomaradiomics.robustness;

import java.util.Arrays;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/**
 * The image's noise SD, for noise perturbations of the same size as the scanner's (Zwanenburg 2019 estimate it so):
 * σ = median |d| / 0.6745 (Donoho's robust estimator, as in Chang et al., IEEE TIP 2000), d the finest 3D Haar
 * diagonal detail of each 2×2×2 block, normalised so that d has the SD of white noise. Anatomy is smooth at this
 * scale, so d is mostly noise; blocks touching a zero voxel (the background of a skull-stripped image) are left out,
 * else they would make the estimate 0. Written by hand: a few lines.
 */
public final class NoiseLevel {
    private NoiseLevel() {}

    /** The estimated SD; 0 when no 2×2×2 block is free of zeros. */
    public static double estimate(Volume image) {
        Geometry g = image.geometry();
        double[] v = image.voxels();
        int nx = g.nx, nxy = g.nx * g.ny;
        double[] d = new double[(g.nx / 2) * (g.ny / 2) * (g.nz / 2)];
        int k = 0;
        for (int z = 0; z + 1 < g.nz; z += 2)
            for (int y = 0; y + 1 < g.ny; y += 2)
                for (int x = 0; x + 1 < g.nx; x += 2) {
                    double sum = 0;
                    boolean zero = false;
                    for (int c = 0; c < 8; c++) {
                        int dx = c & 1, dy = (c >> 1) & 1, dz = (c >> 2) & 1;
                        double value = v[(x + dx) + nx * (y + dy) + nxy * (z + dz)];
                        zero |= value == 0;
                        sum += ((dx + dy + dz) % 2 == 0 ? value : -value);
                    }
                    if (!zero) d[k++] = Math.abs(sum) / Math.sqrt(8);
                }
        if (k == 0) return 0;
        double[] a = Arrays.copyOf(d, k);
        Arrays.sort(a);
        double median = k % 2 == 1 ? a[k / 2] : (a[k / 2 - 1] + a[k / 2]) / 2;
        return median / 0.6744897501960817;
    }
}
