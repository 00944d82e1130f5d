package org.gliomaradiomics.numerics;

import org.gliomaradiomics.image.ArrayPool;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Forward 3D DFT of real fields that are zero outside a box bx x by x bz at the origin of an lx x ly x lz grid.
 * A real field's spectrum is Hermitian, F(-k) = conj F(k), so only the half kx = 0..lx/2 is computed: the x pass
 * transforms two real rows at once as one complex row (a + i b) and separates them, and the y and z passes run on
 * half as many columns. Rows and planes known to be zero are skipped. The z pass is fused with the caller's
 * reduction ({@link #reduceColumns}), so the full 3D spectrum is never stored: after the x and y passes only the
 * bz non-zero planes are held. Lines are transformed in chunks of {@value #CHUNK} copied into small buffers so every
 * Stockham stage (see {@link Fft}) works in cache. Chunks run in parallel; each line is computed the same way
 * whichever thread runs it and chunk results are returned in chunk order, so the bits do not depend on the thread
 * count.
 */
public final class RealFft3d {
    /** Lines per chunk. Not a power of two: with 64, a stage's p input streams (stride CHUNK L / p doubles) fall
     * on the same L1 cache sets for power-of-two L and the transform runs 1.4-2.3 times slower (measured). */
    public static final int CHUNK = 60;
    private final int lx, ly, lz, hw;
    private final Fft fx, fy, fz;

    public RealFft3d(int lx, int ly, int lz) {
        this.lx = lx;
        this.ly = ly;
        this.lz = lz;
        hw = lx / 2 + 1;
        fx = new Fft(lx);
        fy = ly == lx ? fx : new Fft(ly);
        fz = lz == lx ? fx : lz == ly ? fy : new Fft(lz);
    }

    /** Number of kx values kept: lx / 2 + 1. */
    public int halfWidth() {
        return hw;
    }

    /** Reduces the z-transformed columns t0..t0+c-1 (column = kx + halfWidth() ky) of every field: value kz of
     * column t0 + t of field f is re[f][t + c kz], im[f][t + c kz]. */
    public interface ColumnReducer {
        double[] reduce(int t0, int c, double[][] re, double[][] im);
    }

    /**
     * Transforms the fields and hands every chunk of spectrum columns to the reducer.
     * @param fields real fields indexed x + bx (y + by z)
     * @return the reducer's results, in column-chunk order
     */
    public double[][] reduceColumns(double[][] fields, int bx, int by, int bz, ColumnReducer reducer) {
        int nf = fields.length;
        double[][][] xy = transformXY(fields, bx, by, bz);
        int columns = hw * ly, chunks = (columns + CHUNK - 1) / CHUNK;
        double[][] results = new double[chunks][];
        Parallel.forEach(chunks, k -> {
            int t0 = k * CHUNK, c = Math.min(CHUNK, columns - t0);
            double[][] s = FftScratch.get(2 * nf + 2, CHUNK * Math.max(lx, Math.max(ly, lz)));
            double[][] re = new double[nf][], im = new double[nf][];
            for (int f = 0; f < nf; f++) {
                re[f] = s[2 * f];
                im[f] = s[2 * f + 1];
                for (int z = 0; z < bz; z++) {
                    System.arraycopy(xy[f][0], t0 + columns * z, re[f], c * z, c);
                    System.arraycopy(xy[f][1], t0 + columns * z, im[f], c * z, c);
                }
                java.util.Arrays.fill(re[f], c * bz, c * lz, 0);
                java.util.Arrays.fill(im[f], c * bz, c * lz, 0);
                fz.transform(re[f], im[f], 0, c, s[2 * nf], s[2 * nf + 1], bz);
            }
            results[k] = reducer.reduce(t0, c, re, im);
        });
        for (double[][] field : xy) ArrayPool.release((Object[]) field);
        return results;
    }

    /** x and y passes: per field {re, im} indexed kx + hw (ky + ly z), z &lt; bz, in arrays borrowed from
     * {@link ArrayPool}: the x pass writes the rows y &lt; by and the y pass reads only those, so no element of a
     * reused array is read before it is written. */
    private double[][][] transformXY(double[][] fields, int bx, int by, int bz) {
        int rowsPerField = by * bz, rows = fields.length * rowsPerField, pairs = (rows + 1) / 2;
        double[][][] out = new double[fields.length][2][];
        for (double[][] field : out) for (int part = 0; part < 2; part++) field[part] = ArrayPool.doubles(hw * ly * bz);
        parallelChunks(pairs, (p0, c) -> rowPairs(fields, out, bx, by, rows, rowsPerField, p0, c));
        int chunksPerPlane = (hw + CHUNK - 1) / CHUNK;
        Parallel.forEach(fields.length * bz * chunksPerPlane, task -> {
            int f = task / (bz * chunksPerPlane), z = task / chunksPerPlane % bz, t0 = task % chunksPerPlane * CHUNK;
            lines(out[f][0], out[f][1], hw * ly * z, hw, t0, Math.min(CHUNK, hw - t0), fy, by);
        });
        return out;
    }

    public interface ChunkTask {
        void run(int first, int count);
    }

    /** Runs task over [0, n) in chunks of CHUNK items, in parallel. */
    public static void parallelChunks(int n, ChunkTask task) {
        Parallel.forEach((n + CHUNK - 1) / CHUNK, k -> task.run(k * CHUNK, Math.min(CHUNK, n - k * CHUNK)));
    }

    private double[][] scratch() {
        return FftScratch.get(4, CHUNK * Math.max(lx, Math.max(ly, lz)));
    }

    /**
     * x pass for row pairs p0..p0+c-1: pair p carries global rows 2p (real part) and 2p + 1 (imaginary part); global
     * row g is row g % rowsPerField (= y + by z) of field g / rowsPerField. The transforms of the two real rows are
     * A(k) = (Z(k) + conj Z(-k)) / 2 and B(k) = (Z(k) - conj Z(-k)) / 2i.
     */
    private void rowPairs(double[][] fields, double[][][] out, int bx, int by, int rows, int rowsPerField, int p0, int c) {
        double[][] s = scratch();
        double[] bufRe = s[0], bufIm = s[1];
        java.util.Arrays.fill(bufRe, 0, c * lx, 0);
        java.util.Arrays.fill(bufIm, 0, c * lx, 0);
        for (int t = 0; t < c; t++) {
            int g = 2 * (p0 + t);
            gatherRow(fields, bx, rowsPerField, g, bufRe, c, t);
            if (g + 1 < rows) gatherRow(fields, bx, rowsPerField, g + 1, bufIm, c, t);
        }
        fx.transform(bufRe, bufIm, 0, c, s[2], s[3], bx);
        for (int t = 0; t < c; t++) {
            int g = 2 * (p0 + t);
            double[][] a = out[g / rowsPerField];
            int rowA = outRow(g % rowsPerField, by);
            double[][] b = g + 1 < rows ? out[(g + 1) / rowsPerField] : null;
            int rowB = g + 1 < rows ? outRow((g + 1) % rowsPerField, by) : 0;
            for (int k = 0; k < hw; k++) {
                int f = t + c * k, n = t + c * ((lx - k) % lx);
                a[0][rowA + k] = (bufRe[f] + bufRe[n]) / 2;
                a[1][rowA + k] = (bufIm[f] - bufIm[n]) / 2;
                if (b != null) {
                    b[0][rowB + k] = (bufIm[f] + bufIm[n]) / 2;
                    b[1][rowB + k] = (bufRe[n] - bufRe[f]) / 2;
                }
            }
        }
    }

    private static void gatherRow(double[][] fields, int bx, int rowsPerField, int g, double[] buf, int c, int t) {
        double[] field = fields[g / rowsPerField];
        int src = bx * (g % rowsPerField);
        for (int k = 0; k < bx; k++) buf[t + c * k] = field[src + k];
    }

    /** Offset of the output row of box row r = y + by z. */
    private int outRow(int r, int by) {
        return hw * (r % by + ly * (r / by));
    }

    /** Transforms in place the lines t0..t0+c-1 of a set of {@code batch} interleaved lines at offset (element k of
     * line t at offset + t + batch k), whose elements from nonZero on are taken as zero (they are not read). */
    private void lines(double[] re, double[] im, int offset, int batch, int t0, int c, Fft fft, int nonZero) {
        double[][] s = scratch();
        double[] bufRe = s[0], bufIm = s[1];
        int n = fft.length();
        for (int k = 0; k < nonZero; k++) {
            System.arraycopy(re, offset + t0 + batch * k, bufRe, c * k, c);
            System.arraycopy(im, offset + t0 + batch * k, bufIm, c * k, c);
        }
        java.util.Arrays.fill(bufRe, c * nonZero, c * n, 0);
        java.util.Arrays.fill(bufIm, c * nonZero, c * n, 0);
        fft.transform(bufRe, bufIm, 0, c, s[2], s[3], nonZero);
        for (int k = 0; k < n; k++) {
            System.arraycopy(bufRe, c * k, re, offset + t0 + batch * k, c);
            System.arraycopy(bufIm, c * k, im, offset + t0 + batch * k, c);
        }
    }
}
