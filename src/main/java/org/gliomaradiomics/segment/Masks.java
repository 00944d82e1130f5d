package org.gliomaradiomics.segment;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/** Conversions between boolean masks and volumes, and simple mask measures. */
public final class Masks {
    private Masks() {}

    /** A UINT8 volume holding 1 where the mask is set. */
    public static Volume toVolume(boolean[] mask, Geometry g) {
        checkSize(mask, g, "mask");
        double[] v = new double[mask.length];
        for (int i = 0; i < v.length; i++) if (mask[i]) v[i] = 1;
        return new Volume(g, v, DataType.UINT8);
    }

    /** Voxels with a non-zero value. */
    public static boolean[] nonZero(Volume v) {
        double[] a = v.voxels();
        boolean[] m = new boolean[a.length];
        for (int i = 0; i < a.length; i++) m[i] = a[i] != 0;
        return m;
    }

    /** Voxels whose value is one of the given labels. */
    public static boolean[] anyOf(Volume v, int... labels) {
        double[] a = v.voxels();
        boolean[] m = new boolean[a.length];
        for (int i = 0; i < a.length; i++)
            for (int l : labels)
                if (a[i] == l) {
                    m[i] = true;
                    break;
                }
        return m;
    }

    public static long count(boolean[] mask) {
        long n = 0;
        for (boolean b : mask) if (b) n++;
        return n;
    }

    public static double volumeMm3(boolean[] mask, Geometry g) {
        return count(mask) * g.voxelVolume();
    }

    public static void checkSize(boolean[] mask, Geometry g, String what) {
        if (mask.length != g.voxelCount())
            throw new IllegalArgumentException(what + " has " + mask.length + " voxels, grid " + g.sizeString() + " needs " + g.voxelCount());
    }
}
