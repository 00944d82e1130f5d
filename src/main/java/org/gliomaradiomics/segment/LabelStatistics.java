package org.gliomaradiomics.segment;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.table.Table;

/**
 * Per-label statistics of an image inside a label map: voxel count, volume, intensity mean, sample standard
 * deviation (n − 1, as ImageJ), minimum, maximum, centroid in world mm (LPS) and bounding box in voxel indices.
 * One pass over the volume.
 */
public final class LabelStatistics {
    public static final String[] COLUMNS = {"label", "voxel_count", "volume_mm3", "mean", "std", "min", "max",
        "centroid_x_mm", "centroid_y_mm", "centroid_z_mm", "bbox_min_x", "bbox_min_y", "bbox_min_z", "bbox_max_x",
        "bbox_max_y", "bbox_max_z"};

    private LabelStatistics() {}

    /** @throws IllegalArgumentException when the grids differ or the mask has no non-zero label */
    public static Table compute(Volume image, Volume labels) {
        Geometry g = image.geometry();
        if (!g.sameSize(labels.geometry()))
            throw new IllegalArgumentException("label map grid differs from the image (" + g.describeDifference(labels.geometry()) + ")");
        int[] values = labels.labels();
        if (values.length == 0) throw new IllegalArgumentException("the label map has no non-zero voxel");
        int k = values.length;
        long[] count = new long[k];
        double[] sum = new double[k], sumSq = new double[k], min = new double[k], max = new double[k];
        double[] ci = new double[k], cj = new double[k], ck = new double[k];
        int[][] box = new int[k][];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] img = image.voxels(), lab = labels.voxels();
        // Welford would be steadier, but a shifted two-pass sum is exact enough here: shift by the first value.
        double[] shift = new double[k];
        boolean[] shifted = new boolean[k];
        for (int z = 0, idx = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, idx++) {
                    double l = lab[idx];
                    if (l == 0) continue;
                    int s = java.util.Arrays.binarySearch(values, (int) Math.round(l));
                    double v = img[idx];
                    if (!shifted[s]) {
                        shift[s] = v;
                        shifted[s] = true;
                        box[s] = new int[] {x, y, z, x, y, z};
                    }
                    double d = v - shift[s];
                    count[s]++;
                    sum[s] += d;
                    sumSq[s] += d * d;
                    if (v < min[s]) min[s] = v;
                    if (v > max[s]) max[s] = v;
                    ci[s] += x;
                    cj[s] += y;
                    ck[s] += z;
                    int[] b = box[s];
                    if (x < b[0]) b[0] = x;
                    if (y < b[1]) b[1] = y;
                    if (z < b[2]) b[2] = z;
                    if (x > b[3]) b[3] = x;
                    if (y > b[4]) b[4] = y;
                    if (z > b[5]) b[5] = z;
                }
        Table t = new Table(COLUMNS);
        for (int s = 0; s < k; s++) {
            long n = count[s];
            double mean = shift[s] + sum[s] / n;
            double var = n > 1 ? (sumSq[s] - sum[s] * sum[s] / n) / (n - 1) : 0;
            double[] c = g.world(ci[s] / n, cj[s] / n, ck[s] / n);
            int[] b = box[s];
            t.addRow(values[s], n, n * g.voxelVolume(), mean, Math.sqrt(Math.max(0, var)), min[s], max[s], c[0], c[1], c[2],
                b[0], b[1], b[2], b[3], b[4], b[5]);
        }
        return t;
    }
}
