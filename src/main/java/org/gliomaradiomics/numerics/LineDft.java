package org.gliomaradiomics.numerics;


/**
 * Forward complex DFT, X[k] = sum_j x[j] exp(-2 pi i j k / n), of any length, on a batch of interleaved lines
 * (element k of line t at t + batch k, as {@link Fft} takes them). Lengths whose prime factors are 2, 3 and 5 go
 * straight to the project's mixed-radix {@link Fft}; other lengths (155 slices, say) use Bluestein's chirp-z
 * identity jk = (j^2 + k^2 - (k - j)^2) / 2, which turns the DFT into a circular convolution computed with {@link Fft}
 * on a 2-3-5-smooth length m &gt;= 2n - 1. Needed where a transform must run on a given grid (periodic padding of a filter: the image's own grid).
 * Immutable and thread-safe; scratch comes from the caller.
 */
public final class LineDft {
    private final int n;
    private final Fft direct;
    // Bluestein: chirp w_k = exp(-i pi k^2 / n) and the transform of the conjugate chirp laid out circularly on m
    private final Fft padded;
    private final double[] chirpRe, chirpIm, kernelRe, kernelIm;

    public LineDft(int n) {
        this.n = n;
        if (Fft.isSmooth(n)) {
            direct = new Fft(n);
            padded = null;
            chirpRe = chirpIm = kernelRe = kernelIm = null;
            return;
        }
        direct = null;
        int m = Fft.nextSmooth(2 * n - 1);
        padded = new Fft(m);
        chirpRe = new double[n];
        chirpIm = new double[n];
        for (int k = 0; k < n; k++) {
            double a = -Math.PI * (((long) k * k) % (2L * n)) / n; // k^2 mod 2n keeps the angle accurate
            chirpRe[k] = Math.cos(a);
            chirpIm[k] = Math.sin(a);
        }
        kernelRe = new double[m];
        kernelIm = new double[m];
        for (int k = 0; k < n; k++) {
            kernelRe[k] = chirpRe[k];
            kernelIm[k] = -chirpIm[k];
            if (k > 0) {
                kernelRe[m - k] = chirpRe[k];
                kernelIm[m - k] = -chirpIm[k];
            }
        }
        padded.transform(kernelRe, kernelIm);
    }

    public int length() {
        return n;
    }

    /** Scratch values needed per line of a batch (the caller provides 4 arrays of scratchPerLine * batch). */
    public int scratchPerLine() {
        return direct != null ? n : padded.length();
    }

    /**
     * Transforms {@code batch} interleaved lines held in re/im[0, n * batch) in place.
     * @param s four scratch arrays of at least scratchPerLine() * batch values
     */
    public void transform(double[] re, double[] im, int batch, double[][] s) {
        if (direct != null) {
            direct.transform(re, im, 0, batch, s[0], s[1]);
            return;
        }
        int m = padded.length();
        double[] ar = s[2], ai = s[3];
        for (int k = 0; k < n; k++) {
            double wr = chirpRe[k], wi = chirpIm[k];
            for (int t = 0, i = k * batch; t < batch; t++, i++) {
                ar[i] = re[i] * wr - im[i] * wi;
                ai[i] = re[i] * wi + im[i] * wr;
            }
        }
        java.util.Arrays.fill(ar, n * batch, m * batch, 0);
        java.util.Arrays.fill(ai, n * batch, m * batch, 0);
        padded.transform(ar, ai, 0, batch, s[0], s[1]);
        // multiply by the kernel's transform and conjugate: the inverse transform is conj(F(conj .)) / m
        for (int k = 0; k < m; k++) {
            double br = kernelRe[k], bi = kernelIm[k];
            for (int t = 0, i = k * batch; t < batch; t++, i++) {
                double xr = ar[i] * br - ai[i] * bi, xi = ar[i] * bi + ai[i] * br;
                ar[i] = xr;
                ai[i] = -xi;
            }
        }
        padded.transform(ar, ai, 0, batch, s[0], s[1]);
        double scale = 1.0 / m;
        for (int k = 0; k < n; k++) {
            double wr = chirpRe[k], wi = chirpIm[k];
            for (int t = 0, i = k * batch; t < batch; t++, i++) {
                double cr = ar[i] * scale, ci = -ai[i] * scale;
                re[i] = cr * wr - ci * wi;
                im[i] = cr * wi + ci * wr;
            }
        }
    }
}
