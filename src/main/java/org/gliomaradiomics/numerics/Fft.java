package org.gliomaradiomics.numerics;

/**
 * Complex forward DFT, X[k] = sum_j x[j] exp(-2 pi i j k / n), for lengths whose prime factors are 2, 3 and 5,
 * by the self-sorting Stockham algorithm (radices 4, 2, 3, 5). Written by hand: no FFT on the classpath takes
 * mixed radices (commons-math3 pads to powers of two and works on boxed values), and JTransforms (measured, see
 * the package documentation) is slower on the batched lines and multithreads through a global setting. Transforms a batch of interleaved lines at once: element
 * k of line t at offset + t + batch k, so a whole volume's z lines (batch = nx ny) or a plane's y lines (batch =
 * nx) are transformed in place without gathering, every inner loop running over contiguous memory. Immutable and
 * thread-safe; the caller provides the work arrays.
 */
public final class Fft {
    private static final double C5_1 = Math.cos(2 * Math.PI / 5), C5_2 = Math.cos(4 * Math.PI / 5);
    private static final double S5_1 = Math.sin(2 * Math.PI / 5), S5_2 = Math.sin(4 * Math.PI / 5);
    private static final double S3 = Math.sqrt(3) / 2;
    private final int n;
    private final int[] radices;
    private final double[] cos, sin;

    public Fft(int n) {
        if (!isSmooth(n)) throw new IllegalArgumentException("FFT length " + n + " has a prime factor above 5");
        this.n = n;
        int[] r = new int[32];
        int count = 0, m = n;
        while (m % 4 == 0) { r[count++] = 4; m /= 4; }
        while (m % 2 == 0) { r[count++] = 2; m /= 2; }
        while (m % 3 == 0) { r[count++] = 3; m /= 3; }
        while (m % 5 == 0) { r[count++] = 5; m /= 5; }
        radices = java.util.Arrays.copyOf(r, count);
        cos = new double[n];
        sin = new double[n];
        for (int k = 0; k < n; k++) {
            double a = -2 * Math.PI * k / n;
            cos[k] = Math.cos(a);
            sin[k] = Math.sin(a);
        }
    }

    public int length() {
        return n;
    }

    public static boolean isSmooth(int n) {
        if (n < 1) return false;
        for (int p : new int[] {2, 3, 5}) while (n % p == 0) n /= p;
        return n == 1;
    }

    /** Smallest 2-3-5-smooth integer &gt;= n. */
    public static int nextSmooth(int n) {
        int m = Math.max(n, 1);
        while (!isSmooth(m)) m++;
        return m;
    }

    /** Transforms one contiguous line re/im[0..n) in place. */
    public void transform(double[] re, double[] im) {
        transform(re, im, 0, 1, new double[n], new double[n]);
    }

    /** Inverse transform of one contiguous line in place, scaled by 1/n: x = conj(F(conj X)) / n. */
    public void inverse(double[] re, double[] im) {
        for (int k = 0; k < n; k++) im[k] = -im[k];
        transform(re, im);
        double scale = 1.0 / n;
        for (int k = 0; k < n; k++) {
            re[k] *= scale;
            im[k] *= -scale;
        }
    }

    /**
     * Transforms {@code batch} interleaved lines in place: element k of line t at offset + t + batch k.
     * @param workRe, workIm scratch of at least n * batch values
     */
    public void transform(double[] re, double[] im, int offset, int batch, double[] workRe, double[] workIm) {
        transform(re, im, offset, batch, workRe, workIm, n);
    }

    /**
     * As {@link #transform(double[], double[], int, int, double[], double[])} for lines whose elements from
     * {@code nonZero} on are zero (a zero-padded line): the first stage skips the butterflies whose only non-zero
     * input is their first, which then just spread it with twiddles. The result has the same bits.
     */
    public void transform(double[] re, double[] im, int offset, int batch, double[] workRe, double[] workIm, int nonZero) {
        double[] xr = re, xi = im, yr = workRe, yi = workIm;
        int xo = offset, yo = 0;
        int len = n, s = batch;
        for (int p : radices) {
            int m = len / p, step = n / len;
            // j at or beyond full: inputs a_1.. (at j + r m, r >= 1) are all zero (only in the first stage).
            int full = len == n ? Math.max(0, Math.min(m, nonZero - m)) : m;
            switch (p) {
                case 4: radix4(xr, xi, xo, yr, yi, yo, m, s, step, full); break;
                case 2: radix2(xr, xi, xo, yr, yi, yo, m, s, step, full); break;
                case 3: radix3(xr, xi, xo, yr, yi, yo, m, s, step, full); break;
                default: radix5(xr, xi, xo, yr, yi, yo, m, s, step, full); break;
            }
            if (full < m) spreadFirst(p, xr, xi, xo, yr, yi, yo, m, s, full);
            double[] t = xr; xr = yr; yr = t;
            t = xi; xi = yi; yi = t;
            int o = xo; xo = yo; yo = o;
            len = m;
            s *= p;
        }
        if (xr != re) {
            System.arraycopy(xr, xo, re, offset, n * batch);
            System.arraycopy(xi, xo, im, offset, n * batch);
        }
    }

