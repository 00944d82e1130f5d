package org.gliomaradiomics.filters;

import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Fft;
import org.gliomaradiomics.numerics.FftScratch;
import org.gliomaradiomics.numerics.LineDft;
import org.gliomaradiomics.numerics.RealFft3d;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Applies a transfer function by pad, FFT, multiply, inverse FFT, crop. Padding follows {@link BorderExtension#extend}, so
 * Fourier-domain filters see the same boundaries as the spatial convolutions: with periodic padding the image's own
 * grid is transformed (exact circular convolution, any length through {@link LineDft}); otherwise each filtered
 * axis is padded by at least the filter's margin on both sides up to a 2-3-5-smooth length, and the circular
 * convolution on that grid equals the padded linear one wherever the kernel fits in the margin. 2D filters
 * transform each axial slice (x and y only). The response is the real part of the inverse transform (the imaginary
 * part is rounding, except at a Nyquist frequency where an odd multiplier is not Hermitian: the real part is
 * then the response of the symmetrised multiplier). Each line is transformed the same way whatever thread runs
 * it, so results do not depend on the thread count.
 */
final class SpectralConvolution {
    private static final int CHUNK = RealFft3d.CHUNK; // lines per batch (cache-friendly strides)

    private SpectralConvolution() {}

    /**
     * @param response    transfer function g sampled on the padded grid
     * @param quarterTurns the response is multiplied by (-i)^quarterTurns (Riesz phase), g staying real
     */
    static Volume apply(Volume in, FrequencyResponse response, int quarterTurns, DoubleConsumer progress) {
        int[] n = ResponseMaps.dims(in);
        int axes = response.dimensionality().axes;
        int[] m = n.clone(), left = new int[3];
        for (int a = 0; a < axes; a++) {
            if (response.padding() == Padding.PERIODIC) continue;
            m[a] = Fft.nextSmooth(n[a] + 2 * Math.max(0, response.margin(in, a)));
            left[a] = (m[a] - n[a]) / 2;
        }
        double[] re = response.padding().extension().extend(in.voxels(), n, m, left);
        double[] im = new double[re.length];
        LineDft[] dft = new LineDft[axes];
        for (int a = 0; a < axes; a++) dft[a] = a > 0 && m[a] == m[a - 1] ? dft[a - 1] : new LineDft(m[a]);
        int steps = 2 * axes + 1;
        int[] all = {0, m[0], 0, m[1], 0, m[2]};
        for (int a = 0; a < axes; a++) {
            transformAxis(re, im, m, a, dft[a], all);
            progress.accept((a + 1.0) / steps);
        }
        int[] grid = {m[0], m[1], axes == 3 ? m[2] : 1};
        multiplyAndConjugate(re, im, m, axes, response.sample(in, grid), quarterTurns);
        progress.accept((axes + 1.0) / steps);
        // inverse = conj(F(conj Y)) / N; only its real part is kept, so the final conjugation is not needed. Axes in
        // reverse order, each pass narrowed to the lines that reach the cropped output
        int[] wanted = all.clone();
        for (int a = axes - 1; a >= 0; a--) {
            transformAxis(re, im, m, a, dft[a], wanted);
            wanted[2 * a] = left[a];
            wanted[2 * a + 1] = left[a] + n[a];
            progress.accept((2 * axes - a + 1.0) / steps);
        }
        double scale = 1.0;
        for (int a = 0; a < axes; a++) scale /= m[a];
        double[] out = BorderExtension.crop(re, m, left, n);
        for (int i = 0; i < out.length; i++) out[i] *= scale;
        progress.accept(1);
        return ResponseMaps.wrap(in, out);
    }

    /**
     * Transforms the lines along {@code axis} whose other coordinates lie in {@code range} ({from, to} per axis;
     * z lines are always all transformed, as they come first in the inverse),
     * CHUNK lines at a time gathered into a contiguous batch. Lines of one task share their outer coordinate (z, or
     * y for z lines), so along y and z consecutive lines are consecutive in memory.
     */
    private static void transformAxis(double[] re, double[] im, int[] m, int axis, LineDft dft, int[] range) {
        int len = m[axis], stride = axis == 0 ? 1 : axis == 1 ? m[0] : m[0] * m[1];
        // runs along z (along y for z lines: one run of all x + m[0] y columns), lines along y for x lines, x for y lines
        boolean zLines = axis == 2;
        int runFrom = zLines ? 0 : range[4], runs = zLines ? 1 : range[5] - range[4];
        int inner = axis == 0 ? 1 : 0;
        int firstLine = zLines ? 0 : range[2 * inner], count = zLines ? m[0] * m[1] : range[2 * inner + 1] - range[2 * inner];
        int chunksPerRun = (count + CHUNK - 1) / CHUNK;
        Parallel.forEach(runs * chunksPerRun, task -> {
            int run = runFrom + task / chunksPerRun, first = task % chunksPerRun * CHUNK, c = Math.min(CHUNK, count - first);
            double[][] s = scratch(Math.max(len, dft.scratchPerLine()) * CHUNK);
            double[] br = s[4], bi = s[5];
            for (int t = 0; t < c; t++) {
                int base = lineBase(axis, m, run, firstLine + first + t);
                for (int k = 0, i = base; k < len; k++, i += stride) {
                    br[t + c * k] = re[i];
                    bi[t + c * k] = im[i];
                }
            }
            dft.transform(br, bi, c, s);
            for (int t = 0; t < c; t++) {
                int base = lineBase(axis, m, run, firstLine + first + t);
                for (int k = 0, i = base; k < len; k++, i += stride) {
                    re[i] = br[t + c * k];
                    im[i] = bi[t + c * k];
                }
            }
        });
    }

    /** Index of element 0 of line {@code line} of run {@code run} along {@code axis}. */
    private static int lineBase(int axis, int[] m, int run, int line) {
        if (axis == 0) return m[0] * (line + m[1] * run); // line = y, run = z
        if (axis == 1) return line + m[0] * m[1] * run; // line = x, run = z
        return line; // axis 2: line = x + m[0] y, one run
    }

    /** Y = (-i)^q g X, stored conjugated (the first step of the inverse transform). */
    private static void multiplyAndConjugate(double[] re, double[] im, int[] m, int axes, FrequencyResponse.Sampled g, int q) {
        int turns = Math.floorMod(q, 4);
        Parallel.forEach(m[2], z -> {
            int kz = axes == 3 ? z : 0;
            for (int y = 0; y < m[1]; y++) {
                int row = m[0] * (y + m[1] * z);
                for (int x = 0; x < m[0]; x++) {
                    int i = row + x;
                    double h = g.at(x, y, kz), r = re[i] * h, j = im[i] * h;
                    switch (turns) { // (-i)^turns (r + i j), then conjugated
                        case 0: re[i] = r; im[i] = -j; break;
                        case 1: re[i] = j; im[i] = r; break;
                        case 2: re[i] = -r; im[i] = j; break;
                        default: re[i] = -j; im[i] = -r; break;
                    }
                }
            }
        });
    }

    /** Six per-thread arrays of at least {@code size} values: four for {@link LineDft}, two for the gathered batch. */
    private static double[][] scratch(int size) {
        return FftScratch.get(6, size);
    }
}
