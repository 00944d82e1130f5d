package org.gliomaradiomics.mask;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/** Conversions between boolean masks and volumes, and simple mask measures. */
public final class Masks {
    private Masks() {}

    /** A UINT8 volume holding 1 where the mask is set. */
    public static Volume toVolume(boolean[] mask, Geometry g) {
        checkSize(mask, g, "mask");
        byte[] v = new byte[mask.length];
        for (int i = 0; i < v.length; i++) if (mask[i]) v[i] = 1;
        return new Volume(g, v, DataType.UINT8);
    }

    /** Voxels with a non-zero value. */
    public static boolean[] nonZero(Volume v) {
        boolean[] m = new boolean[v.size()];
        for (int i = 0; i < m.length; i++) m[i] = v.get(i) != 0;
        return m;
    }

    /** Voxels whose value is one of the given labels. */
    public static boolean[] anyOf(Volume v, int... labels) {
        boolean[] m = new boolean[v.size()];
        for (int i = 0; i < m.length; i++) {
            double a = v.get(i);
            for (int l : labels)
                if (a == l) {
                    m[i] = true;
                    break;
                }
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
