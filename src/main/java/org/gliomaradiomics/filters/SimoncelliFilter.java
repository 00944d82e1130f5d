package org.gliomaradiomics.filters;

import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;

/**
 * IBSI 2 non-separable, isotropic Simoncelli wavelet, defined in the Fourier domain by its radial band-pass
 * profile psi(w) = cos(pi/2 log2(2 ||w|| / pi)) for pi/4 &lt; ||w|| &lt;= pi, 0 elsewhere, with w in radians per voxel
 * (pi = Nyquist; the voxel grid, not millimetres, as in the IBSI manual and the reference implementations). Level j
 * (undecimated) uses psi(2^(j-1) w): the band (pi/2^(j+1), pi/2^(j-1)]. No DC response. In 3D, frequencies with
 * ||w|| &gt; pi (the corners of the cube) are outside every band and are removed.
 * <p>
 * Applied by {@link SpectralConvolution}: with periodic padding on the image's own DFT grid (exact); with zero,
 * nearest or mirror padding on a grid padded by min(ceil(n / 2), 32 2^(j-1)) voxels per side (then rounded up to
 * a 2-3-5-smooth length). The kernel is band-limited, so it has no finite support: the margin is a compromise
 * between exactness (the IBSI reference code pads by half the image) and memory/time on whole brain volumes; the
 * kernel's tails beyond 32 2^(j-1) voxels are small. Frequencies are sampled at 2 pi k / m on the padded length m.
 */
public record SimoncelliFilter(int level, Dimensionality dimensionality, Padding padding) implements ImageFilter, FrequencyResponse {
    /** Padding per side at level 1, in voxels (doubled at each level, capped at half the image). */
    static final int BASE_MARGIN = 32;

    public SimoncelliFilter {
        if (level < 1 || level > 10) throw new IllegalArgumentException("Simoncelli level must be 1 to 10, got " + level);
    }

    /** The profile of decomposition level {@code level} at radial frequency {@code radius} (radians per voxel). */
    public static double profile(double radius, int level) {
        double r = radius * Math.pow(2, level - 1);
        if (!(r > Math.PI / 4 && r <= Math.PI)) return 0;
        return Math.cos(Math.PI / 2 * log2(2 * r / Math.PI));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        return SpectralConvolution.apply(in, this, 0, progress);
    }

    @Override
    public int margin(Volume in, int axis) {
        return marginFor(ResponseMaps.dims(in)[axis], BASE_MARGIN << (level - 1));
    }

    /** min(ceil(n / 2), wanted): padding beyond half the image buys little, as the far side is then padding too. */
    static int marginFor(int n, int wanted) {
        return Math.min((n + 1) / 2, wanted);
    }

    @Override
    public Sampled sample(Volume in, int[] m) {
        double[][] w2 = new double[3][];
        for (int a = 0; a < 3; a++) {
            w2[a] = new double[m[a]];
            for (int k = 0; k < m[a]; k++) w2[a][k] = Math.pow(FrequencyResponse.omega(k, m[a]), 2);
        }
        return (kx, ky, kz) -> profile(Math.sqrt(w2[0][kx] + w2[1][ky] + w2[2][kz]), level);
    }

    @Override
    public String toString() {
        return "Simoncelli level " + level + " " + dimensionality + " " + padding;
    }
}
