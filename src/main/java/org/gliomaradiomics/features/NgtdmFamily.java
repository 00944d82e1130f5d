package org.gliomaradiomics.features;

/**
 * IBSI neighbourhood grey tone difference matrix features (family {@code ngtdm}, 5 features), for the aggregations
 * 2D:avg, 2.5D:mrg and 3D. Neighbourhoods: Chebyshev distance {@code texture.distance}, ROI neighbours only; a
 * voxel without any ROI neighbour is left out (IBSI). The matrix is stored as {@code [n_1..n_Ng, s_1..s_Ng]} so
 * that merging slices is element-wise addition.
 */
public final class NgtdmFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("ngtdm", "ngtdm",
        "Coarseness", "QCDE", "Coarseness", "Contrast", "65HE", "Contrast", "Busyness", "NQ30", "Busyness",
        "Complexity", "HDEZ", "Complexity", "Strength", "1X9X", "Strength");

    public NgtdmFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int distance = settings.texture().distance();
        if (distance < 1) throw new IllegalArgumentException("NGTDM distance must be at least 1, got " + distance);
        TextureGrid grid = TextureGrid.of(roi, distance, false);
        int[] inPlane = TextureDirections.chebyshevNeighbourhood(grid, distance, true);
        int[] volume = TextureDirections.chebyshevNeighbourhood(grid, distance, false);
        TextureAggregation.sliceWise(grid, settings.dimensions(), new Features(grid.ng),
            slice -> differences(grid, slice < 0 ? volume : inPlane, slice, Convention.IBSI), FEATURES.emitter(sink));
    }

    /** n_i and s_i of the ROI voxels of one slice (or the volume); a voxel without ROI neighbour counts in n_i only
     * under {@link Convention#isolatedVoxelsInNgtdm}. */
    static double[] differences(TextureGrid grid, int[] neighbours, int slice, Convention convention) {
        boolean isolated = convention.isolatedVoxelsInNgtdm();
        int ng = grid.ng;
        int[] grey = grid.grey, voxels = grid.roiVoxels;
        double[] m = new double[2 * ng];
        for (int k = grid.from(slice), end = grid.to(slice); k < end; k++) {
            int v = voxels[k];
            int sum = 0, count = 0;
            for (int offset : neighbours) {
                int h = grey[v + offset];
                if (h != 0) {
                    sum += h;
                    count++;
                }
            }
            if (count == 0 && !isolated) continue;
            int g = grey[v];
            m[g - 1]++;
            if (count > 0) m[ng + g - 1] += Math.abs(g - (double) sum / count);
        }
        return m;
    }

    /** The five features (Coarseness, Contrast, Busyness, Complexity, Strength) of one {@code [n_1..n_Ng, s_1..s_Ng]}
     * matrix, for both conventions; NaN when empty. */
    static double[] values(double[] ns, int ng) {
        double[] out = new double[5];
        if (!new Features(ng).features(ns, out)) java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    /** The five NGTDM features of one {@code [n, s]} matrix. */
    static final class Features implements TextureAggregation.MatrixKind<double[]> {
        private final int ng;

        Features(int ng) {
            this.ng = ng;
        }

        @Override
        public int featureCount() {
            return 5;
        }

        @Override
        public double[] add(double[] sum, double[] matrix) {
            return TextureAggregation.addDense(sum, matrix);
        }

        @Override
        public boolean features(double[] m, double[] out) {
            int ng = this.ng;
            double nvc = 0, sumS = 0;
            for (int i = 0; i < ng; i++) {
                nvc += m[i];
                sumS += m[ng + i];
            }
            if (nvc == 0) return false;
            // Only grey levels present (p_i > 0) take part in the double sums.
            int[] level = new int[ng];
            double[] p = new double[ng], s = new double[ng];
            int present = 0;
            double weighted = 0; // sum p_i s_i
            for (int i = 0; i < ng; i++) {
                if (m[i] == 0) continue;
                level[present] = i + 1;
                p[present] = m[i] / nvc;
                s[present] = m[ng + i];
                weighted += p[present] * s[present];
                present++;
            }
            double contrastSum = 0, busynessDenominator = 0, complexity = 0, strengthSum = 0;
            for (int a = 0; a < present; a++) {
                for (int b = 0; b < present; b++) {
                    double diff = level[a] - level[b];
                    contrastSum += p[a] * p[b] * diff * diff;
                    busynessDenominator += Math.abs(level[a] * p[a] - level[b] * p[b]);
                    complexity += Math.abs(diff) * (p[a] * s[a] + p[b] * s[b]) / (p[a] + p[b]);
                    strengthSum += (p[a] + p[b]) * diff * diff;
                }
            }
            out[0] = weighted == 0 ? 1e6 : 1 / weighted;
            out[1] = present > 1 ? contrastSum / (present * (present - 1.0)) * sumS / nvc : 0;
            out[2] = present > 1 && busynessDenominator > 0 ? weighted / busynessDenominator : 0;
            out[3] = complexity / nvc;
            out[4] = sumS == 0 ? 0 : strengthSum / sumS;
            return true;
        }
    }
}
