package org.gliomaradiomics.features;

import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.parallel.Parallel;

/**
 * IBSI family "local_intensity": mean intensity in a sphere (radius {@link FeatureSettings#localIntensityRadiusMm},
 * voxel centres within the radius, in mm) around intensity-mask voxels. The sphere uses every voxel of the box,
 * inside the ROI or not (the extractor leaves a margin of one radius around the ROI). Local peak: around the
 * voxel(s) of maximum intensity, the highest mean if several (IBSI); global peak: the highest mean over all ROI
 * voxels. The sphere is a set of x-runs, one per (dy, dz), of half-width k(dy, dz). For a row of centres, the image
 * rows of the runs are added into one total per reach m (the runs with k &gt;= m), and a centre's sum is read from
 * those totals at dx = 0 and dx = +-m: a vector add per sphere row and 2 K + 1 scalar adds per centre (K the widest
 * half-width), instead of a window sum per sphere row and centre (2.3 times faster on the bench case). The image
 * is copied to one array per row because the JIT vectorises a loop that reads and writes its arrays at one index
 * (acc[x] += row[x]), not one that reads a flat array at an offset.
 */
public final class LocalIntensityFamily extends ListedFamily {
    static final FeatureList FEATURES = FeatureList.of("local_intensity",
        "LocalIntensityPeak", "VJGA", "GlobalIntensityPeak", "0F91");

