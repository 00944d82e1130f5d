package org.gliomaradiomics.numerics;

import java.util.Arrays;

/**
 * A 1D convolution kernel with an explicit origin: tap {@code taps[centre + j]} weighs the voxel at offset
 * {@code -j} (true convolution, so an impulse at i0 responds with tap centre+j at i0+j).
 */
public final class Kernel1D {
    private final double[] taps;
    private final int centre;

    public Kernel1D(double[] taps, int centre) {
        if (taps.length == 0 || centre < 0 || centre >= taps.length)
            throw new IllegalArgumentException("kernel centre " + centre + " outside its " + taps.length + " taps");
        this.taps = taps.clone();
        this.centre = centre;
    }

    /** Centre at length/2 (the middle tap for odd lengths; SciPy's origin for even lengths). */
    public static Kernel1D centred(double... taps) {
        return new Kernel1D(taps, taps.length / 2);
    }

    public int length() {
        return taps.length;
    }

    public int centre() {
        return centre;
    }

    public double tap(int k) {
        return taps[k];
    }

    public double[] taps() {
        return taps.clone();
    }

    /** The mirror image k(-t) about the origin. */
    public Kernel1D reversed() {
        double[] r = new double[taps.length];
        for (int k = 0; k < r.length; k++) r[k] = taps[taps.length - 1 - k];
        return new Kernel1D(r, taps.length - 1 - centre);
    }

    /** +1 if k(-t) = k(t), -1 if k(-t) = -k(t) (exactly), 0 otherwise. */
    public int parity() {
        if (2 * centre != taps.length - 1) return 0;
        boolean even = true, odd = true;
        for (int j = 1; j <= centre; j++) {
            even &= taps[centre + j] == taps[centre - j];
            odd &= taps[centre + j] == -taps[centre - j];
        }
        odd &= taps[centre] == 0;
        return even ? 1 : odd ? -1 : 0;
    }

    /** The à trous kernel: offsets multiplied by {@code factor}, zeros in between. */
    public Kernel1D upsampled(int factor) {
        if (factor == 1) return this;
        double[] u = new double[(taps.length - 1) * factor + 1];
        for (int k = 0; k < taps.length; k++) u[k * factor] = taps[k];
        return new Kernel1D(u, centre * factor);
    }

    /** Full convolution of two kernels (origins add). */
    public Kernel1D convolve(Kernel1D o) {
        double[] c = new double[taps.length + o.taps.length - 1];
        for (int a = 0; a < taps.length; a++) for (int b = 0; b < o.taps.length; b++) c[a + b] += taps[a] * o.taps[b];
        return new Kernel1D(c, centre + o.centre);
    }

    @Override
    public String toString() {
        return "Kernel1D" + Arrays.toString(taps) + "@" + centre;
    }
}
