package org.gliomaradiomics.filters;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Volume;

/** Small helpers shared by the filters. */
final class ResponseMaps {
    private ResponseMaps() {}

    static Volume wrap(Volume like, double[] values) {
        return new Volume(like.geometry(), values, DataType.FLOAT64);
    }

    static double[] abs(double[] v) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) a[i] = Math.abs(v[i]);
        return a;
    }

    static void addInto(double[] acc, double[] v) {
        for (int i = 0; i < acc.length; i++) acc[i] += v[i];
    }

    static void requireOdd(String what, int n) {
        if (n < 1 || n % 2 == 0) throw new IllegalArgumentException(what + " must be a positive odd number of voxels, got " + n);
    }

    static int[] dims(Volume v) {
        return new int[] {v.nx(), v.ny(), v.nz()};
    }
}
