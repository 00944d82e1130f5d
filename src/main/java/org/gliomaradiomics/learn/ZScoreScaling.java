package org.gliomaradiomics.learn;

/** Subtracts the training mean and divides by the training standard deviation (1 for constant columns). */
public final class ZScoreScaling implements FittedTransform {
    private static final long serialVersionUID = 1L;
    private final double[] mean, sd;

    private ZScoreScaling(double[] mean, double[] sd) {
        this.mean = mean;
        this.sd = sd;
    }

    public static ZScoreScaling fit(Dataset train) {
        double[][] cols = ColumnStats.transpose(train.x, train.features());
        double[] m = new double[cols.length], s = new double[cols.length];
        for (int j = 0; j < cols.length; j++) {
            m[j] = ColumnStats.mean(cols[j]);
            if (Double.isNaN(m[j])) m[j] = 0;
            s[j] = ColumnStats.sd(cols[j], m[j]);
            if (!(s[j] > 0)) s[j] = 1;
        }
        return new ZScoreScaling(m, s);
    }

    @Override
    public Dataset apply(Dataset data) {
        if (data.features() != mean.length)
            throw new IllegalArgumentException("scaling: " + data.features() + " columns, fitted on " + mean.length);
        double[][] out = new double[data.rows()][mean.length];
        for (int i = 0; i < out.length; i++)
            for (int j = 0; j < mean.length; j++) out[i][j] = (data.x[i][j] - mean[j]) / sd[j];
        return data.withFeatures(out, data.featureNames);
    }
}
