package org.gliomaradiomics.filters;

import org.gliomaradiomics.image.Volume;

/**
 * A filter whose transfer function is real and can be sampled on a DFT grid, so that it can be applied by
 * {@link SpectralConvolution} and combined with a Riesz transform ({@link RieszFilter}) in the Fourier domain.
 */
interface FrequencyResponse {
    Dimensionality dimensionality();

    Padding padding();

    /**
     * Voxels of padding wanted on each side along {@code axis} (ignored for periodic padding, which transforms the
     * image's own grid): the kernel radius for compact kernels, a chosen compromise for band-limited ones.
     */
    int margin(Volume in, int axis);

    /**
     * The transfer function on a DFT grid of {@code m[0] x m[1] x m[2]} points (frequency index k on length m means
     * omega = 2 pi k / m radians per voxel, k &gt; m / 2 wrapping to negative frequencies). In 2D, m[2] is 1.
     */
    Sampled sample(Volume in, int[] m);

    /** Transfer function value at frequency indices (kx, ky, kz). */
    interface Sampled {
        double at(int kx, int ky, int kz);
    }

    /** Angular frequency (radians per voxel) of DFT index k on length m, in (-pi, pi]. */
    static double omega(int k, int m) {
        return 2 * Math.PI * (2 * k <= m ? k : k - m) / m;
    }
}
