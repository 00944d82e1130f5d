package org.gliomaradiomics.features.pyradiomics;

import org.gliomaradiomics.numerics.Lines;

/**
 * The recursive (IIR) Gaussian of ITK's RecursiveGaussianImageFilter, which SimpleITK's
 * LaplacianRecursiveGaussianImageFilter (PyRadiomics' LoG) is built from: Deriche's fourth-order approximation
 * (Deriche 1993, with the constants ITK uses), a causal and an anti-causal pass per line, each started as if the
 * edge value continued to infinity. Order 0 has unit DC gain; order 2 is normalised to respond 2 to x² (voxel
 * units) and multiplied by σ² (mm) when normalised across scale. Written here from the published recursion.
 */
final class RecursiveGaussian {
    // Deriche's constants: (a, b) pairs of the two exponential terms for orders 0 and 2, frequencies w and decays l
    private static final double W1 = 0.6681, L1 = -1.3932, W2 = 2.0787, L2 = -1.3732;
    private static final double[] A1 = {1.3530, -0.6724, -1.3563}, B1 = {1.8151, -3.4327, 5.2318};
    private static final double[] A2 = {-0.3531, 0.6724, 0.3446}, B2 = {0.0902, 0.6100, -2.2355};

    /** Causal (n), anti-causal (m), feedback (d) and edge (bn, bm) coefficients, index 1..4 (n from 0). */
    final double[] n = new double[4], m = new double[5], d = new double[5], bn = new double[5], bm = new double[5];

    /** Order 0 or 2 along an axis of the given spacing; sigma in mm; {@code normalizeAcrossScale} multiplies order 2 by σ². */
    RecursiveGaussian(double sigma, double spacing, int order, boolean normalizeAcrossScale) {
        double sd = sigma / spacing;
        double c1 = Math.cos(W1 / sd), c2 = Math.cos(W2 / sd), e1 = Math.exp(L1 / sd), e2 = Math.exp(L2 / sd);
        d[4] = e1 * e1 * e2 * e2;
        d[3] = -2 * c1 * e1 * e2 * e2 - 2 * c2 * e2 * e1 * e1;
        d[2] = 4 * c2 * c1 * e1 * e2 + e1 * e1 + e2 * e2;
        d[1] = -2 * (e2 * c2 + e1 * c1);
        double sumD = 1 + d[1] + d[2] + d[3] + d[4];
        double dD = d[1] + 2 * d[2] + 3 * d[3] + 4 * d[4];
        double eD = d[1] + 4 * d[2] + 9 * d[3] + 16 * d[4];
        double[] n0 = numerator(sd, 0);
        if (order == 0) {
            double alpha0 = 2 * moment(n0, 0) / sumD - n0[0];
            for (int i = 0; i < 4; i++) n[i] = n0[i] / alpha0;
        } else if (order == 2) {
            double[] n2 = numerator(sd, 2);
            double beta = -(2 * moment(n2, 0) - sumD * n2[0]) / (2 * moment(n0, 0) - sumD * n0[0]);
            for (int i = 0; i < 4; i++) n[i] = n2[i] + beta * n0[i];
            double sN = moment(n, 0), dN = moment(n, 1), eN = moment(n, 2);
            double alpha2 = (eN * sumD * sumD - eD * sN * sumD - 2 * dN * dD * sumD + 2 * dD * dD * sN) / (sumD * sumD * sumD);
            double scale = (normalizeAcrossScale ? sigma * sigma : 1) / alpha2;
            for (int i = 0; i < 4; i++) n[i] *= scale;
        } else {
            throw new IllegalArgumentException("recursive Gaussian order must be 0 or 2, got " + order);
        }
        // symmetric kernels: anti-causal taps mirror the causal ones
        m[1] = n[1] - d[1] * n[0];
        m[2] = n[2] - d[2] * n[0];
        m[3] = n[3] - d[3] * n[0];
        m[4] = -d[4] * n[0];
        double sN = n[0] + n[1] + n[2] + n[3], sM = m[1] + m[2] + m[3] + m[4];
        for (int i = 1; i <= 4; i++) {
            bn[i] = d[i] * sN / sumD;
            bm[i] = d[i] * sM / sumD;
        }
    }

