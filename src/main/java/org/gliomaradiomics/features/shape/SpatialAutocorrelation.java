package org.gliomaradiomics.features.shape;

import org.gliomaradiomics.image.ArrayPool;
import org.gliomaradiomics.numerics.Fft;
import org.gliomaradiomics.numerics.RealFft3d;

/**
 * Moran's I and Geary's C of the intensities in a mask, with weights 1 / (Euclidean distance in mm) over all
 * pairs of distinct mask voxels (IBSI N365, NPT7), computed exactly, not by subsampling.
 *
 * <p>Small masks are summed pair by pair. Large masks use the identity sum_ij K(p_i - p_j) a_i b_j =
 * (1/L) sum_f K^(f) conj(A^(f)) B^(f) on a zero-padded grid of at least 2n - 1 voxels per axis (so that circular
 * correlation equals linear correlation), with K(d) = 1/|d|, K(0) = 0. With m the mask, y = (x - mean) m and
 * q = y^2: sum w = S(m, m), Moran's numerator = S(y, y), Geary's numerator = 2 S(q, m) - 2 S(y, y). The three
 * real fields take half-spectrum real FFTs ({@link RealFft3d}); the kernel's spectrum is real and even and is
 * computed on one octant ({@link InverseDistanceSpectrum}). Rounding error is that of the FFT (about 1e-13
 * relative). Work is split into planes of the spectrum run in parallel and reduced in a fixed order, so the bits do not
 * depend on the thread count. Memory: the x-transformed fields, 6 (lx/2 + 1) by bz doubles (about 11 MB for a 61^3
 * box, 73 MB for 115^3), plus 10 ly lz doubles per thread.
 */
public final class SpatialAutocorrelation {
    /** Masks up to this many voxels are summed pair by pair. */
    public static final int DIRECT_LIMIT = 2000;

    private SpatialAutocorrelation() {}

    /** @return {Moran's I, Geary's C}; NaN when fewer than two voxels or all intensities are equal */
    public static double[] moranGeary(double[] image, boolean[] mask, int nx, int ny, int nz, double sx, double sy, double sz) {
        int count = 0;
        double sum = 0;
        int x0 = nx, y0 = ny, z0 = nz, x1 = -1, y1 = -1, z1 = -1;
        for (int z = 0, i = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, i++)
                    if (mask[i]) {
                        count++;
                        sum += image[i];
                        x0 = Math.min(x0, x); x1 = Math.max(x1, x);
                        y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                        z0 = Math.min(z0, z); z1 = Math.max(z1, z);
                    }
        if (count < 2) return new double[] {Double.NaN, Double.NaN};
        double mean = sum / count, ss = 0;
        for (int i = 0; i < mask.length; i++)
            if (mask[i]) {
                double d = image[i] - mean;
                ss += d * d;
            }
        if (ss == 0) return new double[] {Double.NaN, Double.NaN};
        double[] sums = count <= DIRECT_LIMIT
            ? directSums(image, mask, nx, ny, nz, sx, sy, sz, mean, count)
            : fftSums(image, mask, nx, ny, x0, y0, z0, x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1, sx, sy, sz, mean);
        double w = sums[0], moranNum = sums[1], gearyNum = sums[2];
        return new double[] {count / w * moranNum / ss, (count - 1) / (2 * w) * gearyNum / ss};
    }

    /** Ordered-pair sums {sum w, sum w y_i y_j, sum w (y_i - y_j)^2} by direct summation. */
    static double[] directSums(double[] image, boolean[] mask, int nx, int ny, int nz, double sx, double sy, double sz,
                               double mean, int count) {
        double[] px = new double[count], py = new double[count], pz = new double[count], v = new double[count];
        for (int z = 0, i = 0, k = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, i++)
                    if (mask[i]) {
                        px[k] = x * sx;
                        py[k] = y * sy;
                        pz[k] = z * sz;
                        v[k++] = image[i] - mean;
                    }
        double w = 0, moran = 0, geary = 0;
        for (int i = 0; i < count; i++) {
            double wi = 0, mi = 0, gi = 0;
            for (int j = i + 1; j < count; j++) {
                double dx = px[i] - px[j], dy = py[i] - py[j], dz = pz[i] - pz[j];
                double wij = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
                double diff = v[i] - v[j];
                wi += wij;
                mi += wij * v[j];
                gi += wij * diff * diff;
            }
            w += wi;
            moran += v[i] * mi;
            geary += gi;
        }
        return new double[] {2 * w, 2 * moran, 2 * geary};
    }

