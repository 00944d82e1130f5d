package org.gliomaradiomics.learn;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A light table for learning: one row per patient, numeric features (NaN = missing), an integer class per row
 * ({@code -1} when unknown, e.g. for prediction) and optional batch (site/scanner) labels for harmonisation.
 * Arrays are shared, not copied: treat them as read-only.
 */
public final class Dataset implements Serializable {
    private static final long serialVersionUID = 1L;

    public final double[][] x;
    public final String[] featureNames;
    public final String[] ids;
    public final int[] y;
    public final String[] classNames;
    /** Batch label per row, or null. */
    public final String[] batch;

    public Dataset(double[][] x, String[] featureNames, String[] ids, int[] y, String[] classNames, String[] batch) {
        if (x.length != ids.length || y.length != ids.length)
            throw new IllegalArgumentException("Dataset: " + x.length + " rows of features, " + ids.length + " ids and "
                    + y.length + " labels differ");
        for (int i = 0; i < x.length; i++)
            if (x[i].length != featureNames.length)
                throw new IllegalArgumentException("Dataset: row " + ids[i] + " has " + x[i].length + " values, expected "
                        + featureNames.length);
        if (batch != null && batch.length != ids.length)
            throw new IllegalArgumentException("Dataset: " + batch.length + " batch labels for " + ids.length + " rows");
        this.x = x;
        this.featureNames = featureNames;
        this.ids = ids;
        this.y = y;
        this.classNames = classNames;
        this.batch = batch;
    }

    public int rows() {
        return ids.length;
    }

    public int features() {
        return featureNames.length;
    }

    public int numClasses() {
        return classNames.length;
    }

    /** The given rows, in the given order. */
    public Dataset rows(int[] rows) {
        double[][] nx = new double[rows.length][];
        String[] nid = new String[rows.length];
        int[] ny = new int[rows.length];
        String[] nb = batch == null ? null : new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            nx[i] = x[rows[i]];
            nid[i] = ids[rows[i]];
            ny[i] = y[rows[i]];
            if (nb != null) nb[i] = batch[rows[i]];
        }
        return new Dataset(nx, featureNames, nid, ny, classNames, nb);
    }

    /** The given feature columns, in the given order (copies the values). */
    public Dataset columns(int[] columns) {
        double[][] nx = new double[rows()][columns.length];
        for (int i = 0; i < nx.length; i++)
            for (int j = 0; j < columns.length; j++) nx[i][j] = x[i][columns[j]];
        String[] names = new String[columns.length];
        for (int j = 0; j < columns.length; j++) names[j] = featureNames[columns[j]];
        return new Dataset(nx, names, ids, y, classNames, batch);
    }

    /** Same rows and labels with other feature values. */
    public Dataset withFeatures(double[][] newX, String[] newNames) {
        return new Dataset(newX, newNames, ids, y, classNames, batch);
    }

    public Dataset withLabels(int[] newY) {
        return new Dataset(x, featureNames, ids, newY, classNames, batch);
    }

    public Dataset withBatch(String[] newBatch) {
        return new Dataset(x, featureNames, ids, y, classNames, newBatch);
    }

    /** Index of a feature by name, or -1. */
    public int featureIndex(String name) {
        for (int j = 0; j < featureNames.length; j++)
            if (featureNames[j].equals(name)) return j;
        return -1;
    }

    /** Number of rows per class. */
    public int[] classCounts() {
        int[] counts = new int[classNames.length];
        for (int v : y) if (v >= 0) counts[v]++;
        return counts;
    }

    /** A deep copy of the feature matrix. */
    public double[][] copyX() {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) c[i] = x[i].clone();
        return c;
    }

    @Override
    public String toString() {
        return "Dataset[" + rows() + " rows x " + features() + " features, classes " + Arrays.toString(classNames)
                + ", counts " + Arrays.toString(classCounts()) + "]";
    }
}
