package org.gliomaradiomics.longitudinal;

import java.util.Arrays;

import org.gliomaradiomics.image.Geometry;

/**
 * Bidimensional (RANO) diameters of a lesion measured on axial slices (index z). On each slice the section has an
 * outline ({@link Outline}: the smoothed outline by default, or the pixel squares); the longest diameter is the
 * longest segment between two outline points (found on their convex hull), and the perpendicular diameter is the
 * section's width orthogonal to that segment (extent of the outline projected on the perpendicular direction). With
 * pixel squares a 20 x 12 mm rectangle gives 23.32 mm and 20.58 mm. The slice whose longest diameter is largest is
 * chosen (ties: the larger product). In-plane distances use the spacing only (direction cosines rotate but do not
 * scale the plane).
 *
 * <p>Written by hand: a monotone-chain hull plus an O(h²) pair search over the hull (h is small), which no library on
 * the classpath offers.
 */
public final class LesionDiameters {
    private LesionDiameters() {}

    /** Which outline of a slice section the diameters are measured on. */
    public enum Outline {
        /** {@link SmoothOutline}: the blurred, area-preserving outline (diameters of smooth lesions within a fraction
         * of a pixel). */
        SMOOTH,
        /** The pixel squares: the hull of their corners (what a ruler laid on the pixelated image spans). */
        PIXEL_CORNERS
    }

    /** The bidimensional measurement of the voxels with {@code labels[i] == label}; {@link Bidimensional#NONE} if none. */
    public static Bidimensional measure(int[] labels, int label, Geometry g, Outline outline) {
        return measure(labels, label, g, boundingBoxes(labels, label, g)[label], outline);
    }

    /** Measurements of labels 1..count of a component labelling (index 0 unused), in one pass for the boxes. */
    public static Bidimensional[] measureAll(int[] labels, int count, Geometry g, Outline outline) {
        int[][] boxes = boundingBoxes(labels, count, g);
        Bidimensional[] out = new Bidimensional[count + 1];
        out[0] = Bidimensional.NONE;
        for (int l = 1; l <= count; l++) out[l] = measure(labels, l, g, boxes[l], outline);
        return out;
    }

    private static Bidimensional measure(int[] labels, int label, Geometry g, int[] box, Outline outline) {
        if (box[1] < 0) return Bidimensional.NONE;
        Bidimensional best = Bidimensional.NONE;
        for (int z = box[5]; z <= box[2]; z++) {
            double[][] p = outline == Outline.SMOOTH ? smoothOutline(labels, label, g, box, z) : pixelCorners(labels, label, g, box, z);
            if (p[0].length == 0) continue;
            Bidimensional b = ofPoints(p[0], p[1], z);
            if (b.longestMm() > best.longestMm() + 1e-9 || (Math.abs(b.longestMm() - best.longestMm()) <= 1e-9 && b.product() > best.product()))
                best = b;
        }
        return best;
    }

    /** The corners of the first and last pixel square of each row of the slice (mm). */
    private static double[][] pixelCorners(int[] labels, int label, Geometry g, int[] box, int z) {
        double sx = g.spacing(0), sy = g.spacing(1);
        int rowsInBox = box[4] - box[3] + 1, n = 0;
        double[] px = new double[4 * rowsInBox], py = new double[4 * rowsInBox];
        for (int y = box[3]; y <= box[4]; y++) {
            int row = g.nx * (y + g.ny * z), xmin = -1, xmax = -1;
            for (int x = box[0]; x <= box[1]; x++)
                if (labels[row + x] == label) {
                    if (xmin < 0) xmin = x;
                    xmax = x;
                }
            if (xmin < 0) continue;
            double left = (xmin - 0.5) * sx, right = (xmax + 0.5) * sx, low = (y - 0.5) * sy, high = (y + 0.5) * sy;
            px[n] = left; py[n++] = low;
            px[n] = left; py[n++] = high;
            px[n] = right; py[n++] = low;
            px[n] = right; py[n++] = high;
        }
        return new double[][] {Arrays.copyOf(px, n), Arrays.copyOf(py, n)};
    }

