package org.gliomaradiomics.filters;

import org.gliomaradiomics.image.Limits;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/**
 * IBSI 2 Laplacian of Gaussian. The kernel is sampled on the voxel grid with sigma in voxel units (sigma_mm /
 * spacing, per axis), not normalised, truncated at {@code truncation} sigmas: as the IBSI reference maps are.
 * The kernel is the sum over axes of separable terms G''(x_a) * prod_{b != a} G(x_b). As a
 * {@link FrequencyResponse} (for the Riesz transform of a LoG) its transfer function is the DFT of that same
 * sampled, truncated kernel, so the Fourier route reproduces the spatial one (margin = kernel radius).
 */
public record LaplacianOfGaussianFilter(double sigmaMm, double truncation, Dimensionality dimensionality, Padding padding)
        implements ImageFilter, FrequencyResponse {
    public LaplacianOfGaussianFilter {
        if (!(sigmaMm > 0)) throw new IllegalArgumentException("LoG sigma must be positive, got " + sigmaMm + " mm");
        if (!(truncation > 0)) throw new IllegalArgumentException("LoG truncation must be positive, got " + truncation + " sigma");
    }

    private int radius(Volume in, int axis) {
        return Limits.kernelRadius("LoG sigma " + sigmaMm + " mm (truncated at " + truncation + " sigma)", truncation * sigmaMm, in.geometry().spacing(axis));
    }

    /** The 1D Gaussian (second derivative if {@code second}) along {@code axis}, sampled in voxel units. */
    private Kernel1D kernel(Volume in, int axis, boolean second) {
        double s = sigmaMm / in.geometry().spacing(axis);
        int radius = radius(in, axis);
        double[] k = new double[2 * radius + 1];
        for (int t = -radius; t <= radius; t++) {
            double g = Math.exp(-t * t / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI));
            k[t + radius] = second ? (t * t / (s * s * s * s) - 1 / (s * s)) * g : g;
        }
        return Kernel1D.centred(k);
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        int[] dims = ResponseMaps.dims(in);
        int n = dimensionality.axes;
        Kernel1D[] gauss = new Kernel1D[n], second = new Kernel1D[n];
        for (int a = 0; a < n; a++) {
            gauss[a] = kernel(in, a, false);
            second[a] = kernel(in, a, true);
        }
        // Laplacian over axes 0..a of f = D_a(G_0..a-1 f) + G_a(Laplacian over axes 0..a-1 of f): 7 passes in 3D, not 9
        double[] gaussian = in.voxels(), laplacian = null;
        for (int a = 0; a < n; a++) {
            double[] next = Convolution.along(gaussian, dims, a, second[a], padding.extension());
            if (laplacian != null) ResponseMaps.addInto(next, Convolution.along(laplacian, dims, a, gauss[a], padding.extension()));
            if (a < n - 1) gaussian = Convolution.along(gaussian, dims, a, gauss[a], padding.extension());
            laplacian = next;
            progress.accept((a + 1.0) / n);
        }
        return ResponseMaps.wrap(in, laplacian);
    }

    @Override
    public int margin(Volume in, int axis) {
        return radius(in, axis);
    }

    /** sum_a D_a(w_a) prod_{b != a} G_b(w_b), with D, G the DFTs of the (even) 1D kernels: cosine sums. */
    @Override
    public Sampled sample(Volume in, int[] m) {
        int n = dimensionality.axes;
        double[][] g = new double[3][], d = new double[3][];
        for (int a = 0; a < 3; a++) {
            g[a] = new double[m[a]];
            d[a] = new double[m[a]];
            if (a >= n) { // 2D: no filtering along z
                java.util.Arrays.fill(g[a], 1);
                continue;
            }
            Kernel1D gk = kernel(in, a, false), dk = kernel(in, a, true);
            for (int k = 0; k < m[a]; k++) {
                double w = FrequencyResponse.omega(k, m[a]);
                for (int t = -gk.centre(); t <= gk.centre(); t++) {
                    double c = Math.cos(w * t);
                    g[a][k] += gk.tap(gk.centre() + t) * c;
                    d[a][k] += dk.tap(dk.centre() + t) * c;
                }
            }
        }
        return (kx, ky, kz) -> d[0][kx] * g[1][ky] * g[2][kz] + g[0][kx] * d[1][ky] * g[2][kz] + g[0][kx] * g[1][ky] * d[2][kz];
    }

    @Override
    public String toString() {
        return "LoG sigma " + sigmaMm + " mm " + dimensionality + " " + padding;
    }
}
