package org.gliomaradiomics.features;

import java.util.Set;
import org.gliomaradiomics.features.FeatureSettings.Dimension;

/**
 * The IBSI ways of turning texture matrices into one value per feature (README of the reference data, section 3).
 * A family supplies how to build one matrix, how to add two matrices and how to compute all its features from
 * one matrix; an aggregation is only the choice of which matrices are built, merged and averaged.
 */
final class TextureAggregation {
    static final String D2_AVG = "2D:avg", D2_MRG = "2D:mrg", D25_AVG = "2.5D:avg", D25_MRG = "2.5D:mrg",
        D3_AVG = "3D:avg", D3_MRG = "3D:mrg", D3 = "3D";

    /** What a family's matrix type M can do. */
    interface MatrixKind<M> {
        int featureCount();

        /** Computes every feature of one matrix into {@code out}; false when the matrix is empty (no feature). */
        boolean features(M matrix, double[] out);

        /** Adds {@code matrix} element by element to {@code sum} and returns the sum; {@code sum == null} returns a
         * copy of {@code matrix} (never {@code matrix} itself, which must stay unchanged). */
        M add(M sum, M matrix);
    }

    /** {@link MatrixKind#add} for matrices stored as one dense array (GLCM counts, NGTDM's [n, s]). */
    static double[] addDense(double[] sum, double[] matrix) {
        if (sum == null) return matrix.clone();
        for (int i = 0; i < sum.length; i++) sum[i] += matrix[i];
        return sum;
    }

    /** Builds the matrix of one direction (index into {@link TextureDirections#DIRECTIONS}) for one grid slice,
     * or for the whole volume when {@code slice < 0}. */
    interface DirectionalBuilder<M> {
        M build(int direction, int slice);
    }

    /** Builds the matrix of one grid slice with in-plane neighbours, or of the volume when {@code slice < 0}. */
    interface SliceBuilder<M> {
        M build(int slice);
    }

    /** Receives the feature values of one aggregation (in the family's feature order). */
    interface Emitter {
        void emit(String aggregation, double[] values);
    }

    private TextureAggregation() {}

    /** GLCM and GLRLM: 2D:avg, 2D:mrg, 2.5D:avg, 2.5D:mrg, 3D:avg, 3D:mrg. */
    static <M> void directional(TextureGrid grid, Set<Dimension> dims, MatrixKind<M> kind, DirectionalBuilder<M> builder,
                                Emitter out) {
        boolean d2 = dims.contains(Dimension.D2), d25 = dims.contains(Dimension.D2_5), d3 = dims.contains(Dimension.D3);
        int nf = kind.featureCount();
        // Sums over slices per in-plane direction; they are also the 3D matrices of the in-plane directions.
        @SuppressWarnings("unchecked")
        M[] inPlaneSums = (M[]) new Object[TextureDirections.IN_PLANE];
        boolean haveInPlaneSums = false;
        if (d2 || d25) {
            Mean perMatrix = new Mean(nf), perSlice = new Mean(nf);
            for (int z : grid.occupiedSlices()) {
                M sliceSum = null;
                for (int d = 0; d < TextureDirections.IN_PLANE; d++) {
                    M m = builder.build(d, z);
                    if (d2) {
                        perMatrix.add(kind, m);
                        sliceSum = kind.add(sliceSum, m);
                    }
                    inPlaneSums[d] = kind.add(inPlaneSums[d], m);
                }
                if (d2) perSlice.add(kind, sliceSum);
            }
            haveInPlaneSums = true;
            if (d2) {
                out.emit(D2_AVG, perMatrix.mean());
                out.emit(D2_MRG, perSlice.mean());
            }
            if (d25) {
                Mean perDirection = new Mean(nf);
                M all = null;
                for (M m : inPlaneSums) {
                    if (m == null) continue;
                    perDirection.add(kind, m);
                    all = kind.add(all, m);
                }
                out.emit(D25_AVG, perDirection.mean());
                out.emit(D25_MRG, single(kind, all));
            }
        }
        if (d3) {
            Mean perDirection = new Mean(nf);
            M all = null;
            for (int d = 0; d < TextureDirections.DIRECTIONS.length; d++) {
                M m = d < TextureDirections.IN_PLANE && haveInPlaneSums ? inPlaneSums[d] : builder.build(d, -1);
                if (m == null) continue;
                perDirection.add(kind, m);
                all = kind.add(all, m);
            }
            out.emit(D3_AVG, perDirection.mean());
            out.emit(D3_MRG, single(kind, all));
        }
    }

    /** GLSZM, GLDZM, NGTDM, NGLDM: 2D:avg, 2.5D:mrg, 3D. */
    static <M> void sliceWise(TextureGrid grid, Set<Dimension> dims, MatrixKind<M> kind, SliceBuilder<M> builder,
                              Emitter out) {
        boolean d2 = dims.contains(Dimension.D2), d25 = dims.contains(Dimension.D2_5), d3 = dims.contains(Dimension.D3);
        if (d2 || d25) {
            Mean perSlice = new Mean(kind.featureCount());
            M all = null;
            for (int z : grid.occupiedSlices()) {
                M m = builder.build(z);
                if (d2) perSlice.add(kind, m);
                if (d25) all = kind.add(all, m);
            }
            if (d2) out.emit(D2_AVG, perSlice.mean());
            if (d25) out.emit(D25_MRG, single(kind, all));
        }
        if (d3) out.emit(D3, single(kind, builder.build(-1)));
    }

    private static <M> double[] single(MatrixKind<M> kind, M matrix) {
        double[] values = new double[kind.featureCount()];
        if (matrix == null || !kind.features(matrix, values)) java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    /** Running mean of feature vectors, skipping empty matrices; NaN when there was none. */
    private static final class Mean {
        private final double[] sum, values;
        private int n;

        Mean(int featureCount) {
            sum = new double[featureCount];
            values = new double[featureCount];
        }

        <M> void add(MatrixKind<M> kind, M matrix) {
            if (matrix == null || !kind.features(matrix, values)) return;
            for (int i = 0; i < sum.length; i++) sum[i] += values[i];
            n++;
        }

        double[] mean() {
            double[] mean = new double[sum.length];
            for (int i = 0; i < sum.length; i++) mean[i] = n == 0 ? Double.NaN : sum[i] / n;
            return mean;
        }
    }
}
