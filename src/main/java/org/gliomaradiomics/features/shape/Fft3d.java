package org.gliomaradiomics.features.shape;

/**
 * In-place complex forward 3D DFT on arrays indexed x + lx (y + ly z), one axis after the other. Lines known to
 * be zero (y &gt;= usedY or z &gt;= usedZ) are skipped in the x and y passes. Lines along each axis are transformed in
 * chunks of {@value #CHUNK} adjacent lines copied (x rows: transposed) into small buffers, so that every Stockham stage (see {@link
 * Fft}) works in cache instead of streaming the whole volume through memory once per stage.
 */
final class Fft3d {
    private static final int CHUNK = 64;
    private final int lx, ly, lz;
    private final Fft fx, fy, fz;
    private final double[] bufRe, bufIm, workRe, workIm;

    Fft3d(int lx, int ly, int lz) {
        this.lx = lx;
        this.ly = ly;
        this.lz = lz;
        fx = new Fft(lx);
        fy = ly == lx ? fx : new Fft(ly);
        fz = lz == lx ? fx : lz == ly ? fy : new Fft(lz);
        int max = CHUNK * Math.max(lx, Math.max(ly, lz));
        bufRe = new double[max];
        bufIm = new double[max];
        workRe = new double[max];
        workIm = new double[max];
    }

    /** @param usedY, usedZ the data is zero for y &gt;= usedY or z &gt;= usedZ */
    void transform(double[] re, double[] im, int usedY, int usedZ) {
        for (int z = 0; z < usedZ; z++)
            for (int y0 = 0; y0 < usedY; y0 += CHUNK) rows(re, im, lx * (y0 + ly * z), Math.min(CHUNK, usedY - y0));
        for (int z = 0; z < usedZ; z++) chunked(re, im, lx * ly * z, lx, fy);
        chunked(re, im, 0, lx * ly, fz);
    }

    /** Transforms c consecutive x rows starting at offset, transposed into a batch so the stages run over
     * contiguous memory. */
    private void rows(double[] re, double[] im, int offset, int c) {
        for (int t = 0; t < c; t++) {
            int row = offset + lx * t;
            for (int k = 0; k < lx; k++) {
                bufRe[c * k + t] = re[row + k];
                bufIm[c * k + t] = im[row + k];
            }
        }
        fx.transform(bufRe, bufIm, 0, c, workRe, workIm);
        for (int t = 0; t < c; t++) {
            int row = offset + lx * t;
            for (int k = 0; k < lx; k++) {
                re[row + k] = bufRe[c * k + t];
                im[row + k] = bufIm[c * k + t];
            }
        }
    }

    /** Transforms the {@code batch} interleaved lines at offset (element k of line t at offset + t + batch k). */
    private void chunked(double[] re, double[] im, int offset, int batch, Fft fft) {
        int n = fft.length();
        for (int t0 = 0; t0 < batch; t0 += CHUNK) {
            int c = Math.min(CHUNK, batch - t0);
            for (int k = 0; k < n; k++) {
                System.arraycopy(re, offset + t0 + batch * k, bufRe, c * k, c);
                System.arraycopy(im, offset + t0 + batch * k, bufIm, c * k, c);
            }
            fft.transform(bufRe, bufIm, 0, c, workRe, workIm);
            for (int k = 0; k < n; k++) {
                System.arraycopy(bufRe, c * k, re, offset + t0 + batch * k, c);
                System.arraycopy(bufIm, c * k, im, offset + t0 + batch * k, c);
            }
        }
    }
}
