package org.gliomaradiomics.numerics;

/**
 * Eigenvalues of a small symmetric matrix, written by hand because MCC needs them for every kernel and direction
 * (over a million tiny matrices for a 90,000-voxel ROI) and commons-math's EigenDecomposition also builds
 * eigenvectors and allocates several objects per call. Householder reduction to tridiagonal form, then implicit QL
 * with Wilkinson shifts (eigenvalues only, about 4/3 n^3 flops; the classic tred2/tqli scheme); cyclic Jacobi
 * rotations (slower, always convergent) if QL ever exceeds its iteration limit.
 */
public final class SmallSymmetricEigenvalues {
    private static final double EPS = Math.ulp(1.0);

    private SmallSymmetricEigenvalues() {}

    /**
     * Eigenvalues (unsorted) of the symmetric n x n row-major matrix {@code a}, which is overwritten, into
     * {@code out[0 .. n)}. Work arrays: {@code work} of n elements, {@code backup} of n * n.
     */
    public static void of(double[] a, int n, double[] out, double[] work, double[] backup) {
        if (n == 1) {
            out[0] = a[0];
            return;
        }
        System.arraycopy(a, 0, backup, 0, n * n);
        tridiagonalise(a, n, out, work);
        if (!tridiagonalQl(out, work, n)) jacobi(backup, n, out);
    }

    /** Householder reduction of the lower triangle: diagonal into d, sub-diagonal into e[1 .. n). */
    private static void tridiagonalise(double[] a, int n, double[] d, double[] e) {
        for (int i = n - 1; i > 0; i--) {
            int l = i - 1;
            double h = 0, scale = 0;
            if (l > 0) {
                for (int k = 0; k <= l; k++) scale += Math.abs(a[i * n + k]);
                if (scale == 0) e[i] = a[i * n + l];
                else {
                    for (int k = 0; k <= l; k++) {
                        a[i * n + k] /= scale;
                        h += a[i * n + k] * a[i * n + k];
                    }
                    double f = a[i * n + l];
                    double g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    a[i * n + l] = f - g;
                    f = 0;
                    for (int j = 0; j <= l; j++) {
                        g = 0;
                        for (int k = 0; k <= j; k++) g += a[j * n + k] * a[i * n + k];
                        for (int k = j + 1; k <= l; k++) g += a[k * n + j] * a[i * n + k];
                        e[j] = g / h;
                        f += e[j] * a[i * n + j];
                    }
                    double hh = f / (h + h);
                    for (int j = 0; j <= l; j++) {
                        f = a[i * n + j];
                        e[j] = g = e[j] - hh * f;
                        for (int k = 0; k <= j; k++) a[j * n + k] -= f * e[k] + g * a[i * n + k];
                    }
                }
            } else e[i] = a[i * n + l];
            d[i] = h;
        }
        for (int i = 0; i < n; i++) d[i] = a[i * n + i];
    }

    /** Implicit QL on the tridiagonal (d, e[1 .. n)); false if an eigenvalue needs more than 30 iterations. */
    private static boolean tridiagonalQl(double[] d, double[] e, int n) {
        for (int i = 1; i < n; i++) e[i - 1] = e[i];
        e[n - 1] = 0;
        for (int l = 0; l < n; l++) {
            int iter = 0, m;
            do {
                for (m = l; m < n - 1; m++) {
                    double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) <= EPS * dd) break;
                }
                if (m != l) {
                    if (iter++ == 30) return false;
                    double g = (d[l + 1] - d[l]) / (2 * e[l]);
                    double r = Math.sqrt(g * g + 1);
                    g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
                    double s = 1, c = 1, p = 0;
                    int i;
                    for (i = m - 1; i >= l; i--) {
                        double f = s * e[i], b = c * e[i];
                        r = Math.sqrt(f * f + g * g);
                        e[i + 1] = r;
                        if (r == 0) {
                            d[i + 1] -= p;
                            e[m] = 0;
                            break;
                        }
                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                    }
                    if (r == 0 && i >= l) continue;
                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            } while (m != l);
        }
        return true;
    }

    /** Cyclic Jacobi rotations; returns the number of sweeps made. */
    static int jacobi(double[] a, int n, double[] out) {
        double norm = 0;
        for (int k = 0; k < n * n; k++) norm += a[k] * a[k];
        int sweep = 0;
        for (; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
            if (off <= 1e-32 * norm) break; // off-diagonal below 1e-16 of the norm: eigenvalues exact to ~1e-32
            double negligible = 1e-18 * Math.sqrt(norm);
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p * n + q];
                    if (Math.abs(apq) <= negligible) { // rounding noise: dropping it moves eigenvalues by ~1e-36
                        a[p * n + q] = a[q * n + p] = 0;
                        continue;
                    }
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.abs(theta) > 1e150 ? 0.5 / theta
                        : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++) { // columns p and q
                        double akp = a[k * n + p], akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) { // rows p and q
                        double apk = a[p * n + k], aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                }
        }
        for (int k = 0; k < n; k++) out[k] = a[k * n + k];
        return sweep;
    }
}
