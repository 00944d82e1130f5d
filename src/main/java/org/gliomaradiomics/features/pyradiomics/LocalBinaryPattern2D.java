package org.gliomaradiomics.features.pyradiomics;

/**
 * PyRadiomics' LBP2D image type: scikit-image's {@code local_binary_pattern} on every slice across
 * {@code force2Ddimension}. Sample point p of P lies at row offset -R sin(2πp/P), column offset R cos(2πp/P), both
 * rounded to 5 decimals, read by bilinear interpolation with 0 outside the slice; bit p is set when the sample is
 * >= the centre. {@code uniform}: the number of set bits when the circular pattern has at most two 0/1 changes,
 * else P + 1; {@code default}: sum of bit p * 2^p. Rows and columns of a slice follow numpy after
 * {@code swapaxes(0, force2Ddimension)} on the (z, y, x) array. Written by hand after scikit-image's Cython code.
 */
final class LocalBinaryPattern2D {
    private LocalBinaryPattern2D() {}

    /** LBP of every voxel of a volume (x fastest); {@code sliceAxis} is PyRadiomics' force2Ddimension (0 = z, 1 = y, 2 = x). */
    static double[] volume(double[] v, int[] dims, int sliceAxis, int samples, double radius, String method) {
        if (!method.equals("uniform") && !method.equals("default"))
            throw new IllegalArgumentException("lbp2DMethod '" + method + "' is not supported (uniform or default)");
        if (samples < 1 || samples > 30) throw new IllegalArgumentException("lbp2DSamples must be 1..30, got " + samples);
        // our axes: 0 = x, 1 = y, 2 = z; numpy axis k is our axis 2 - k
        int across = 2 - sliceAxis;
        int rowAxis = sliceAxis == 0 ? 1 : sliceAxis == 1 ? 2 : 1;
        int colAxis = sliceAxis == 2 ? 2 : 0;
        int[] stride = {1, dims[0], dims[0] * dims[1]};
        int rows = dims[rowAxis], cols = dims[colAxis];
        double[] rp = new double[samples], cp = new double[samples];
        for (int p = 0; p < samples; p++) {
            double angle = 2 * Math.PI * p / samples;
            rp[p] = Math.rint(-radius * Math.sin(angle) * 1e5) / 1e5;
            cp[p] = Math.rint(radius * Math.cos(angle) * 1e5) / 1e5;
        }
        double[] out = new double[v.length];
        double[] slice = new double[rows * cols];
        boolean[] bits = new boolean[samples];
        for (int s = 0; s < dims[across]; s++) {
            int base = s * stride[across];
            for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) slice[r * cols + c] = v[base + r * stride[rowAxis] + c * stride[colAxis]];
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) {
                    double centre = slice[r * cols + c];
                    for (int p = 0; p < samples; p++) bits[p] = bilinear(slice, rows, cols, r + rp[p], c + cp[p]) - centre >= 0;
                    out[base + r * stride[rowAxis] + c * stride[colAxis]] = code(bits, method);
                }
        }
        return out;
    }

    private static double code(boolean[] bits, String method) {
        int n = bits.length, lbp = 0;
        if (method.equals("default")) {
            for (int p = 0; p < n; p++) if (bits[p]) lbp += 1 << p;
            return lbp;
        }
        int changes = 0;
        for (int p = 0; p < n - 1; p++) if (bits[p] != bits[p + 1]) changes++;
        if (changes > 2) return n + 1;
        for (boolean b : bits) if (b) lbp++;
        return lbp;
    }

    /** scikit-image's bilinear_interpolation with mode 'C' (0 outside), same operation order. */
    static double bilinear(double[] img, int rows, int cols, double r, double c) {
        long minr = (long) Math.floor(r), minc = (long) Math.floor(c), maxr = (long) Math.ceil(r), maxc = (long) Math.ceil(c);
        double dr = r - minr, dc = c - minc;
        double topLeft = pixel(img, rows, cols, minr, minc), topRight = pixel(img, rows, cols, minr, maxc);
        double bottomLeft = pixel(img, rows, cols, maxr, minc), bottomRight = pixel(img, rows, cols, maxr, maxc);
        double top = (1 - dc) * topLeft + dc * topRight;
        double bottom = (1 - dc) * bottomLeft + dc * bottomRight;
        return (1 - dr) * top + dr * bottom;
    }

    private static double pixel(double[] img, int rows, int cols, long r, long c) {
        return r < 0 || r >= rows || c < 0 || c >= cols ? 0 : img[(int) r * cols + (int) c];
    }
}
