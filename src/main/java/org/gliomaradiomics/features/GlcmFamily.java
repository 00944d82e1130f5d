package org.gliomaradiomics.features;

/**
 * IBSI grey level co-occurrence matrix features (family {@code glcm}, 25 features), for the aggregations 2D:avg,
 * 2D:mrg, 2.5D:avg, 2.5D:mrg, 3D:avg and 3D:mrg. One pass over the ROI voxels per direction and slice; the
 * feature formulas are in {@link CooccurrenceFeatures}.
 */
public final class GlcmFamily extends ListedFamily {
    static final FeatureList FEATURES = new FeatureList("glcm", "glcm",
        "JointMaximum", "GYBY", "MaximumProbability", "JointAverage", "60VM", "JointAverage",
        "JointVariance", "UR99", "SumSquares", "JointEntropy", "TU9B", "JointEntropy",
        "DifferenceAverage", "TF7R", "DifferenceAverage", "DifferenceVariance", "D3YU", "DifferenceVariance",
        "DifferenceEntropy", "NTRS", "DifferenceEntropy", "SumAverage", "ZGXS", "SumAverage",
        "SumVariance", "OEEB", "", "SumEntropy", "P6QZ", "SumEntropy",
        "AngularSecondMoment", "8ZQL", "JointEnergy", "Contrast", "ACUI", "Contrast",
        "Dissimilarity", "8S9J", "Dissimilarity", "InverseDifference", "IB1Z", "Id",
        "NormalisedInverseDifference", "NDRX", "Idn", "InverseDifferenceMoment", "WF0Z", "Idm",
        "NormalisedInverseDifferenceMoment", "1QCO", "Idmn", "InverseVariance", "E8JP", "InverseVariance",
        "Correlation", "NI2N", "Correlation", "Autocorrelation", "QWB0", "Autocorrelation",
        "ClusterTendency", "DG8W", "ClusterTendency", "ClusterShade", "7NFM", "ClusterShade",
        "ClusterProminence", "AE86", "ClusterProminence", "InformationCorrelation1", "R8DG", "Imc1",
        "InformationCorrelation2", "JN9H", "Imc2");

    public GlcmFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int distance = settings.texture().distance();
        if (distance < 1) throw new IllegalArgumentException("GLCM distance must be at least 1, got " + distance);
        TextureGrid grid = TextureGrid.of(roi, distance, false);
        boolean symmetric = settings.texture().glcmSymmetric();
        TextureAggregation.directional(grid, settings.dimensions(), new CooccurrenceFeatures(grid.ng),
            (direction, slice) -> cooccurrences(grid, TextureDirections.offset(grid, direction, distance), slice, symmetric),
            FEATURES.emitter(sink));
    }

    /** Co-occurrence counts of the ROI voxels of one slice (or the volume) with their neighbour at {@code offset}. */
    static double[] cooccurrences(TextureGrid grid, int offset, int slice, boolean symmetric) {
        int ng = grid.ng;
        int[] grey = grid.grey, voxels = grid.roiVoxels;
        double[] m = new double[ng * ng];
        for (int k = grid.from(slice), end = grid.to(slice); k < end; k++) {
            int v = voxels[k];
            int neighbour = grey[v + offset];
            if (neighbour != 0) m[(grey[v] - 1) * ng + neighbour - 1]++;
        }
        if (symmetric) {
            for (int a = 0; a < ng; a++) {
                for (int b = a; b < ng; b++) {
                    double s = m[a * ng + b] + m[b * ng + a];
                    m[a * ng + b] = s;
                    m[b * ng + a] = s;
                }
            }
        }
        return m;
    }
}
