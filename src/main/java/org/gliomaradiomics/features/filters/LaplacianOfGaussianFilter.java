package org.gliomaradiomics.features.filters;

import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;

/**
 * IBSI 2 Laplacian of Gaussian. The kernel is sampled on the voxel grid with sigma in voxel units (sigma_mm /
 * spacing, per axis), not normalised, truncated at {@code truncation} sigmas: as the IBSI reference maps are.
 * The kernel is the sum over axes of separable terms G''(x_a) * prod_{b != a} G(x_b).
 */
public final class LaplacianOfGaussianFilter implements ImageFilter {
    private final double sigmaMm;
    private final double truncation;
    private final Dimensionality dimensionality;
    private final Padding padding;

    public LaplacianOfGaussianFilter(double sigmaMm, double truncation, Dimensionality dimensionality, Padding padding) {
        if (!(sigmaMm > 0)) throw new IllegalArgumentException("LoG sigma must be positive, got " + sigmaMm + " mm");
        if (!(truncation > 0)) throw new IllegalArgumentException("LoG truncation must be positive, got " + truncation + " sigma");
        this.sigmaMm = sigmaMm;
        this.truncation = truncation;
        this.dimensionality = dimensionality;
        this.padding = padding;
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        int[] dims = Convolution.dims(in);
        int n = dimensionality.axes;
        Kernel1D[] gauss = new Kernel1D[n], second = new Kernel1D[n];
        for (int a = 0; a < n; a++) {
            double s = sigmaMm / in.geometry().spacing(a);
            int radius = (int) Math.ceil(truncation * s - 1e-9);
            double[] g = new double[2 * radius + 1], d2 = new double[2 * radius + 1];
            for (int t = -radius; t <= radius; t++) {
                g[t + radius] = Math.exp(-t * t / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI));
                d2[t + radius] = (t * t / (s * s * s * s) - 1 / (s * s)) * g[t + radius];
            }
            gauss[a] = Kernel1D.centred(g);
            second[a] = Kernel1D.centred(d2);
        }
        // Laplacian over axes 0..a of f = D_a(G_0..a-1 f) + G_a(Laplacian over axes 0..a-1 of f): 7 passes in 3D, not 9
        double[] gaussian = in.voxels(), laplacian = null;
        for (int a = 0; a < n; a++) {
            double[] next = Convolution.along(gaussian, dims, a, second[a], padding);
            if (laplacian != null) ResponseMaps.addInto(next, Convolution.along(laplacian, dims, a, gauss[a], padding));
            if (a < n - 1) gaussian = Convolution.along(gaussian, dims, a, gauss[a], padding);
            laplacian = next;
            progress.accept((a + 1.0) / n);
        }
        double[] sum = laplacian;
        return ResponseMaps.wrap(in, sum);
    }

    @Override
    public String toString() {
        return "LoG sigma " + sigmaMm + " mm " + dimensionality + " " + padding;
    }
}