    /** The same sums by FFT over the mask's bounding box (offset x0, y0, z0, size bx x by x bz). */
    static double[] fftSums(double[] image, boolean[] mask, int nx, int ny, int x0, int y0, int z0, int bx, int by, int bz,
                            double sx, double sy, double sz, double mean) {
        int lx = Fft.nextSmooth(2 * bx - 1), ly = Fft.nextSmooth(2 * by - 1), lz = Fft.nextSmooth(2 * bz - 1);
        int boxSize = bx * by * bz;
        double[] m = ArrayPool.doubles(boxSize), y = ArrayPool.doubles(boxSize), q = ArrayPool.doubles(boxSize);
        java.util.Arrays.fill(m, 0, boxSize, 0);
        java.util.Arrays.fill(y, 0, boxSize, 0);
        java.util.Arrays.fill(q, 0, boxSize, 0);
        for (int z = 0, dst = 0; z < bz; z++)
            for (int yy = 0; yy < by; yy++, dst += bx) {
                int src = x0 + nx * (yy + y0 + ny * (z + z0));
                for (int x = 0; x < bx; x++)
                    if (mask[src + x]) {
                        double d = image[src + x] - mean;
                        m[dst + x] = 1;
                        y[dst + x] = d;
                        q[dst + x] = d * d;
                    }
            }
        double[] kernel = InverseDistanceSpectrum.octant(lx, ly, lz, sx, sy, sz);
        RealFft3d fft = new RealFft3d(lx, ly, lz);
        // Spectral sums per plane kx, added in kx order. Every summand is even in k (K^ is real and even, the
        // others are products of a spectrum with a conjugate), so the half kx <= lx/2 is summed, planes other than
        // kx = 0 and kx = lx/2 counted twice.
        double[][] partial = fft.reducePlanes(new double[][] {m, y, q}, bx, by, bz,
            (kx, re, im) -> planeSums(re, im, kernel, kx, lx, ly, lz));
        ArrayPool.release(m, y, q);
        double w = 0, syy = 0, sqm = 0;
        for (double[] p : partial) {
            w += p[0];
            syy += p[1];
            sqm += p[2];
        }
        double total = (double) lx * ly * lz;
        return new double[] {w / total, syy / total, (2 * sqm - 2 * syy) / total};
    }

    /** {sum K^ |M|^2, sum K^ |Y|^2, sum K^ Re(Q conj M)}, with the half-spectrum weight, over the plane kx of the
     * spectra of the fields m, y, q (see {@link RealFft3d.PlaneReducer}); the kernel is indexed kz + dz (ky + dy kx)
     * over the octant ({@link InverseDistanceSpectrum#octant}). */
    private static double[] planeSums(double[][] re, double[][] im, double[] kernel, int kx, int lx, int ly, int lz) {
        double[] mr = re[0], mi = im[0], yr = re[1], yi = im[1], qr = re[2], qi = im[2];
        int dy = ly / 2 + 1, dz = lz / 2 + 1;
        double w = 0, syy = 0, sqm = 0;
        for (int ky = 0; ky < ly; ky++) {
            int kBase = dz * (Math.min(ky, ly - ky) + dy * kx), row = lz * ky;
            for (int kz = 0; kz < lz; kz++) {
                int f = row + kz;
                double k = kernel[kBase + Math.min(kz, lz - kz)];
                w += k * (mr[f] * mr[f] + mi[f] * mi[f]);
                syy += k * (yr[f] * yr[f] + yi[f] * yi[f]);
                sqm += k * (qr[f] * mr[f] + qi[f] * mi[f]);
            }
        }
        // Twice for the planes whose mirror kx' = lx - kx is not stored (exact: a power of two).
        double weight = kx == 0 || 2 * kx == lx ? 1 : 2;
        return new double[] {weight * w, weight * syy, weight * sqm};
    }

}
