package org.gliomaradiomics.features;

import java.util.List;
import org.gliomaradiomics.image.ArrayPool;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.parallel.Parallel;

/**
 * IBSI family "local_intensity": mean intensity in a sphere (radius {@link FeatureSettings#localIntensityRadiusMm},
 * voxel centres within the radius, in mm) around intensity-mask voxels. The sphere uses every voxel of the box,
 * inside the ROI or not (the extractor leaves a margin of one radius around the ROI). Local peak: around the
 * voxel(s) of maximum intensity, the highest mean if several (IBSI); global peak: the highest mean over all ROI
 * voxels. Each sphere is summed as x-runs read from per-row prefix sums, so the cost per centre is the number of
 * rows of the sphere, not its voxel count.
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
        int[] rows = sphereRows(settings.localIntensityRadiusMm(), roi.sx, roi.sy, roi.sz);
        int stride = nx + 1;
        double[] prefix = ArrayPool.doubles(ny * nz * stride);
        for (int row = 0; row < ny * nz; row++) {
            double s = 0;
            int src = row * nx, dst = row * stride;
            prefix[dst] = 0;
            for (int x = 0; x < nx; x++) {
                s += image[src + x];
                prefix[dst + x + 1] = s;
            }
        }
        double maxIntensity = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mask.length; i++) if (mask[i] && image[i] > maxIntensity) maxIntensity = image[i];
        if (maxIntensity == Double.NEGATIVE_INFINITY) throw new IllegalArgumentException("no voxels in the intensity mask");

        // Planes of centres are independent; the maximum of the same doubles is exact in any order, so running
        // planes concurrently cannot change the result.
        final double maxI = maxIntensity;
        double[][] perPlane = new double[nz][];
        Parallel.forEach(nz, z -> perPlane[z] = planePeaks(roi, rows, prefix, maxI, z));
        ArrayPool.release(prefix);
        double global = Double.NEGATIVE_INFINITY, local = Double.NEGATIVE_INFINITY;
        for (double[] p : perPlane) {
            global = Math.max(global, p[0]);
            local = Math.max(local, p[1]);
        }
        sink.accept(FEATURES.definitions().get(0), "", local);
        sink.accept(FEATURES.definitions().get(1), "", global);
    }

    /** {global, local} peak candidates of the centres in plane z. */
    private static double[] planePeaks(RoiData roi, int[] rows, double[] prefix, double maxIntensity, int z) {
        int nx = roi.nx, ny = roi.ny, nz = roi.nz, stride = nx + 1;
        boolean[] mask = roi.intensityMask;
        double[] image = roi.image;
        double global = Double.NEGATIVE_INFINITY, local = Double.NEGATIVE_INFINITY;
        int maxK = 0;
        for (int r = 2; r < rows.length; r += 3) maxK = Math.max(maxK, rows[r]);
        double[] sum = new double[nx];
        int[] count = new int[nx];
        for (int y = 0; y < ny; y++) {
            int rowStart = nx * (y + ny * z), first = -1, last = -1;
            for (int x = 0; x < nx; x++)
                if (mask[rowStart + x]) {
                    if (first < 0) first = x;
                    last = x;
                }
            if (first < 0) continue;
            // Sphere sums for every centre of this row between the first and last ROI voxel, one sphere row
            // at a time: a contiguous loop over x that the JIT can vectorise. Centres at least maxK from the box's
            // x edges see whole runs, so their voxel count is one number per row of centres (inner ones).
            int innerLo = Math.max(first, maxK), innerHi = Math.min(last, nx - 1 - maxK), innerCount = 0;
            java.util.Arrays.fill(sum, first, last + 1, 0);
            java.util.Arrays.fill(count, first, last + 1, 0);
            for (int r = 0; r < rows.length; r += 3) {
                int yy = y + rows[r], zz = z + rows[r + 1];
                if (yy < 0 || yy >= ny || zz < 0 || zz >= nz) continue;
                int k = rows[r + 2], base = (yy + ny * zz) * stride;
                innerCount += 2 * k + 1;
                for (int x = first; x <= last && x < innerLo; x++) addRun(prefix, base, x, k, nx, sum, count);
                for (int x = innerLo; x <= innerHi; x++) sum[x] += prefix[base + x + k + 1] - prefix[base + x - k];
                for (int x = Math.max(innerHi + 1, innerLo); x <= last; x++) addRun(prefix, base, x, k, nx, sum, count);
            }
            for (int x = innerLo; x <= innerHi; x++) count[x] = innerCount;
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

    private static void addRun(double[] prefix, int base, int x, int k, int nx, double[] sum, int[] count) {
        int lo = Math.max(x - k, 0), hi = Math.min(x + k, nx - 1);
        sum[x] += prefix[base + hi + 1] - prefix[base + lo];
        count[x] += hi - lo + 1;
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