    public LocalIntensityFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int nx = roi.nx, ny = roi.ny, nz = roi.nz;
        double[] image = roi.image;
        boolean[] mask = roi.intensityMask;
        Sphere sphere = Sphere.of(sphereRows(settings.localIntensityRadiusMm(), roi.sx, roi.sy, roi.sz));
        double[][] rows = new double[ny * nz][];
        for (int row = 0; row < rows.length; row++) rows[row] = java.util.Arrays.copyOfRange(image, row * nx, row * nx + nx);
        double maxIntensity = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mask.length; i++) if (mask[i] && image[i] > maxIntensity) maxIntensity = image[i];
        if (maxIntensity == Double.NEGATIVE_INFINITY) throw new IllegalArgumentException("no voxels in the intensity mask");

        // Planes of centres are independent; the maximum of the same doubles is exact in any order, so running
        // planes concurrently cannot change the result.
        final double maxI = maxIntensity;
        double[][] perPlane = new double[nz][];
        Parallel.forEach(nz, z -> perPlane[z] = planePeaks(roi, sphere, rows, maxI, z));
        double global = Double.NEGATIVE_INFINITY, local = Double.NEGATIVE_INFINITY;
        for (double[] p : perPlane) {
            global = Math.max(global, p[0]);
            local = Math.max(local, p[1]);
        }
        sink.accept(FEATURES.definitions().get(0), "", local);
        sink.accept(FEATURES.definitions().get(1), "", global);
    }

    /** The sphere's x-runs by half-width: offsets[k] holds the (dy, dz) pairs of the runs of half-width k. */
    private record Sphere(int[][] offsets) {
        static Sphere of(int[] rows) {
            int maxK = 0;
            for (int r = 2; r < rows.length; r += 3) maxK = Math.max(maxK, rows[r]);
            int[] count = new int[maxK + 1];
            for (int r = 2; r < rows.length; r += 3) count[rows[r]] += 2;
            int[][] offsets = new int[maxK + 1][];
            for (int k = 0; k <= maxK; k++) offsets[k] = new int[count[k]];
            java.util.Arrays.fill(count, 0);
            for (int r = 0; r < rows.length; r += 3) {
                int k = rows[r + 2];
                offsets[k][count[k]++] = rows[r];
                offsets[k][count[k]++] = rows[r + 1];
            }
            return new Sphere(offsets);
        }

        int maxK() {
            return offsets.length - 1;
        }
    }

    /**
     * {global, local} peak candidates of the centres in plane z. For a row of centres, wide[m] is the sum of the
     * image rows whose runs reach |dx| = m (half-width k &gt;= m), so that a centre's sphere sum is wide[0][x] +
     * sum over m of wide[m][x - m] + wide[m][x + m], the terms inside the box.
     */
    private static double[] planePeaks(RoiData roi, Sphere sphere, double[][] rows, double maxIntensity, int z) {
        int nx = roi.nx, ny = roi.ny, nz = roi.nz, maxK = sphere.maxK();
        boolean[] mask = roi.intensityMask;
        double[] image = roi.image;
        double global = Double.NEGATIVE_INFINITY, local = Double.NEGATIVE_INFINITY;
        double[] sum = new double[nx];
        double[][] wide = new double[maxK + 1][nx];
        int[] count = new int[nx], runs = new int[maxK + 1];
        for (int y = 0; y < ny; y++) {
            int rowStart = nx * (y + ny * z), first = -1, last = -1;
            for (int x = 0; x < nx; x++)
                if (mask[rowStart + x]) {
                    if (first < 0) first = x;
                    last = x;
                }
            if (first < 0) continue;
            for (int m = maxK; m >= 0; m--) {
                int lo = Math.max(first - m, 0), hi = Math.min(last + m, nx - 1);
                double[] w = wide[m];
                if (m == maxK) java.util.Arrays.fill(w, lo, hi + 1, 0);
                else System.arraycopy(wide[m + 1], lo, w, lo, hi - lo + 1);
                runs[m] = m == maxK ? 0 : runs[m + 1];
                int[] offsets = sphere.offsets()[m];
                for (int r = 0; r < offsets.length; r += 2) {
                    int yy = y + offsets[r], zz = z + offsets[r + 1];
                    if (yy < 0 || yy >= ny || zz < 0 || zz >= nz) continue;
                    addInto(w, rows[yy + ny * zz], lo, hi);
                    runs[m]++;
                }
            }
            System.arraycopy(wide[0], first, sum, first, last - first + 1);
            java.util.Arrays.fill(count, first, last + 1, runs[0]);
            for (int m = 1; m <= maxK; m++) {
                if (runs[m] == 0) continue;
                double[] w = wide[m];
                int n = runs[m];
                for (int x = first, to = Math.min(last, nx - 1 - m); x <= to; x++) {
                    sum[x] += w[x + m];
                    count[x] += n;
                }
                for (int x = Math.max(first, m); x <= last; x++) {
                    sum[x] += w[x - m];
                    count[x] += n;
                }
            }
            for (int x = first; x <= last; x++) {
                int i = rowStart + x;
                if (!mask[i]) continue;
                double mean = sum[x] / count[x];
                if (mean > global) global = mean;
                if (image[i] == maxIntensity && mean > local) local = mean;
            }
        }
        return new double[] {global, local};
    }

    /** acc[j] += row[j] for j in [lo, hi]: both arrays at the same index, which the JIT vectorises. */
    private static void addInto(double[] acc, double[] row, int lo, int hi) {
        for (int j = lo; j <= hi; j++) acc[j] += row[j];
    }

    /** The sphere as rows along x: triples (dy, dz, k) meaning offsets dx in [-k, k]; centre distance &lt;= r. */
    static int[] sphereRows(double radius, double sx, double sy, double sz) {
        for (double s : new double[] {sx, sy, sz}) Limits.kernelRadius("local intensity sphere of radius " + radius + " mm", radius, s);
        int ky = (int) Math.floor(radius / sy), kz = (int) Math.floor(radius / sz);
        double r2 = radius * radius;
        int[] rows = new int[3 * (2 * ky + 1) * (2 * kz + 1)];
        int n = 0;
        for (int dz = -kz; dz <= kz; dz++) {
            for (int dy = -ky; dy <= ky; dy++) {
                double d2 = (dy * sy) * (dy * sy) + (dz * sz) * (dz * sz);
                if (d2 > r2) continue;
                int k = (int) Math.floor(Math.sqrt(r2 - d2) / sx);
                while ((k + 1) * sx * ((k + 1) * sx) + d2 <= r2) k++;
                while (k > 0 && k * sx * (k * sx) + d2 > r2) k--;
                rows[n++] = dy;
                rows[n++] = dz;
                rows[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(rows, n);
    }
}
