package org.gliomaradiomics.numerics;

/**
 * Cubic B-spline interpolation (Unser 1999, Thévenaz et al. 2000), written by hand: ImgLib2 core has no B-spline
 * and nothing on Maven Central reproduces ITK's or SciPy's numbers. The one recursive prefilter (pole
 * z = sqrt(3) - 2, whole-sample mirror boundary, {@link BorderExtension#MIRROR_SINGLE}) turns samples into the
 * coefficients of the spline that passes through them; {@link VoxelSampler} evaluates it with these weights.
 *
 * <p>The three {@link Variant}s (this project's, ITK's, SciPy's) compute the same spline and differ only in
 * rounding (last bits), which the reference tests of each caller pin: how the gain is applied, where the causal
 * initial sum is truncated, how the anti-causal start is grouped, the order of the axis passes, and how the basis
 * weights are evaluated ({@link #weights(double, double[], int, Variant)}). Each line is filtered by one task, so
 * the coefficients do not depend on the thread count.
 */
public final class CubicBSpline {
    private static final double POLE = Math.sqrt(3) - 2;
    /** The literal SciPy's ni_splines.c uses (one ulp from {@link #POLE}). */
    private static final double SCIPY_POLE = -0.267949192431122706472553658494127633;
    /** ITK's tolerance of the truncated causal sum: it stops after ceil(log 1e-10 / log |z|) = 18 terms. */
    private static final int ITK_HORIZON = (int) Math.ceil(Math.log(1e-10) / Math.log(Math.abs(POLE)));

    /** The implementations whose rounding the prefilter, the weights and {@link VoxelSampler} reproduce. */
    public enum Variant {
        /** This project's (IBSI resampling, registration): gain exactly 6; the causal sum truncated after 30 terms
         * on lines of 30 samples or more, exact below; axes x, y, z. */
        MIRROR,
        /** ITK's BSplineDecompositionImageFilter: gain (1 - z)(1 - 1/z); causal sum truncated after 18 terms
         * (tolerance 1e-10) on longer lines, exact otherwise; axes x, y, z. */
        ITK,
        /** SciPy's ndimage spline_filter (order 3, mirror): its literal pole; exact causal sum; axes in numpy
         * order 0, 1, 2, that is z, y, x. */
        SCIPY
    }

    private CubicBSpline() {}

    /** Interpolation coefficients of a volume (x fastest); lines of one sample are left as they are. */
    public static double[] coefficients(double[] values, int nx, int ny, int nz, Variant variant) {
        double[] c = values.clone();
        int[] n = {nx, ny, nz};
        for (int pass = 0; pass < 3; pass++) {
            int axis = variant == Variant.SCIPY ? 2 - pass : pass;
            if (n[axis] < 2) continue;
            Lines.along(c, c, n, axis, (line, out) -> {
                System.arraycopy(line, 0, out, 0, line.length);
                prefilter(out, variant);
            });
        }
        return c;
    }

    /** Turns one line of samples (length &gt;= 2) into spline coefficients in place: gain, causal and anti-causal
     * recursions. */
    public static void prefilter(double[] c, Variant variant) {
        int n = c.length;
        double z = variant == Variant.SCIPY ? SCIPY_POLE : POLE;
        double gain = variant == Variant.MIRROR ? 6 : (1 - z) * (1 - 1 / z);
        for (int k = 0; k < n; k++) c[k] *= gain;
        c[0] = switch (variant) {
            case MIRROR -> n >= 30 ? truncatedCausalStart(c, z, 30) : exactCausalStart(c, z, false);
            case ITK -> ITK_HORIZON < n ? truncatedCausalStart(c, z, ITK_HORIZON) : exactCausalStart(c, z, true);
            case SCIPY -> scipyCausalStart(c, z);
        };
        for (int k = 1; k < n; k++) c[k] += z * c[k - 1];
        c[n - 1] = variant == Variant.SCIPY
            ? (z * c[n - 2] + c[n - 1]) * z / (z * z - 1)
            : z / (z * z - 1) * (c[n - 1] + z * c[n - 2]);
        for (int k = n - 2; k >= 0; k--) c[k] = z * (c[k + 1] - c[k]);
    }