    /** First-stage butterflies j = from..m-1 whose inputs other than a_0 are zero: b_k = a_0, y_k = a_0 W^(j k). */
    private void spreadFirst(int p, double[] xr, double[] xi, int xo, double[] yr, double[] yi, int yo, int m, int s, int from) {
        for (int j = from; j < m; j++) {
            int in = xo + s * j, out = yo + s * p * j;
            for (int k = 0; k < p; k++, out += s) {
                double wr = cos[j * k], wi = sin[j * k];
                boolean plain = j * k == 0;
                for (int q = 0; q < s; q++) {
                    double ar = xr[in + q], ai = xi[in + q];
                    twiddled(yr, yi, out + q, ar, ai, wr, wi, plain);
                }
            }
        }
    }

    /** y[o] = b W, W = (wr, wi); plain: W = W^0 = 1, stored without multiplying (a loop-invariant branch, which the
     * JIT hoists out of the loop: the last stage, m = 1, has no other twiddle). */
    private static void twiddled(double[] yr, double[] yi, int o, double br, double bi, double wr, double wi, boolean plain) {
        if (plain) {
            yr[o] = br;
            yi[o] = bi;
        } else {
            yr[o] = br * wr - bi * wi;
            yi[o] = br * wi + bi * wr;
        }
    }

    // Stage: for j < m, q < s: a_r = x[q + s (j + r m)], b_k = sum_r a_r w_p^(r k), y[q + s (p j + k)] = b_k W^(j k),
    // with W = exp(-2 pi i / len), len = p m; the table index of W^(j k) is j k step.

    private void radix2(double[] xr, double[] xi, int xo, double[] yr, double[] yi, int yo, int m, int s, int step, int full) {
        for (int j = 0; j < full; j++) {
            boolean plain = j == 0;
            double wr = cos[j * step], wi = sin[j * step];
            int in0 = xo + s * j, in1 = in0 + s * m, out0 = yo + s * 2 * j, out1 = out0 + s;
            for (int q = 0; q < s; q++) {
                double ar = xr[in0 + q], ai = xi[in0 + q], br = xr[in1 + q], bi = xi[in1 + q];
                yr[out0 + q] = ar + br;
                yi[out0 + q] = ai + bi;
                double dr = ar - br, di = ai - bi;
                twiddled(yr, yi, out1 + q, dr, di, wr, wi, plain);
            }
        }
    }

    private void radix4(double[] xr, double[] xi, int xo, double[] yr, double[] yi, int yo, int m, int s, int step, int full) {
        for (int j = 0; j < full; j++) {
            boolean plain = j == 0;
            double w1r = cos[j * step], w1i = sin[j * step];
            double w2r = cos[2 * j * step], w2i = sin[2 * j * step];
            double w3r = cos[3 * j * step], w3i = sin[3 * j * step];
            int i0 = xo + s * j, i1 = i0 + s * m, i2 = i1 + s * m, i3 = i2 + s * m;
            int o0 = yo + s * 4 * j, o1 = o0 + s, o2 = o1 + s, o3 = o2 + s;
            for (int q = 0; q < s; q++) {
                double a0r = xr[i0 + q], a0i = xi[i0 + q], a1r = xr[i1 + q], a1i = xi[i1 + q];
                double a2r = xr[i2 + q], a2i = xi[i2 + q], a3r = xr[i3 + q], a3i = xi[i3 + q];
                double s02r = a0r + a2r, s02i = a0i + a2i, d02r = a0r - a2r, d02i = a0i - a2i;
                double s13r = a1r + a3r, s13i = a1i + a3i, d13r = a1r - a3r, d13i = a1i - a3i;
                // w_4 = -i: b1 = d02 - i d13, b3 = d02 + i d13
                double b1r = d02r + d13i, b1i = d02i - d13r;
                double b2r = s02r - s13r, b2i = s02i - s13i;
                double b3r = d02r - d13i, b3i = d02i + d13r;
                yr[o0 + q] = s02r + s13r;
                yi[o0 + q] = s02i + s13i;
                twiddled(yr, yi, o1 + q, b1r, b1i, w1r, w1i, plain);
                twiddled(yr, yi, o2 + q, b2r, b2i, w2r, w2i, plain);
                twiddled(yr, yi, o3 + q, b3r, b3i, w3r, w3i, plain);
            }
        }
    }

