package org.gliomaradiomics.learn;

/** Replaces NaN by the training median of the column (0 when the column had no value in training). */
public final class MedianImputation implements FittedTransform {
    private static final long serialVersionUID = 1L;
    private final double[] medians;

    private MedianImputation(double[] medians) {
        this.medians = medians;
    }

    public static MedianImputation fit(Dataset train) {
        double[][] cols = ColumnStats.transpose(train.x, train.features());
        double[] med = new double[cols.length];
        for (int j = 0; j < cols.length; j++) {
            med[j] = ColumnStats.median(cols[j]);
            if (Double.isNaN(med[j])) med[j] = 0;
        }
        return new MedianImputation(med);
    }

    /** The training median of each column (0 for a column without values). */
    public double[] medians() {
        return medians.clone();
    }

    @Override
    public Dataset apply(Dataset data) {
        if (data.features() != medians.length)
            throw new IllegalArgumentException("imputation: " + data.features() + " columns, fitted on " + medians.length);
        double[][] out = data.copyX();
        for (double[] row : out) for (int j = 0; j < row.length; j++) if (Double.isNaN(row[j])) row[j] = medians[j];
        return data.withFeatures(out, data.featureNames);
    }
}