    /** sum_k z^k c[k] over the first {@code terms} samples (the mirrored tail is below double precision). */
    private static double truncatedCausalStart(double[] c, double z, int terms) {
        double sum = c[0], zk = z;
        for (int k = 1; k < terms; k++) {
            sum += zk * c[k];
            zk *= z;
        }
        return sum;
    }

    /**
     * The exact causal start over the whole-sample mirrored line (Unser's formula); {@code itk} rounds as ITK's
     * SetInitialCausalCoefficient (z^(2n-3) grouped as z^(n-1) (z^(n-1) / z), z^(n-1) in the denominator
     * from the running product rather than pow).
     */
    private static double exactCausalStart(double[] c, double z, boolean itk) {
        int n = c.length;
        double zn = Math.pow(z, n - 1), iz = 1 / z, z2n = itk ? zn * (zn * iz) : zn * zn * iz;
        double sum = c[0] + zn * c[n - 1], zk = z;
        for (int k = 1; k < n - 1; k++) {
            sum += (zk + z2n) * c[k];
            zk *= z;
            z2n *= iz;
        }
        return sum / (1 - (itk ? zk * zk : zn * zn));
    }

    /** The same sum, rounded as SciPy's _init_causal_mirror. */
    private static double scipyCausalStart(double[] c, double z) {
        int n = c.length;
        double zi = z, zn1 = Math.pow(z, n - 1);
        double c0 = c[0] + zn1 * c[n - 1];
        for (int i = 1; i < n - 1; ++i) {
            c0 += zi * (c[i] + zn1 * c[n - 1 - i]);
            zi *= z;
        }
        return c0 / (1 - zn1 * zn1);
    }

    /** The four basis weights at fractional position {@code t} in [0, 1], for nodes -1, 0, 1, 2, as {@code variant}
     * evaluates them (ITK's BSplineKernelFunction order, SciPy's get_spline_interpolation_weights). */
    public static void weights(double t, double[] w, int offset, Variant variant) {
        switch (variant) {
            case ITK -> {
                double w3 = (1.0 / 6.0) * t * t * t, w0 = (1.0 / 6.0) + 0.5 * t * (t - 1.0) - w3, w2 = t + w0 - 2.0 * w3;
                w[offset] = w0;
                w[offset + 1] = 1.0 - w0 - w2 - w3;
                w[offset + 2] = w2;
                w[offset + 3] = w3;
            }
            case SCIPY -> {
                double z = 1.0 - t;
                double w0 = z * z * z / 6.0, w1 = (t * t * (t - 2.0) * 3.0 + 4.0) / 6.0, w2 = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
                w[offset] = w0;
                w[offset + 1] = w1;
                w[offset + 2] = w2;
                w[offset + 3] = 1.0 - w0 - w1 - w2;
            }
            default -> weights(t, w, offset);
        }
    }

    /** The four basis weights at fractional position {@code t} in [0, 1], for nodes -1, 0, 1, 2 (this project's rounding). */
    public static void weights(double t, double[] w, int offset) {
        double s = 1 - t, t2 = t * t, t3 = t2 * t;
        w[offset] = s * s * s / 6;
        w[offset + 1] = (3 * t3 - 6 * t2 + 4) / 6;
        w[offset + 2] = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6;
        w[offset + 3] = t3 / 6;
    }

    /** The centred cubic B-spline kernel B3(x). */
    public static double kernel(double x) {
        double a = Math.abs(x);
        if (a < 1) return (4 - 6 * a * a + 3 * a * a * a) / 6;
        if (a < 2) {
            double b = 2 - a;
            return b * b * b / 6;
        }
        return 0;
    }
}
