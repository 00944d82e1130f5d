package org.gliomaradiomics.numerics;

/**
 * 2D complex DFT in place on an mu x mv grid (u fastest), by {@link Fft} along rows and then along all columns at
 * once (columns are interleaved lines, batch mu). Used for large non-separable kernels (Gabor). One instance per
 * thread: it holds its scratch.
 */
public final class Fft2d {
    public final int mu, mv;
    private final Fft rows, cols;
    private final double[] workRe, workIm;

    public Fft2d(int mu, int mv) {
        this.mu = mu;
        this.mv = mv;
        rows = new Fft(mu);
        cols = mv == mu ? rows : new Fft(mv);
        workRe = new double[mu * mv];
        workIm = new double[mu * mv];
    }

    /** Forward transform in place; rows at or after {@code nonZeroRows} must be zero (their row pass is skipped). */
    public void forward(double[] re, double[] im, int nonZeroRows) {
        for (int v = 0; v < nonZeroRows; v++) rows.transform(re, im, v * mu, 1, workRe, workIm);
        cols.transform(re, im, 0, mu, workRe, workIm);
    }

    /**
     * Inverse transform (scaled by 1/(mu mv)) in place, as conj(F(conj X)) / N, exact only in rows [fromRow, toRow),
     * which is all the caller reads: the row pass of the other rows is skipped.
     */
    public void inverse(double[] re, double[] im, int fromRow, int toRow) {
        for (int i = 0; i < im.length; i++) im[i] = -im[i];
        cols.transform(re, im, 0, mu, workRe, workIm);
        double scale = 1.0 / ((double) mu * mv);
        for (int v = fromRow; v < toRow; v++) {
            rows.transform(re, im, v * mu, 1, workRe, workIm);
            for (int i = v * mu; i < (v + 1) * mu; i++) {
                re[i] *= scale;
                im[i] *= -scale;
            }
        }
    }
}