    private void radix3(double[] xr, double[] xi, int xo, double[] yr, double[] yi, int yo, int m, int s, int step, int full) {
        for (int j = 0; j < full; j++) {
            boolean plain = j == 0;
            double w1r = cos[j * step], w1i = sin[j * step];
            double w2r = cos[2 * j * step], w2i = sin[2 * j * step];
            int i0 = xo + s * j, i1 = i0 + s * m, i2 = i1 + s * m;
            int o0 = yo + s * 3 * j, o1 = o0 + s, o2 = o1 + s;
            for (int q = 0; q < s; q++) {
                double a0r = xr[i0 + q], a0i = xi[i0 + q], a1r = xr[i1 + q], a1i = xi[i1 + q], a2r = xr[i2 + q], a2i = xi[i2 + q];
                double tr = a1r + a2r, ti = a1i + a2i, ur = a1r - a2r, ui = a1i - a2i;
                double mr = a0r - 0.5 * tr, mi = a0i - 0.5 * ti;
                // w_3 = exp(-2 pi i / 3): b1 = m - i S3 u, b2 = m + i S3 u
                double b1r = mr + S3 * ui, b1i = mi - S3 * ur, b2r = mr - S3 * ui, b2i = mi + S3 * ur;
                yr[o0 + q] = a0r + tr;
                yi[o0 + q] = a0i + ti;
                twiddled(yr, yi, o1 + q, b1r, b1i, w1r, w1i, plain);
                twiddled(yr, yi, o2 + q, b2r, b2i, w2r, w2i, plain);
            }
        }
    }

    private void radix5(double[] xr, double[] xi, int xo, double[] yr, double[] yi, int yo, int m, int s, int step, int full) {
        for (int j = 0; j < full; j++) {
            boolean plain = j == 0;
            double w1r = cos[j * step], w1i = sin[j * step], w2r = cos[2 * j * step], w2i = sin[2 * j * step];
            double w3r = cos[3 * j * step], w3i = sin[3 * j * step], w4r = cos[4 * j * step], w4i = sin[4 * j * step];
            int i0 = xo + s * j, i1 = i0 + s * m, i2 = i1 + s * m, i3 = i2 + s * m, i4 = i3 + s * m;
            int o0 = yo + s * 5 * j, o1 = o0 + s, o2 = o1 + s, o3 = o2 + s, o4 = o3 + s;
            for (int q = 0; q < s; q++) {
                double a0r = xr[i0 + q], a0i = xi[i0 + q];
                double a1r = xr[i1 + q], a1i = xi[i1 + q], a4r = xr[i4 + q], a4i = xi[i4 + q];
                double a2r = xr[i2 + q], a2i = xi[i2 + q], a3r = xr[i3 + q], a3i = xi[i3 + q];
                double t1r = a1r + a4r, t1i = a1i + a4i, t3r = a1r - a4r, t3i = a1i - a4i;
                double t2r = a2r + a3r, t2i = a2i + a3i, t4r = a2r - a3r, t4i = a2i - a3i;
                double m1r = a0r + C5_1 * t1r + C5_2 * t2r, m1i = a0i + C5_1 * t1i + C5_2 * t2i;
                double m2r = a0r + C5_2 * t1r + C5_1 * t2r, m2i = a0i + C5_2 * t1i + C5_1 * t2i;
                double n1r = S5_1 * t3r + S5_2 * t4r, n1i = S5_1 * t3i + S5_2 * t4i;
                double n2r = S5_2 * t3r - S5_1 * t4r, n2i = S5_2 * t3i - S5_1 * t4i;
                // b1 = m1 - i n1, b4 = m1 + i n1, b2 = m2 - i n2, b3 = m2 + i n2
                double b1r = m1r + n1i, b1i = m1i - n1r, b4r = m1r - n1i, b4i = m1i + n1r;
                double b2r = m2r + n2i, b2i = m2i - n2r, b3r = m2r - n2i, b3i = m2i + n2r;
                yr[o0 + q] = a0r + t1r + t2r;
                yi[o0 + q] = a0i + t1i + t2i;
                twiddled(yr, yi, o1 + q, b1r, b1i, w1r, w1i, plain);
                twiddled(yr, yi, o2 + q, b2r, b2i, w2r, w2i, plain);
                twiddled(yr, yi, o3 + q, b3r, b3i, w3r, w3i, plain);
                twiddled(yr, yi, o4 + q, b4r, b4i, w4r, w4i, plain);
            }
        }
    }
}
