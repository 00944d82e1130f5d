package org.gliomaradiomics.features;

import java.util.List;

/**
 * IBSI grey level co-occurrence matrix features (family {@code glcm}, 25 features), for the aggregations 2D:avg,
 * 2D:mrg, 2.5D:avg, 2.5D:mrg, 3D:avg and 3D:mrg. One pass over the ROI voxels per direction and slice; the
 * feature formulas are in {@link CooccurrenceFeatures}.
 */
public final class GlcmFamily implements FeatureFamily {
    static final TextureFeatureList FEATURES = new TextureFeatureList("glcm",
        "JointMaximum", "GYBY", "JointAverage", "60VM", "JointVariance", "UR99", "JointEntropy", "TU9B",
        "DifferenceAverage", "TF7R", "DifferenceVariance", "D3YU", "DifferenceEntropy", "NTRS",
        "SumAverage", "ZGXS", "SumVariance", "OEEB", "SumEntropy", "P6QZ",
        "AngularSecondMoment", "8ZQL", "Contrast", "ACUI", "Dissimilarity", "8S9J",
        "InverseDifference", "IB1Z", "NormalisedInverseDifference", "NDRX",
        "InverseDifferenceMoment", "WF0Z", "NormalisedInverseDifferenceMoment", "1QCO",
        "InverseVariance", "E8JP", "Correlation", "NI2N", "Autocorrelation", "QWB0",
        "ClusterTendency", "DG8W", "ClusterShade", "7NFM", "ClusterProminence", "AE86",
        "InformationCorrelation1", "R8DG", "InformationCorrelation2", "JN9H");

    @Override
    public String name() {
        return "glcm";
    }

    @Override
    public List<FeatureDefinition> features() {
        return FEATURES.definitions();
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        int distance = settings.texture.distance;
        if (distance < 1) throw new IllegalArgumentException("GLCM distance must be at least 1, got " + distance);
        TextureGrid grid = TextureGrid.of(roi, distance, false);
        boolean symmetric = settings.texture.glcmSymmetric;
        TextureAggregation.directional(grid, settings.dimensions, new CooccurrenceFeatures(grid.ng),
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
