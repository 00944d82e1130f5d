package org.gliomaradiomics.features;

import java.util.List;

/**
 * IBSI family "local_intensity": mean intensity in a sphere (radius {@link FeatureSettings#localIntensityRadiusMm},
 * voxel centres within the radius, in mm) around intensity-mask voxels. The sphere uses every voxel of the box,
 * inside the ROI or not (the extractor leaves a margin of one radius around the ROI). Local peak: around the
 * voxel(s) of maximum intensity, the highest mean if several (IBSI); global peak: the highest mean over all ROI
 * voxels. Each sphere is summed as x-runs read from per-row prefix sums, so the cost per centre is the number of
 * rows of the sphere, not its voxel count.
 */
public final class LocalIntensityFamily implements FeatureFamily {
    private static final List<FeatureDefinition> FEATURES = FamilyFeatures.of("local_intensity",
        "LocalIntensityPeak", "VJGA", "GlobalIntensityPeak", "0F91");

    @Override
    public String name() {
        return "local_intensity";
    }

    @Override
    public List<FeatureDefinition> features() {
        return FEATURES;
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int nx = roi.nx, ny = roi.ny, nz = roi.nz;
        double[] image = roi.image;
        boolean[] mask = roi.intensityMask;
        int[] rows = sphereRows(settings.localIntensityRadiusMm, roi.sx, roi.sy, roi.sz);
        int stride = nx + 1;
        double[] prefix = new double[ny * nz * stride];
        for (int row = 0; row < ny * nz; row++) {
            double s = 0;
            int src = row * nx, dst = row * stride;
            for (int x = 0; x < nx; x++) {
                s += image[src + x];
                prefix[dst + x + 1] = s;
            }
        }
        double maxIntensity = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mask.length; i++) if (mask[i] && image[i] > maxIntensity) maxIntensity = image[i];
        if (maxIntensity == Double.NEGATIVE_INFINITY) throw new IllegalArgumentException("no voxels in the intensity mask");

        double global = Double.NEGATIVE_INFINITY, local = Double.NEGATIVE_INFINITY;
        for (int z = 0, i = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (!mask[i]) continue;
                    double sum = 0;
                    long count = 0;
                    for (int r = 0; r < rows.length; r += 3) {
                        int yy = y + rows[r], zz = z + rows[r + 1];
                        if (yy < 0 || yy >= ny || zz < 0 || zz >= nz) continue;
                        int k = rows[r + 2];
                        int lo = Math.max(x - k, 0), hi = Math.min(x + k, nx - 1);
                        int base = (yy + ny * zz) * stride;
                        sum += prefix[base + hi + 1] - prefix[base + lo];
                        count += hi - lo + 1;
                    }
                    double mean = sum / count;
                    if (mean > global) global = mean;
                    if (image[i] == maxIntensity && mean > local) local = mean;
                }
            }
        }
        sink.accept(FEATURES.get(0), "", local);
        sink.accept(FEATURES.get(1), "", global);
    }

    /** The sphere as rows along x: triples (dy, dz, k) meaning offsets dx in [-k, k]; centre distance &lt;= r. */
    static int[] sphereRows(double radius, double sx, double sy, double sz) {
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
