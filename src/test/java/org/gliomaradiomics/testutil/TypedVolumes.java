package org.gliomaradiomics.testutil;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/** Volumes whose values sit in the storage of their type, as a reader leaves them (bytes for UINT8, shorts for INT16). */
public final class TypedVolumes {
    private TypedVolumes() {}

    /** The values in the storage of {@code type}; they must fit it. */
    public static Volume stored(Geometry g, double[] values, DataType type) {
        Volume v = Volume.allocate(g, type);
        for (int i = 0; i < values.length; i++) v.set(i, values[i]);
        if (v.storageType() != Volume.storageFor(type))
            throw new IllegalArgumentException("the values do not fit the storage of " + type);
        return v;
    }
}
