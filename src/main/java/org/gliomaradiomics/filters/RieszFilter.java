package org.gliomaradiomics.filters;

import java.util.Arrays;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;

/**
 * IBSI 2 Riesz transform of order L = (l1, l2[, l3]): the Fourier multiplier
 * (-i)^|L| sqrt(|L|! / (l1! l2! l3!)) prod_a w_a^l_a / ||w||^|L|, applied to the image alone or on top of a
 * Fourier-defined filter (LoG, Simoncelli), whose transfer function it multiplies, so that the combined kernel is
 * applied once to the padded image. w is in radians per millimetre (w_a / spacing_a), so directions are physical
 * ones; for isotropic voxels this is the same as the voxel grid (the multiplier is homogeneous of degree 0). At
 * w = 0 the multiplier is 0 for |L| &gt; 0; order (0, 0, 0) is the identity. For a real image and a real, even base
 * filter the response is real (the multiplier is Hermitian); the real part is returned. The orders of a given |L|
 * form a tight frame: sum over |L| = N of the squared multipliers is 1 (multinomial theorem). Rotation-invariant
 * (steered) Riesz is not implemented. Padding as {@link SpectralConvolution}: the image's own grid with periodic
 * padding, otherwise the base filter's margin and at least min(ceil(n / 2), 32) voxels (the Riesz kernel decays as
 * a power law).
 */
public final class RieszFilter implements ImageFilter, FrequencyResponse {
    private final int[] order;
    private final int totalOrder;
    private final double norm;
    private final FrequencyResponse base; // null: the image itself
    private final Dimensionality dimensionality;
    private final Padding padding;

    /** Riesz transform of the image alone. */
    public RieszFilter(int[] order, Dimensionality dimensionality, Padding padding) {
        this(order, null, dimensionality, padding);
    }

    /** Riesz transform of a Fourier-defined filter's response (its dimensionality and padding are used). */
    RieszFilter(int[] order, FrequencyResponse base) {
        this(order, base, base.dimensionality(), base.padding());
    }

    private RieszFilter(int[] order, FrequencyResponse base, Dimensionality dimensionality, Padding padding) {
        if (order.length != dimensionality.axes)
            throw new IllegalArgumentException("riesz_order " + Arrays.toString(order) + " must have " + dimensionality.axes
                + " entries for a " + dimensionality + " filter");
        int sum = 0;
        double denominator = 1;
        for (int l : order) {
            if (l < 0 || l > 10) throw new IllegalArgumentException("riesz_order " + Arrays.toString(order) + " must have entries 0 to 10");
            sum += l;
            denominator *= factorial(l);
        }
        this.order = order.clone();
        this.totalOrder = sum;
        this.norm = Math.sqrt(factorial(sum) / denominator);
        this.base = base;
        this.dimensionality = dimensionality;
        this.padding = padding;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        return SpectralConvolution.apply(in, this, totalOrder, progress);
    }

    @Override
    public Dimensionality dimensionality() {
        return dimensionality;
    }

    @Override
    public Padding padding() {
        return padding;
    }

    @Override
    public int margin(Volume in, int axis) {
        int own = SimoncelliFilter.marginFor(ResponseMaps.dims(in)[axis], SimoncelliFilter.BASE_MARGIN);
        return base == null ? own : Math.max(own, base.margin(in, axis));
    }

    /**
     * The real factor of the multiplier, sqrt(|L|! / prod l_a!) prod_a w_a^l_a / ||w||^|L|, for w in any unit
     * (wz ignored in 2D).
     */
    double realFactor(double wx, double wy, double wz) {
        if (totalOrder == 0) return 1;
        if (order.length == 2) wz = 0;
        double r2 = wx * wx + wy * wy + wz * wz;
        if (r2 == 0) return 0;
        double num = norm * power(wx, order[0]) * power(wy, order[1]) * (order.length == 3 ? power(wz, order[2]) : 1);
        return num / power(Math.sqrt(r2), totalOrder);
    }

    private static double power(double v, int e) {
        double p = 1;
        for (int i = 0; i < e; i++) p *= v;
        return p;
    }

    @Override
    public Sampled sample(Volume in, int[] m) {
        int axes = dimensionality.axes;
        double[][] w = new double[axes][];
        for (int a = 0; a < axes; a++) {
            w[a] = new double[m[a]];
            for (int k = 0; k < m[a]; k++) w[a][k] = FrequencyResponse.omega(k, m[a]) / in.geometry().spacing(a);
        }
        Sampled b = base == null ? (kx, ky, kz) -> 1 : base.sample(in, m);
        return (kx, ky, kz) -> {
            double g = b.at(kx, ky, kz);
            return g == 0 ? 0 : g * realFactor(w[0][kx], w[1][ky], axes == 3 ? w[2][kz] : 0);
        };
    }

    @Override
    public String toString() {
        return "Riesz " + Arrays.toString(order) + (base == null ? "" : " of " + base) + " " + dimensionality + " " + padding;
    }
}