    /** {@link SmoothOutline} points of the slice (mm). */
    private static double[][] smoothOutline(int[] labels, int label, Geometry g, int[] box, int z) {
        int w = box[1] - box[0] + 1, h = box[4] - box[3] + 1;
        boolean[] mask = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int row = g.nx * (box[3] + y + g.ny * z) + box[0];
            for (int x = 0; x < w; x++) mask[x + w * y] = labels[row + x] == label;
        }
        double[] xy = SmoothOutline.points(mask, w, h);
        double[] px = new double[xy.length / 2], py = new double[xy.length / 2];
        for (int k = 0; k < px.length; k++) {
            px[k] = (box[0] + xy[2 * k]) * g.spacing(0);
            py[k] = (box[3] + xy[2 * k + 1]) * g.spacing(1);
        }
        return new double[][] {px, py};
    }

    /** Longest diameter and perpendicular width of a planar point set (mm). */
    static Bidimensional ofPoints(double[] x, double[] y, int slice) {
        int[] hull = convexHull(x, y);
        double bestD2 = -1;
        int bi = hull[0], bj = hull[0];
        for (int a = 0; a < hull.length; a++)
            for (int b = a + 1; b < hull.length; b++) {
                double dx = x[hull[b]] - x[hull[a]], dy = y[hull[b]] - y[hull[a]], d2 = dx * dx + dy * dy;
                if (d2 > bestD2) {
                    bestD2 = d2;
                    bi = hull[a];
                    bj = hull[b];
                }
            }
        double longest = Math.sqrt(bestD2);
        double nx = -(y[bj] - y[bi]) / longest, ny = (x[bj] - x[bi]) / longest;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i : hull) {
            double p = x[i] * nx + y[i] * ny;
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        return new Bidimensional(longest, hi - lo, slice, new double[] {x[bi], y[bi]}, new double[] {x[bj], y[bj]});
    }

    /** Indices of the convex hull vertices (Andrew's monotone chain, counter-clockwise, collinear points dropped). */
    static int[] convexHull(double[] x, double[] y) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
        if (n < 3) {
            int[] out = new int[n];
            for (int i = 0; i < n; i++) out[i] = order[i];
            return out;
        }
        int[] h = new int[2 * n];
        int k = 0;
        for (int idx = 0; idx < n; idx++) {
            int i = order[idx];
            while (k >= 2 && cross(x, y, h[k - 2], h[k - 1], i) <= 0) k--;
            h[k++] = i;
        }
        for (int idx = n - 2, lower = k + 1; idx >= 0; idx--) {
            int i = order[idx];
            while (k >= lower && cross(x, y, h[k - 2], h[k - 1], i) <= 0) k--;
            h[k++] = i;
        }
        return Arrays.copyOf(h, Math.max(1, k - 1));
    }

    private static double cross(double[] x, double[] y, int o, int a, int b) {
        return (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
    }

    /** Per label 0..maxLabel: {xmin, xmax, zmax, ymin, ymax, zmin}; xmax = -1 when the label is absent. */
    private static int[][] boundingBoxes(int[] labels, int maxLabel, Geometry g) {
        int[][] boxes = new int[maxLabel + 1][];
        for (int l = 0; l <= maxLabel; l++) boxes[l] = new int[] {Integer.MAX_VALUE, -1, -1, Integer.MAX_VALUE, -1, Integer.MAX_VALUE};
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) {
                    int l = labels[i];
                    if (l <= 0 || l > maxLabel) continue;
                    int[] b = boxes[l];
                    if (x < b[0]) b[0] = x;
                    if (x > b[1]) b[1] = x;
                    if (y < b[3]) b[3] = y;
                    if (y > b[4]) b[4] = y;
                    if (z < b[5]) b[5] = z;
                    if (z > b[2]) b[2] = z;
                }
        return boxes;
    }
}
