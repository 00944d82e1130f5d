package org.gliomaradiomics.features.pyradiomics;

/**
 * The sums shared by GLRLM, GLSZM and GLDM: a count matrix P(i, j) of gray level i and run length, zone size or
 * dependence size j (both given as actual values), with N = sum(P) and Np the voxel count.
 */
final class SizeMatrixStats {
    final double smallEmphasis, largeEmphasis, grayNonUniformity, grayNonUniformityNormalized, sizeNonUniformity,
        sizeNonUniformityNormalized, percentage, grayVariance, sizeVariance, entropy, lowGray, highGray,
        smallLowGray, smallHighGray, largeLowGray, largeHighGray;

    /** @param p row-major rows x cols counts; row r has level {@code iv[r]}, column c has size {@code jv[c]}. */
    SizeMatrixStats(double[] p, double[] iv, double[] jv, double np) {
        int rows = iv.length, cols = jv.length;
        double[] pg = new double[rows], pr = new double[cols];
        double n = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                double v = p[r * cols + c];
                pg[r] += v;
                pr[c] += v;
                n += v;
            }
        double se = 0, le = 0, sn = 0, svMean = 0;
        for (int c = 0; c < cols; c++) {
            double j2 = jv[c] * jv[c];
            se += pr[c] / j2;
            le += pr[c] * j2;
            sn += pr[c] * pr[c];
            svMean += pr[c] / n * jv[c];
        }
        double gn = 0, lg = 0, hg = 0, gvMean = 0;
        for (int r = 0; r < rows; r++) {
            double i2 = iv[r] * iv[r];
            gn += pg[r] * pg[r];
            lg += pg[r] / i2;
            hg += pg[r] * i2;
            gvMean += pg[r] / n * iv[r];
        }
        double gv = 0, sv = 0;
        for (int r = 0; r < rows; r++) gv += pg[r] / n * (iv[r] - gvMean) * (iv[r] - gvMean);
        for (int c = 0; c < cols; c++) sv += pr[c] / n * (jv[c] - svMean) * (jv[c] - svMean);
        double ent = 0, sl = 0, sh = 0, ll = 0, lh = 0;
        for (int r = 0; r < rows; r++) {
            double i2 = iv[r] * iv[r];
            for (int c = 0; c < cols; c++) {
                double v = p[r * cols + c];
                if (v == 0) continue;
                double j2 = jv[c] * jv[c], q = v / n;
                ent -= q * FirstOrderFeatures.log2(q + FirstOrderFeatures.EPS);
                sl += v / (i2 * j2);
                sh += v * i2 / j2;
                ll += v * j2 / i2;
                lh += v * i2 * j2;
            }
        }
        smallEmphasis = se / n;
        largeEmphasis = le / n;
        grayNonUniformity = gn / n;
        grayNonUniformityNormalized = gn / (n * n);
        sizeNonUniformity = sn / n;
        sizeNonUniformityNormalized = sn / (n * n);
        percentage = n / np;
        grayVariance = gv;
        sizeVariance = sv;
        entropy = ent;
        lowGray = lg / n;
        highGray = hg / n;
        smallLowGray = sl / n;
        smallHighGray = sh / n;
        largeLowGray = ll / n;
        largeHighGray = lh / n;
    }

    /** Puts the 16 sums under the given names (null name: not a feature of this class). */
    static void put(FeatureMap f, String[] names, double[] values) {
        for (int k = 0; k < names.length; k++) if (names[k] != null) f.put(names[k], values[k]);
    }

    double[] asArray() {
        return new double[] {smallEmphasis, largeEmphasis, grayNonUniformity, grayNonUniformityNormalized, sizeNonUniformity,
            sizeNonUniformityNormalized, percentage, grayVariance, sizeVariance, entropy, lowGray, highGray, smallLowGray,
            smallHighGray, largeLowGray, largeHighGray};
    }

    /** Mean over directions ignoring NaN (numpy.nanmean): NaN for a feature no direction has (an isolated voxel, as
     * a voxel-based kernel can be). */
    static double[] nanMean(double[][] perDirection, int k) {
        double[] out = new double[k];
        for (int f = 0; f < k; f++) {
            double s = 0;
            int n = 0;
            for (double[] d : perDirection) if (!Double.isNaN(d[f])) { s += d[f]; n++; }
            out[f] = n == 0 ? Double.NaN : s / n;
        }
        return out;
    }
}
