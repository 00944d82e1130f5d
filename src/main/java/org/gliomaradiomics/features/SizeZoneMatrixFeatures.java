package org.gliomaradiomics.features;

/**
 * The features shared by GLRLM, GLSZM, GLDZM and NGLDM, all computed from one {@link LengthMatrix} (IBSI gives
 * them the same formulas with runs, zone sizes, zone distances or dependence counts as "length" j), for both
 * conventions (the {@link Convention}'s ε in the entropy's logarithm): PyRadiomics' glrlm, glszm and gldm too. Values, in
 * this order: short/small emphasis, long/large emphasis, low grey level emphasis, high grey level emphasis,
 * short-low, short-high, long-low, long-high, grey level non-uniformity (plain, normalised), length
 * non-uniformity (plain, normalised), percentage N_s / N_v, grey level variance, length variance, entropy, and
 * energy (NGLDM only; the other families emit the first 16).
 */
public final class SizeZoneMatrixFeatures implements TextureAggregation.MatrixKind<LengthMatrix> {
    public static final int COUNT = 17;
    private final Convention convention;

    SizeZoneMatrixFeatures(Convention convention) {
        this.convention = convention;
    }

    @Override
    public int featureCount() {
        return COUNT;
    }

    @Override
    public LengthMatrix add(LengthMatrix sum, LengthMatrix matrix) {
        if (sum == null) {
            LengthMatrix copy = new LengthMatrix(matrix.ng, matrix.lengths);
            System.arraycopy(matrix.counts, 0, copy.counts, 0, matrix.counts.length);
            copy.voxels = matrix.voxels;
            return copy;
        }
        return LengthMatrix.sum(sum, matrix);
    }

    @Override
    public boolean features(LengthMatrix m, double[] out) {
        int ng = m.ng, columns = m.lengths.length;
        int[] lengths = m.lengths;
        double[] counts = m.counts;
        double[] rowSum = new double[ng], columnSum = new double[columns];
        double total = 0;
        for (int g = 0, k = 0; g < ng; g++) {
            for (int c = 0; c < columns; c++, k++) {
                double r = counts[k];
                rowSum[g] += r;
                columnSum[c] += r;
            }
            total += rowSum[g];
        }
        if (total == 0) return false;
        double shortLow = 0, shortHigh = 0, longLow = 0, longHigh = 0, entropy = 0, energy = 0;
        for (int g = 0; g < ng; g++) {
            if (rowSum[g] == 0) continue;
            double i2 = (g + 1.0) * (g + 1.0);
            for (int c = 0, k = g * columns; c < columns; c++, k++) {
                double r = counts[k];
                if (r == 0) continue;
                double j2 = (double) lengths[c] * lengths[c];
                shortLow += r / (i2 * j2);
                shortHigh += r * i2 / j2;
                longLow += r * j2 / i2;
                longHigh += r * i2 * j2;
                double p = r / total;
                entropy -= p * convention.log2(p);
                energy += p * p;
            }
        }
        double lowGrey = 0, highGrey = 0, greyNonUniformity = 0, greyMean = 0;
        for (int g = 0; g < ng; g++) {
            double r = rowSum[g], i = g + 1.0;
            lowGrey += r / (i * i);
            highGrey += r * i * i;
            greyNonUniformity += r * r;
            greyMean += i * r;
        }
        greyMean /= total;
        double greyVariance = 0;
        for (int g = 0; g < ng; g++) greyVariance += (g + 1 - greyMean) * (g + 1 - greyMean) * rowSum[g];
        double shortEmphasis = 0, longEmphasis = 0, lengthNonUniformity = 0, lengthMean = 0;
        for (int c = 0; c < columns; c++) {
            double r = columnSum[c], j = lengths[c];
            shortEmphasis += r / (j * j);
            longEmphasis += r * j * j;
            lengthNonUniformity += r * r;
            lengthMean += j * r;
        }
        lengthMean /= total;
        double lengthVariance = 0;
        for (int c = 0; c < columns; c++) lengthVariance += (lengths[c] - lengthMean) * (lengths[c] - lengthMean) * columnSum[c];
        out[0] = shortEmphasis / total;
        out[1] = longEmphasis / total;
        out[2] = lowGrey / total;
        out[3] = highGrey / total;
        out[4] = shortLow / total;
        out[5] = shortHigh / total;
        out[6] = longLow / total;
        out[7] = longHigh / total;
        out[8] = greyNonUniformity / total;
        out[9] = greyNonUniformity / (total * total);
        out[10] = lengthNonUniformity / total;
        out[11] = lengthNonUniformity / (total * total);
        out[12] = total / m.voxels;
        out[13] = greyVariance / total;
        out[14] = lengthVariance / total;
        out[15] = entropy;
        out[16] = energy;
        return true;
    }
}
