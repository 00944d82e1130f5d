package org.gliomaradiomics.numerics;

import org.gliomaradiomics.image.ArrayPool;
import org.gliomaradiomics.parallel.Parallel;

/**
 * Forward 3D DFT of real fields that are zero outside a box bx x by x bz at the origin of an lx x ly x lz grid.
 * A real field's spectrum is Hermitian, F(-k) = conj F(k), so only the half kx = 0..lx/2 is computed: the x pass
 * transforms two real rows at once as one complex row (a + i b) and separates them. Rows and planes known to be
 * zero are skipped. The passes run x, then z and y one kx at a time, fused with the caller's reduction
 * ({@link #reducePlanes}): after the x pass (by bz values per kx and field) each kx's plane of every field is
 * transformed along z and y in a few hundred kB that stay in cache, handed to the reducer and dropped, so the full
 * 3D spectrum is never stored and the large arrays are read once (on this project's 2-core VM the earlier order,
 * x and y over the whole box then z, held 28 MB for the bench region and ran 1.5 times slower when another process
 * shared the memory). Lines are transformed in batches (see {@link Fft}). Planes run in parallel; each is computed
 * the same way whichever thread runs it and results are returned in kx order, so the bits do not depend on the
 * thread count.
 */
public final class RealFft3d {
    /** Lines per chunk of the x pass. Not a power of two: with 64, a stage's p input streams (stride CHUNK L / p
     * doubles) fall on the same L1 cache sets for power-of-two L and the transform runs 1.4-2.3 times slower
     * (measured). */
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

    /** Reduces the spectra of every field on the plane kx: value (ky, kz) of field f is re[f][kz + lz ky],
     * im[f][kz + lz ky]. */
    public interface PlaneReducer {
        double[] reduce(int kx, double[][] re, double[][] im);
    }

    /**
     * Transforms the fields and hands every plane kx = 0..lx/2 of their spectra to the reducer.
     * @param fields real fields indexed x + bx (y + by z)
     * @return the reducer's results, in kx order
     */
    public double[][] reducePlanes(double[][] fields, int bx, int by, int bz, PlaneReducer reducer) {
        int nf = fields.length, perKx = by * bz, plane = ly * lz;
        double[][][] x = transformX(fields, bx, by, bz);
        double[][] results = new double[hw][];
        Parallel.forEach(hw, kx -> {
            // 2 nf planes, the transforms' two work arrays, and the z pass's {re, im} in its own order
            double[][] s = FftScratch.get(2 * nf + 4, plane);
            double[][] re = new double[nf][], im = new double[nf][];
            double[] zr = s[2 * nf + 2], zi = s[2 * nf + 3];
            for (int f = 0; f < nf; f++) {
                re[f] = s[2 * f];
                im[f] = s[2 * f + 1];
                // z: the by lines of this kx, element z of line y at y + by z, zero from z = bz on
                System.arraycopy(x[f][0], perKx * kx, zr, 0, perKx);
                System.arraycopy(x[f][1], perKx * kx, zi, 0, perKx);
                java.util.Arrays.fill(zr, perKx, by * lz, 0);
                java.util.Arrays.fill(zi, perKx, by * lz, 0);
                fz.transform(zr, zi, 0, by, s[2 * nf], s[2 * nf + 1], bz);
                // y: the lz lines, element y of line kz at kz + lz y, zero from y = by on
                for (int y = 0; y < by; y++)
                    for (int kz = 0; kz < lz; kz++) {
                        re[f][kz + lz * y] = zr[y + by * kz];
                        im[f][kz + lz * y] = zi[y + by * kz];
                    }
                java.util.Arrays.fill(re[f], lz * by, plane, 0);
                java.util.Arrays.fill(im[f], lz * by, plane, 0);
                fy.transform(re[f], im[f], 0, lz, s[2 * nf], s[2 * nf + 1], by);
            }
            results[kx] = reducer.reduce(kx, re, im);
        });
        for (double[][] field : x) ArrayPool.release((Object[]) field);
        return results;
    }

    /** x pass: per field {re, im} indexed y + by (z + bz kx), in arrays borrowed from {@link ArrayPool}, every
     * element of which is written. */
    private double[][][] transformX(double[][] fields, int bx, int by, int bz) {
        int rowsPerField = by * bz, rows = fields.length * rowsPerField, pairs = (rows + 1) / 2;
        double[][][] out = new double[fields.length][2][];
        for (double[][] field : out) for (int part = 0; part < 2; part++) field[part] = ArrayPool.doubles(hw * rowsPerField);
        parallelChunks(pairs, (p0, c) -> rowPairs(fields, out, bx, rows, rowsPerField, p0, c));
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
     * A(k) = (Z(k) + conj Z(-k)) / 2 and B(k) = (Z(k) - conj Z(-k)) / 2i. Stored k by k: consecutive rows of a
     * field are adjacent in the output.
     */
    private void rowPairs(double[][] fields, double[][][] out, int bx, int rows, int rowsPerField, int p0, int c) {
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
        // Each row's field and place, worked out once per row rather than by a division per output value.
        double[][][] fieldA = new double[c][][], fieldB = new double[c][][];
        int[] rowA = new int[c], rowB = new int[c];
        for (int t = 0; t < c; t++) {
            int g = 2 * (p0 + t);
            fieldA[t] = out[g / rowsPerField];
            rowA[t] = g % rowsPerField;
            if (g + 1 < rows) {
                fieldB[t] = out[(g + 1) / rowsPerField];
                rowB[t] = (g + 1) % rowsPerField;
            }
        }
        for (int k = 0; k < hw; k++) {
            int kOffset = rowsPerField * k, mirror = c * ((lx - k) % lx);
            for (int t = 0; t < c; t++) {
                int f = t + c * k, n = t + mirror;
                double[][] a = fieldA[t], b = fieldB[t];
                int at = kOffset + rowA[t];
                a[0][at] = (bufRe[f] + bufRe[n]) / 2;
                a[1][at] = (bufIm[f] - bufIm[n]) / 2;
                if (b != null) {
                    int bt = kOffset + rowB[t];
                    b[0][bt] = (bufIm[f] + bufIm[n]) / 2;
                    b[1][bt] = (bufRe[n] - bufRe[f]) / 2;
                }
            }
        }
    }

    private static void gatherRow(double[][] fields, int bx, int rowsPerField, int g, double[] buf, int c, int t) {
        double[] field = fields[g / rowsPerField];
        int src = bx * (g % rowsPerField);
        for (int k = 0; k < bx; k++) buf[t + c * k] = field[src + k];
    }
}
