package org.gliomaradiomics.features.filters;

import org.gliomaradiomics.image.Volume;

/**
 * IBSI 2 Laplacian of Gaussian. The kernel is sampled on the voxel grid with sigma in voxel units (sigma_mm /
 * spacing, per axis), not normalised, truncated at {@code truncation} sigmas: as the IBSI reference maps are.
 * Computed as the sum over axes of separable terms G''(x_a) * prod_{b != a} G(x_b).
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
    public Volume apply(Volume in) {
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
        double[] sum = new double[in.voxels().length];
        for (int term = 0; term < n; term++) {
            Kernel1D[] perAxis = new Kernel1D[3];
            for (int a = 0; a < n; a++) perAxis[a] = a == term ? second[a] : gauss[a];
            ResponseMaps.addInto(sum, Convolution.separable(in.voxels(), dims, perAxis, padding));
        }
        return ResponseMaps.wrap(in, sum);
    }
}
