package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.numerics.Fft;

/**
 * N4's histogram sharpening step (Tustison et al. 2010, after Sled's N3), written by hand following the published
 * algorithm: the log-intensity histogram is deconvolved by a Gaussian of given FWHM with a Wiener filter, and each
 * value is mapped to its conditional expectation E[u | v] under the sharpened distribution.
 */
final class HistogramSharpener {
    private final int bins;
    private final double fwhm, wienerNoise;

    HistogramSharpener(int bins, double fwhm, double wienerNoise) {
        this.bins = bins;
        this.fwhm = fwhm;
        this.wienerNoise = wienerNoise;
    }

    /** Writes the sharpened values of {@code log[i]} for masked voxels into {@code out}. */
    void sharpen(double[] log, boolean[] use, double[] out) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < log.length; i++)
            if (use[i]) {
                min = Math.min(min, log[i]);
                max = Math.max(max, log[i]);
            }
        if (!(max > min)) {
            for (int i = 0; i < log.length; i++) if (use[i]) out[i] = log[i];
            return;
        }
        double slope = (max - min) / (bins - 1);
        double[] h = new double[bins];
        for (int i = 0; i < log.length; i++) {
            if (!use[i]) continue;
            double c = (log[i] - min) / slope;
            int b = (int) Math.floor(c);
            double f = c - b;
            if (b >= bins - 1) h[bins - 1] += 1;
            else {
                h[b] += 1 - f;
                h[b + 1] += f;
            }
        }
        int padded = 1 << ((int) Math.ceil(Math.log(bins) / Math.log(2)) + 1);
        int offset = (padded - bins) / 2;
        double[] v = new double[padded];
        System.arraycopy(h, 0, v, offset, bins);
        Fft fft = new Fft(padded);
        double[] vRe = v, vIm = new double[padded];
        fft.transform(vRe, vIm);

        double scaledFwhm = fwhm / slope;
        double expFactor = 4 * Math.log(2) / (scaledFwhm * scaledFwhm);
        double scale = 2 * Math.sqrt(Math.log(2) / Math.PI) / scaledFwhm;
        double[] gRe = new double[padded], gIm = new double[padded];
        gRe[0] = scale;
        for (int n = 1; n <= padded / 2; n++) gRe[n] = gRe[padded - n] = scale * Math.exp(-(double) n * n * expFactor);
        fft.transform(gRe, gIm);

        // Wiener deconvolution of the histogram: U = V conj(G) / (|G|^2 + noise)
        double[] uRe = new double[padded], uIm = new double[padded];
        for (int n = 0; n < padded; n++) {
            double d = gRe[n] * gRe[n] + gIm[n] * gIm[n] + wienerNoise, wr = gRe[n] / d, wi = -gIm[n] / d;
            uRe[n] = vRe[n] * wr - vIm[n] * wi;
            uIm[n] = vRe[n] * wi + vIm[n] * wr;
        }
        fft.inverse(uRe, uIm);
        double[] u = new double[padded], ux = new double[padded];
        for (int n = 0; n < padded; n++) {
            u[n] = Math.max(0, uRe[n]);
            ux[n] = (min + (n - offset) * slope) * u[n];
        }
        double[] numerator = convolve(fft, ux, gRe, gIm), denominator = convolve(fft, u, gRe, gIm);
        double[] e = new double[bins];
        for (int n = 0; n < bins; n++) {
            double d = denominator[n + offset];
            e[n] = d != 0 ? numerator[n + offset] / d : 0;
        }
        for (int i = 0; i < log.length; i++) {
            if (!use[i]) continue;
            double c = (log[i] - min) / slope;
            int b = (int) Math.floor(c);
            out[i] = b < bins - 1 ? e[b] + (e[b + 1] - e[b]) * (c - b) : e[bins - 1];
        }
    }

    /** Circular convolution of x with the kernel whose transform is (kRe, kIm). */
    private static double[] convolve(Fft fft, double[] x, double[] kRe, double[] kIm) {
        double[] re = x.clone(), im = new double[x.length];
        fft.transform(re, im);
        for (int n = 0; n < re.length; n++) {
            double r = re[n] * kRe[n] - im[n] * kIm[n];
            im[n] = re[n] * kIm[n] + im[n] * kRe[n];
            re[n] = r;
        }
        fft.inverse(re, im);
        return re;
    }
}
