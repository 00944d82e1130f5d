package org.gliomaradiomics.longitudinal;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.ImagePyramid;

/**
 * The outline of a lesion's section on one slice, for diameters that do not depend on the pixel staircase. The
 * slice mask is blurred by a Gaussian of one pixel along each axis and cut at the iso-level that keeps the pixel
 * count's area; the outline is the set of points where that iso-line crosses the edges between pixel centres
 * (interpolated linearly). Measuring the hull of the pixel squares instead takes the extreme of many rows whose
 * ends each sit up to half a pixel outside the true boundary, so a smooth lesion measures about half a pixel too
 * long on each side; the blurred outline averages those ends. Written by hand (a few lines of image arithmetic).
 */
final class SmoothOutline {
    private static final double SIGMA = 1.0;
    /** Beyond the blur's reach: the padded border stays 0. */
    private static final int PAD = (int) Math.ceil(3 * SIGMA) + 1;
    /** Sub-samples per cell side when measuring the area above the level (bilinear interpolation). */
    private static final int SUB = 4;

    private SmoothOutline() {}

    /**
     * Outline points of a slice mask in pixel units of the mask (x, y interleaved; may be empty).
     * @param mask w x h pixels, x fastest
     */
    static double[] points(boolean[] mask, int w, int h) {
        int pw = w + 2 * PAD, ph = h + 2 * PAD;
        double[] f = new double[pw * ph];
        int count = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (mask[x + w * y]) {
                    f[x + PAD + pw * (y + PAD)] = 1;
                    count++;
                }
        if (count == 0) return new double[0];
        f = ImagePyramid.gaussian(new Volume(Geometry.of(pw, ph, 1, 1, 1, 1), f, DataType.FLOAT64), SIGMA).voxels();
        double lo = 1e-3, hi = 1 - 1e-3;
        for (int it = 0; it < 40; it++) {
            double mid = (lo + hi) / 2;
            if (areaAbove(f, pw, ph, mid) > count) lo = mid;
            else hi = mid;
        }
        return crossings(f, pw, ph, (lo + hi) / 2);
    }

    /** Area (pixels) where the bilinear interpolation of f is at least {@code level}; cells join pixel centres. */
    private static double areaAbove(double[] f, int pw, int ph, double level) {
        double area = 0;
        for (int y = 0; y + 1 < ph; y++)
            for (int x = 0; x + 1 < pw; x++) {
                int i = x + pw * y;
                double a = f[i], b = f[i + 1], c = f[i + pw], d = f[i + pw + 1];
                double min = Math.min(Math.min(a, b), Math.min(c, d)), max = Math.max(Math.max(a, b), Math.max(c, d));
                if (min >= level) area += 1;
                else if (max >= level) {
                    int inside = 0;
                    for (int sy = 0; sy < SUB; sy++)
                        for (int sx = 0; sx < SUB; sx++) {
                            double u = (sx + 0.5) / SUB, v = (sy + 0.5) / SUB;
                            if ((1 - v) * ((1 - u) * a + u * b) + v * ((1 - u) * c + u * d) >= level) inside++;
                        }
                    area += (double) inside / (SUB * SUB);
                }
            }
        return area;
    }

    /** Where the level crosses horizontal and vertical edges between pixel centres, in unpadded pixel units. */
    private static double[] crossings(double[] f, int pw, int ph, double level) {
        double[] out = new double[64];
        int n = 0;
        for (int y = 0; y < ph; y++)
            for (int x = 0; x < pw; x++) {
                int i = x + pw * y;
                for (int axis = 0; axis < 2; axis++) {
                    if (axis == 0 ? x + 1 >= pw : y + 1 >= ph) continue;
                    double a = f[i], b = f[axis == 0 ? i + 1 : i + pw];
                    if ((a >= level) == (b >= level)) continue;
                    double t = (level - a) / (b - a);
                    if (n + 2 > out.length) out = java.util.Arrays.copyOf(out, 2 * out.length);
                    out[n++] = x - PAD + (axis == 0 ? t : 0);
                    out[n++] = y - PAD + (axis == 1 ? t : 0);
                }
            }
        return java.util.Arrays.copyOf(out, n);
    }
}
