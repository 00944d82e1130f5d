package org.gliomaradiomics.features.shape;

/**
 * Moran's I and Geary's C of the intensities in a mask, with weights 1 / (Euclidean distance in mm) over all
 * pairs of distinct mask voxels (IBSI N365, NPT7), computed exactly, not by subsampling.
 *
 * <p>Small masks are summed pair by pair. Large masks use the identity sum_ij K(p_i - p_j) a_i b_j =
 * (1/L) sum_f K^(f) conj(A^(f)) B^(f) on a zero-padded grid of at least 2n - 1 voxels per axis (so that circular
 * correlation equals linear correlation), with K(d) = 1/|d|, K(0) = 0. With m the mask, y = (x - mean) m and
 * q = y^2: sum w = S(m, m), Moran's numerator = S(y, y), Geary's numerator = 2 S(q, m) - 2 S(y, y). Two complex
 * 3D FFTs carry the four real fields (m + i y, q + i K). Rounding error is that of the FFT (about 1e-13 relative).
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
        int total = lx * ly * lz;
        double[] r1 = new double[total], i1 = new double[total], r2 = new double[total], i2 = new double[total];
        for (int z = 0; z < bz; z++)
            for (int y = 0; y < by; y++) {
                int src = x0 + nx * (y + y0 + ny * (z + z0)), dst = lx * (y + ly * z);
                for (int x = 0; x < bx; x++)
                    if (mask[src + x]) {
                        double d = image[src + x] - mean;
                        r1[dst + x] = 1;
                        i1[dst + x] = d;
                        r2[dst + x] = d * d;
                    }
            }
        fillKernel(i2, lx, ly, lz, sx, sy, sz);
        // The two transforms are independent: run them concurrently (each is computed by one thread, so the bits
        // do not depend on scheduling); above 8M points, one after the other to bound memory.
        if (total <= 8_000_000) {
            java.util.concurrent.CompletableFuture<Void> second = java.util.concurrent.CompletableFuture.runAsync(
                () -> new Fft3d(lx, ly, lz).transform(r2, i2, ly, lz));
            new Fft3d(lx, ly, lz).transform(r1, i1, by, bz);
            second.join();
        } else {
            Fft3d fft = new Fft3d(lx, ly, lz);
            fft.transform(r1, i1, by, bz);
            fft.transform(r2, i2, ly, lz);
        }
        // Spectral sums per z plane, added in plane order. The summands at f and -f are equal (K^ is real and even,
        // the others are products of a spectrum with a conjugate), so plane z and plane lz - z contribute the
        // same: only planes 0..lz/2 are summed, the others counted twice.
        int half = lz / 2;
        double[][] partial = new double[half + 1][];
        java.util.stream.IntStream.rangeClosed(0, half).parallel().forEach(z -> partial[z] = planeSums(r1, i1, r2, i2, lx, ly, lz, z));
        double w = 0, syy = 0, sqm = 0;
        for (int z = 0; z <= half; z++) {
            double weight = z == 0 || 2 * z == lz ? 1 : 2;
            w += weight * partial[z][0];
            syy += weight * partial[z][1];
            sqm += weight * partial[z][2];
        }
        return new double[] {w / total, syy / total, (2 * sqm - 2 * syy) / total};
    }

    private static double[] planeSums(double[] r1, double[] i1, double[] r2, double[] i2, int lx, int ly, int lz, int z) {
        double w = 0, syy = 0, sqm = 0;
        int nzIdx = (lz - z) % lz;
        for (int y = 0; y < ly; y++) {
            int nyIdx = (ly - y) % ly;
            int row = lx * (y + ly * z), negRow = lx * (nyIdx + ly * nzIdx);
            for (int x = 0; x < lx; x++) {
                int f = row + x, g = negRow + (lx - x) % lx;
                // Split Z = A + iB of two real fields: A = (Z(f) + conj Z(-f)) / 2, B = (Z(f) - conj Z(-f)) / 2i.
                double mr = (r1[f] + r1[g]) / 2, mi = (i1[f] - i1[g]) / 2;
                double yr = (i1[f] + i1[g]) / 2, yi = (r1[g] - r1[f]) / 2;
                double qr = (r2[f] + r2[g]) / 2, qi = (i2[f] - i2[g]) / 2;
                double k = (i2[f] + i2[g]) / 2;
                w += k * (mr * mr + mi * mi);
                syy += k * (yr * yr + yi * yi);
                sqm += k * (qr * mr + qi * mi);
            }
        }
        return new double[] {w, syy, sqm};
    }

    /** K(d) = 1 / |d| (mm) at circular offsets, 0 at d = 0; computed on one octant and mirrored (K is even). */
    private static void fillKernel(double[] k, int lx, int ly, int lz, double sx, double sy, double sz) {
        int hx = lx / 2, hy = ly / 2, hz = lz / 2;
        for (int z = 0; z <= hz; z++) {
            double dz = z * sz;
            for (int y = 0; y <= hy; y++) {
                double dy = y * sy;
                for (int x = 0; x <= hx; x++) {
                    double dx = x * sx, d2 = dx * dx + dy * dy + dz * dz;
                    double v = d2 == 0 ? 0 : 1 / Math.sqrt(d2);
                    int xm = (lx - x) % lx, ym = (ly - y) % ly, zm = (lz - z) % lz;
                    k[x + lx * (y + ly * z)] = v;
                    k[xm + lx * (y + ly * z)] = v;
                    k[x + lx * (ym + ly * z)] = v;
                    k[xm + lx * (ym + ly * z)] = v;
                    k[x + lx * (y + ly * zm)] = v;
                    k[xm + lx * (y + ly * zm)] = v;
                    k[x + lx * (ym + ly * zm)] = v;
                    k[xm + lx * (ym + ly * zm)] = v;
                }
            }
        }
    }
}
