package org.gliomaradiomics.preprocess;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

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
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        Complex[] vf = fft.transform(v, TransformType.FORWARD);

        double scaledFwhm = fwhm / slope;
        double expFactor = 4 * Math.log(2) / (scaledFwhm * scaledFwhm);
        double scale = 2 * Math.sqrt(Math.log(2) / Math.PI) / scaledFwhm;
        double[] g = new double[padded];
        g[0] = scale;
        for (int n = 1; n <= padded / 2; n++) g[n] = g[padded - n] = scale * Math.exp(-(double) n * n * expFactor);
        Complex[] gf = fft.transform(g, TransformType.FORWARD);

        double[] u = new double[padded];
        Complex[] uf = new Complex[padded];
        for (int n = 0; n < padded; n++) {
            Complex wiener = gf[n].conjugate().divide(gf[n].multiply(gf[n].conjugate()).getReal() + wienerNoise);
            uf[n] = vf[n].multiply(wiener);
        }
        Complex[] ut = fft.transform(uf, TransformType.INVERSE);
        double[] ux = new double[padded];
        for (int n = 0; n < padded; n++) {
            u[n] = Math.max(0, ut[n].getReal());
            ux[n] = (min + (n - offset) * slope) * u[n];
        }
        double[] numerator = convolve(fft, ux, gf), denominator = convolve(fft, u, gf);
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

    private static double[] convolve(FastFourierTransformer fft, double[] x, Complex[] kernelF) {
        Complex[] xf = fft.transform(x, TransformType.FORWARD);
        for (int n = 0; n < xf.length; n++) xf[n] = xf[n].multiply(kernelF[n]);
        Complex[] r = fft.transform(xf, TransformType.INVERSE);
        double[] out = new double[x.length];
        for (int n = 0; n < out.length; n++) out[n] = r[n].getReal();
        return out;
    }
}
