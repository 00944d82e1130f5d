package org.gliomaradiomics.features.shape;

/**
 * Complex forward DFT, X[k] = sum_j x[j] exp(-2 pi i j k / n), for lengths whose prime factors are 2, 3 and 5
 * (self-sorting Stockham algorithm, radices 4, 2, 3, 5). Written by hand: no FFT on the classpath takes mixed
 * radices (commons-math3 pads to powers of two). One instance per length; not thread-safe (work buffers).
 */
public final class Fft {
    private final int n;
    private final int[] radices;
    private final double[] cos, sin;
    private final double[] workRe, workIm;

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
        workRe = new double[n];
        workIm = new double[n];
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

    /** Transforms re/im (length n) in place. */
    public void transform(double[] re, double[] im) {
        double[] xr = re, xi = im, yr = workRe, yi = workIm;
        int len = n, s = 1;
        for (int p : radices) {
            int m = len / p, step = n / len;
            switch (p) {
                case 4: radix4(xr, xi, yr, yi, m, s, step); break;
                case 2: radix2(xr, xi, yr, yi, m, s, step); break;
                case 3: radix3(xr, xi, yr, yi, m, s, step); break;
                default: radix5(xr, xi, yr, yi, m, s, step); break;
            }
            double[] t = xr; xr = yr; yr = t;
            t = xi; xi = yi; yi = t;
            len = m;
            s *= p;
        }
        if (xr != re) {
            System.arraycopy(xr, 0, re, 0, n);
            System.arraycopy(xi, 0, im, 0, n);
        }
    }

    // Stage: for j < m, q < s: a_r = x[q + s (j + r m)], b_k = sum_r a_r w_p^(r k), y[q + s (p j + k)] = b_k W^(j k),
    // with W = exp(-2 pi i / len), len = p m; the table index of W^(j k) is j k step.

    private void radix2(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, int step) {
        for (int j = 0; j < m; j++) {
            double wr = cos[j * step], wi = sin[j * step];
            int in0 = s * j, in1 = s * (j + m), out0 = s * 2 * j, out1 = out0 + s;
            for (int q = 0; q < s; q++) {
                double ar = xr[in0 + q], ai = xi[in0 + q], br = xr[in1 + q], bi = xi[in1 + q];
                yr[out0 + q] = ar + br;
                yi[out0 + q] = ai + bi;
                double dr = ar - br, di = ai - bi;
                yr[out1 + q] = dr * wr - di * wi;
                yi[out1 + q] = dr * wi + di * wr;
            }
        }
    }

    private void radix4(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, int step) {
        for (int j = 0; j < m; j++) {
            double w1r = cos[j * step], w1i = sin[j * step];
            double w2r = cos[2 * j * step], w2i = sin[2 * j * step];
            double w3r = cos[3 * j * step], w3i = sin[3 * j * step];
            int i0 = s * j, i1 = s * (j + m), i2 = s * (j + 2 * m), i3 = s * (j + 3 * m);
            int o0 = s * 4 * j, o1 = o0 + s, o2 = o1 + s, o3 = o2 + s;
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
                yr[o1 + q] = b1r * w1r - b1i * w1i;
                yi[o1 + q] = b1r * w1i + b1i * w1r;
                yr[o2 + q] = b2r * w2r - b2i * w2i;
                yi[o2 + q] = b2r * w2i + b2i * w2r;
                yr[o3 + q] = b3r * w3r - b3i * w3i;
                yi[o3 + q] = b3r * w3i + b3i * w3r;
            }
        }
    }

    private void radix3(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, int step) {
        final double c1 = -0.5, s1 = -Math.sqrt(3) / 2; // w_3 = exp(-2 pi i / 3)
        for (int j = 0; j < m; j++) {
            double w1r = cos[j * step], w1i = sin[j * step];
            double w2r = cos[2 * j * step], w2i = sin[2 * j * step];
            int i0 = s * j, i1 = s * (j + m), i2 = s * (j + 2 * m);
            int o0 = s * 3 * j, o1 = o0 + s, o2 = o1 + s;
            for (int q = 0; q < s; q++) {
                double a0r = xr[i0 + q], a0i = xi[i0 + q], a1r = xr[i1 + q], a1i = xi[i1 + q], a2r = xr[i2 + q], a2i = xi[i2 + q];
                double tr = a1r + a2r, ti = a1i + a2i, ur = a1r - a2r, ui = a1i - a2i;
                double mr = a0r + c1 * tr, mi = a0i + c1 * ti;
                // b1 = m + i s1 u, b2 = m - i s1 u
                double b1r = mr - s1 * ui, b1i = mi + s1 * ur, b2r = mr + s1 * ui, b2i = mi - s1 * ur;
                yr[o0 + q] = a0r + tr;
                yi[o0 + q] = a0i + ti;
                yr[o1 + q] = b1r * w1r - b1i * w1i;
                yi[o1 + q] = b1r * w1i + b1i * w1r;
                yr[o2 + q] = b2r * w2r - b2i * w2i;
                yi[o2 + q] = b2r * w2i + b2i * w2r;
            }
        }
    }

    private void radix5(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, int step) {
        double[] cr = new double[5], ci = new double[5];
        for (int k = 0; k < 5; k++) {
            cr[k] = Math.cos(-2 * Math.PI * k / 5);
            ci[k] = Math.sin(-2 * Math.PI * k / 5);
        }
        double[] ar = new double[5], ai = new double[5];
        for (int j = 0; j < m; j++) {
            for (int q = 0; q < s; q++) {
                for (int r = 0; r < 5; r++) {
                    ar[r] = xr[s * (j + r * m) + q];
                    ai[r] = xi[s * (j + r * m) + q];
                }
                for (int k = 0; k < 5; k++) {
                    double br = 0, bi = 0;
                    for (int r = 0; r < 5; r++) {
                        int e = (r * k) % 5;
                        br += ar[r] * cr[e] - ai[r] * ci[e];
                        bi += ar[r] * ci[e] + ai[r] * cr[e];
                    }
                    int t = (j * k * step) % n;
                    int o = s * (5 * j + k) + q;
                    yr[o] = br * cos[t] - bi * sin[t];
                    yi[o] = br * sin[t] + bi * cos[t];
                }
            }
        }
    }
}
