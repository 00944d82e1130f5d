package org.gliomaradiomics.learn;

import java.util.Random;

/** Seeded synthetic datasets for the tests. */
final class SyntheticData {
    private SyntheticData() {}

    /** Balanced binary labels, independent standard Gaussian features (pure noise). */
    static Dataset noise(int n, int p, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][p];
        for (double[] row : x) for (int j = 0; j < p; j++) row[j] = rng.nextGaussian();
        int[] y = new int[n];
        for (int i = 0; i < n; i++) y[i] = i % 2;
        return new Dataset(x, names(p), ids(n), y, new String[] {"negative", "positive"}, null);
    }

    /** Binary labels with {@code informative} features shifted by {@code effect} SD in the positive class. */
    static Dataset signal(int n, int p, int informative, double effect, long seed) {
        Dataset d = noise(n, p, seed);
        for (int i = 0; i < n; i++) for (int j = 0; j < informative; j++) d.x[i][j] += effect * d.y[i];
        return d;
    }

    static String[] names(int p) {
        String[] s = new String[p];
        for (int j = 0; j < p; j++) s[j] = "f" + j;
        return s;
    }

    static String[] ids(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) s[i] = "P" + i;
        return s;
    }
}