    private static double[] numerator(double sd, int k) {
        double s1 = Math.sin(W1 / sd), s2 = Math.sin(W2 / sd), c1 = Math.cos(W1 / sd), c2 = Math.cos(W2 / sd);
        double e1 = Math.exp(L1 / sd), e2 = Math.exp(L2 / sd);
        double a1 = A1[k], b1 = B1[k], a2 = A2[k], b2 = B2[k];
        double[] out = new double[4];
        out[0] = a1 + a2;
        out[1] = e2 * (b2 * s2 - (a2 + 2 * a1) * c2) + e1 * (b1 * s1 - (a1 + 2 * a2) * c1);
        out[2] = 2 * e1 * e2 * ((a1 + a2) * c2 * c1 - (b1 * c2 * s1 + b2 * c1 * s2)) + a2 * e1 * e1 + a1 * e2 * e2;
        out[3] = e2 * e1 * e1 * (b2 * s2 - a2 * c2) + e1 * e2 * e2 * (b1 * s1 - a1 * c1);
        return out;
    }

    /** Moments of the taps c[i]: p = 0 the sum, 1 the sum of i c[i], 2 the sum of i² c[i]. */
    private static double moment(double[] c, int p) {
        double s = 0;
        for (int i = (p == 0 ? 0 : 1); i < 4; i++) s += c[i] * (p == 0 ? 1 : p == 1 ? i : i * i);
        return s;
    }

    /** Filters line {@code x} (length >= 4) into {@code y}; {@code z} is scratch of the same length. */
    void filterLine(double[] x, double[] y, double[] z) {
        int len = x.length;
        double v = x[0];
        y[0] = (n[0] + n[1] + n[2] + n[3]) * v - (bn[1] + bn[2] + bn[3] + bn[4]) * v;
        y[1] = n[0] * x[1] + (n[1] + n[2] + n[3]) * v - (d[1] * y[0] + (bn[2] + bn[3] + bn[4]) * v);
        y[2] = n[0] * x[2] + n[1] * x[1] + (n[2] + n[3]) * v - (d[1] * y[1] + d[2] * y[0] + (bn[3] + bn[4]) * v);
        y[3] = n[0] * x[3] + n[1] * x[2] + n[2] * x[1] + n[3] * v - (d[1] * y[2] + d[2] * y[1] + d[3] * y[0] + bn[4] * v);
        for (int i = 4; i < len; i++)
            y[i] = n[0] * x[i] + n[1] * x[i - 1] + n[2] * x[i - 2] + n[3] * x[i - 3]
                - (d[1] * y[i - 1] + d[2] * y[i - 2] + d[3] * y[i - 3] + d[4] * y[i - 4]);
        double w = x[len - 1];
        z[len - 1] = (m[1] + m[2] + m[3] + m[4]) * w - (bm[1] + bm[2] + bm[3] + bm[4]) * w;
        z[len - 2] = m[1] * x[len - 1] + (m[2] + m[3] + m[4]) * w - (d[1] * z[len - 1] + (bm[2] + bm[3] + bm[4]) * w);
        z[len - 3] = m[1] * x[len - 2] + m[2] * x[len - 1] + (m[3] + m[4]) * w - (d[1] * z[len - 2] + d[2] * z[len - 1] + (bm[3] + bm[4]) * w);
        z[len - 4] = m[1] * x[len - 3] + m[2] * x[len - 2] + m[3] * x[len - 1] + m[4] * w
            - (d[1] * z[len - 3] + d[2] * z[len - 2] + d[3] * z[len - 1] + bm[4] * w);
        for (int i = len - 4; i > 0; i--)
            z[i - 1] = m[1] * x[i] + m[2] * x[i + 1] + m[3] * x[i + 2] + m[4] * x[i + 3]
                - (d[1] * z[i] + d[2] * z[i + 1] + d[3] * z[i + 2] + d[4] * z[i + 3]);
        for (int i = 0; i < len; i++) y[i] += z[i];
    }

    /** Filters every line along {@code axis} (0 = x, 1 = y, 2 = z) of a flat x-fastest volume; returns a new array. */
    double[] along(double[] in, int[] dims, int axis) {
        int len = dims[axis];
        if (len < 4) throw new IllegalArgumentException("the recursive Gaussian needs at least 4 voxels along axis " + axis + ", got " + len);
        double[] out = new double[in.length];
        Lines.along(in, out, dims, axis, (x, y) -> filterLine(x, y, new double[len]));
        return out;
    }
}
