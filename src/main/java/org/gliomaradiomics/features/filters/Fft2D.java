package org.gliomaradiomics.features.filters;

/**
 * In-place 2D complex FFT on power-of-two grids (u fastest), for the Gabor filter's large non-separable kernels.
 * Hand-written: commons-math3's transformer works on boxed Complex arrays and allocates per call.
 */
final class Fft2D {
    final int mu, mv;
    private final Fft1D rows, cols;

    Fft2D(int mu, int mv) {
        this.mu = mu;
        this.mv = mv;
        this.rows = new Fft1D(mu);
        this.cols = new Fft1D(mv);
    }

    static int powerOfTwoAtLeast(int n) {
        int p = 1;
        while (p < n) p <<= 1;
        return p;
    }

    /** Forward transform in place; rows at or after {@code nonZeroRows} must be zero (their row pass is skipped). */
    void forward(double[] re, double[] im, int nonZeroRows) {
        for (int v = 0; v < nonZeroRows; v++) rows.transform(re, im, v * mu, 1, false);
        cols.transform(re, im, 0, mu, false); // all columns at once: butterflies combine whole rows
    }

    /**
     * Inverse transform (scaled by 1/(mu*mv)) in place, exact only in rows [fromRow, toRow), which is all the
     * caller reads: the row pass of the other rows is skipped.
     */
    void inverse(double[] re, double[] im, int fromRow, int toRow) {
        cols.transform(re, im, 0, mu, true);
        double scale = 1.0 / ((double) mu * mv);
        for (int v = fromRow; v < toRow; v++) {
            rows.transform(re, im, v * mu, 1, true);
            for (int i = v * mu; i < (v + 1) * mu; i++) { re[i] *= scale; im[i] *= scale; }
        }
    }

    /** Iterative radix-2 Cooley-Tukey transform of n contiguous values. */
    static final class Fft1D {
        private final int n;
        private final int[] reversed;
        private final double[] cos, sin;

        Fft1D(int n) {
            if (Integer.bitCount(n) != 1) throw new IllegalArgumentException("FFT length must be a power of two, got " + n);
            this.n = n;
            reversed = new int[n];
            int bits = Integer.numberOfTrailingZeros(n);
            for (int i = 0; i < n; i++) reversed[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
            cos = new double[n / 2 + 1];
            sin = new double[n / 2 + 1];
            for (int k = 0; k < cos.length; k++) {
                cos[k] = Math.cos(2 * Math.PI * k / n);
                sin[k] = Math.sin(2 * Math.PI * k / n);
            }
        }

        /**
         * Transforms {@code width} interleaved sequences at once: element j of sequence c is at
         * {@code off + j * width + c} (width 1 = one contiguous sequence; width = row length = every column).
         */
        void transform(double[] re, double[] im, int off, int width, boolean inverse) {
            for (int i = 0; i < n; i++) {
                int j = reversed[i];
                if (j > i) {
                    int a = off + i * width, b = off + j * width;
                    for (int c = 0; c < width; c++) {
                        double t = re[a + c]; re[a + c] = re[b + c]; re[b + c] = t;
                        t = im[a + c]; im[a + c] = im[b + c]; im[b + c] = t;
                    }
                }
            }
            double sign = inverse ? 1 : -1;
            for (int size = 2; size <= n; size <<= 1) {
                int half = size >> 1, step = n / size;
                for (int start = 0; start < n; start += size) {
                    for (int k = 0; k < half; k++) {
                        double wr = cos[k * step], wi = sign * sin[k * step];
                        int a = off + (start + k) * width, b = a + half * width;
                        for (int c = 0; c < width; c++) {
                            double xr = re[b + c] * wr - im[b + c] * wi, xi = re[b + c] * wi + im[b + c] * wr;
                            re[b + c] = re[a + c] - xr; im[b + c] = im[a + c] - xi;
                            re[a + c] += xr; im[a + c] += xi;
                        }
                    }
                }
            }
        }
    }
}
