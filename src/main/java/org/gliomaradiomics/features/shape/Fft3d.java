package org.gliomaradiomics.features.shape;

/**
 * In-place complex forward 3D DFT on arrays indexed x + lx (y + ly z), one axis after the other. Lines that
 * are known to be zero (y &gt;= usedY or z &gt;= usedZ before the first passes) are skipped. Lines along y and z are
 * gathered in blocks of adjacent x so that each cache line read serves several lines.
 */
final class Fft3d {
    private static final int BLOCK = 16;
    private final int lx, ly, lz;
    private final Fft fx, fy, fz;

    Fft3d(int lx, int ly, int lz) {
        this.lx = lx;
        this.ly = ly;
        this.lz = lz;
        fx = new Fft(lx);
        fy = ly == lx ? fx : new Fft(ly);
        fz = lz == lx ? fx : lz == ly ? fy : new Fft(lz);
    }

    /** @param usedY, usedZ the data is zero for y &gt;= usedY or z &gt;= usedZ */
    void transform(double[] re, double[] im, int usedY, int usedZ) {
        double[] tr = new double[lx], ti = new double[lx];
        for (int z = 0; z < usedZ; z++)
            for (int y = 0; y < usedY; y++) {
                int off = lx * (y + ly * z);
                System.arraycopy(re, off, tr, 0, lx);
                System.arraycopy(im, off, ti, 0, lx);
                fx.transform(tr, ti);
                System.arraycopy(tr, 0, re, off, lx);
                System.arraycopy(ti, 0, im, off, lx);
            }
        for (int z = 0; z < usedZ; z++) lines(re, im, fy, ly, lx, lx * ly * z);
        for (int y = 0; y < ly; y++) lines(re, im, fz, lz, lx * ly, lx * y);
    }

    /** Transforms the lx lines starting at base + x (x &lt; lx), each of length n with element stride stride. */
    private void lines(double[] re, double[] im, Fft fft, int n, int stride, int base) {
        double[][] br = new double[BLOCK][n], bi = new double[BLOCK][n];
        for (int x0 = 0; x0 < lx; x0 += BLOCK) {
            int b = Math.min(BLOCK, lx - x0);
            for (int k = 0; k < n; k++) {
                int off = base + x0 + k * stride;
                for (int t = 0; t < b; t++) {
                    br[t][k] = re[off + t];
                    bi[t][k] = im[off + t];
                }
            }
            for (int t = 0; t < b; t++) fft.transform(br[t], bi[t]);
            for (int k = 0; k < n; k++) {
                int off = base + x0 + k * stride;
                for (int t = 0; t < b; t++) {
                    re[off + t] = br[t][k];
                    im[off + t] = bi[t][k];
                }
            }
        }
    }
}
