package org.gliomaradiomics.features.voxel;

/**
 * Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations, written by hand because MCC needs them for
 * every kernel and direction (over a million tiny matrices for a 90,000-voxel ROI) and commons-math's
 * EigenDecomposition also builds eigenvectors and allocates several objects per call. Jacobi is accurate to a few
 * ulps of the matrix norm.
 */
final class SmallSymmetricEigenvalues {
    private SmallSymmetricEigenvalues() {}

    /**
     * Eigenvalues (unsorted) of the symmetric n x n row-major matrix {@code a}, which is overwritten, into
     * {@code out[0 .. n)}; returns the number of sweeps made.
     */
    static int of(double[] a, int n, double[] out) {
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
