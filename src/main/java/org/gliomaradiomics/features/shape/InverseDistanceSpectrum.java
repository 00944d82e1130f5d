package org.gliomaradiomics.features.shape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.numerics.Fft;
import org.gliomaradiomics.numerics.FftScratch;
import org.gliomaradiomics.numerics.RealFft3d;

/**
 * DFT of the kernel K(d) = 1 / |d| (d in mm; K(0) = 0) on a circular lx x ly x lz grid, the weight of Moran's I
 * and Geary's C. K is real and even, so its spectrum is real and even as well: only the octant k = 0..l/2 per
 * axis is computed and stored (an eighth of the grid). Each axis pass transforms the symmetric extension of two
 * octant lines as one complex line; both results being real, one is the real part and the other the imaginary
 * part, with no separation step. A few spectra are cached, keyed by grid size and spacing, because a batch of
 * similar ROIs (and every repeated extraction of one ROI) needs the same one.
 */
final class InverseDistanceSpectrum {
    private static final int CACHE_ENTRIES = 4;
    /** Keyed by List.of(lx, ly, lz, sx, sy, sz): not a record, whose hashCode is linked at its first call through an
     * invokedynamic bootstrap (JFR: about 3 % of the samples of a one-case run). */
    private static final Map<List<Number>, double[]> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Number>, double[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    private InverseDistanceSpectrum() {}

    /**
     * @return the spectrum on the octant, indexed kz + (lz/2 + 1) (ky + (ly/2 + 1) kx), kx slowest: the part of one
     * kx is contiguous, as {@link RealFft3d#reducePlanes} hands the spectra over plane by plane; the value at any k is
     * that at (min(kx, lx - kx), min(ky, ly - ky), min(kz, lz - kz)). Shared: callers must not modify it.
     */
    static double[] octant(int lx, int ly, int lz, double sx, double sy, double sz) {
        List<Number> key = List.of(lx, ly, lz, sx, sy, sz);
        synchronized (CACHE) {
            double[] cached = CACHE.get(key);
            if (cached != null) return cached;
        }
        // Computed outside the lock; two threads computing the same key get the same bits.
        double[] spectrum = compute(lx, ly, lz, sx, sy, sz);
        synchronized (CACHE) {
            CACHE.put(key, spectrum);
        }
        return spectrum;
    }

    /** The spectrum on the octant, indexed kz + (lz/2 + 1) (ky + (ly/2 + 1) kx), as {@link #octant}. */
    static double[] compute(int lx, int ly, int lz, double sx, double sy, double sz) {
        int[] len = {lx, ly, lz}, dim = {lx / 2 + 1, ly / 2 + 1, lz / 2 + 1};
        int[] stride = {dim[1] * dim[2], dim[2], 1};
        double[] k = new double[dim[0] * dim[1] * dim[2]];
        for (int x = 0, i = 0; x < dim[0]; x++)
            for (int y = 0; y < dim[1]; y++)
                for (int z = 0; z < dim[2]; z++, i++) {
                    double dx = x * sx, dy = y * sy, dz = z * sz, d2 = dx * dx + dy * dy + dz * dz;
                    k[i] = d2 == 0 ? 0 : 1 / Math.sqrt(d2);
                }
        for (int a = 0; a < 3; a++) axisPass(k, a, len, dim, stride);
        return k;
    }

    /** Transforms every octant line along axis a (evenly extended to length len[a]) in place. */
    private static void axisPass(double[] k, int a, int[] len, int[] dim, int[] stride) {
        int b = (a + 1) % 3, c = (a + 2) % 3, lines = dim[b] * dim[c], pairs = (lines + 1) / 2;
        int n = len[a], half = n / 2, s = stride[a];
        Fft fft = new Fft(n);
        RealFft3d.parallelChunks(pairs, (p0, count) -> {
            double[][] scratch = FftScratch.get(4, RealFft3d.CHUNK * n);
            double[] re = scratch[0], im = scratch[1];
            for (int t = 0; t < count; t++) {
                int lineA = 2 * (p0 + t), lineB = lineA + 1;
                int baseA = base(lineA, b, c, dim, stride), baseB = lineB < lines ? base(lineB, b, c, dim, stride) : -1;
                for (int j = 0; j < n; j++) {
                    int m = j <= half ? j : n - j;
                    re[t + count * j] = k[baseA + s * m];
                    im[t + count * j] = baseB < 0 ? 0 : k[baseB + s * m];
                }
            }
            fft.transform(re, im, 0, count, scratch[2], scratch[3]);
            for (int t = 0; t < count; t++) {
                int lineA = 2 * (p0 + t), lineB = lineA + 1;
                int baseA = base(lineA, b, c, dim, stride);
                for (int j = 0; j < dim[a]; j++) k[baseA + s * j] = re[t + count * j];
                if (lineB < lines) {
                    int baseB = base(lineB, b, c, dim, stride);
                    for (int j = 0; j < dim[a]; j++) k[baseB + s * j] = im[t + count * j];
                }
            }
        });
    }

    private static int base(int line, int b, int c, int[] dim, int[] stride) {
        return line % dim[b] * stride[b] + line / dim[b] * stride[c];
    }
}
