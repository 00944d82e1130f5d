package org.gliomaradiomics.image;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.DoubleType;

/**
 * ImgLib2 views of a volume over its own storage array (ImgLib2 core's {@link ArrayImgs}, x fastest as in a volume),
 * no copy: writes through the view change the volume. This is all the project uses ImgLib2 for: the algorithms
 * work on {@link Volume}.
 */
public final class ImgLib2Views {
    private ImgLib2Views() {}

    /**
     * A {@code nx x ny x nz} image of the volume's values as doubles, over the volume's own double[]; a volume
     * stored in another type is widened to doubles first (see {@link Volume#voxels()}). Prefer {@link #view}.
     */
    public static RandomAccessibleInterval<DoubleType> wrap(Volume volume) {
        return ArrayImgs.doubles(volume.voxels(), volume.nx(), volume.ny(), volume.nz());
    }

    /**
     * A {@code nx x ny x nz} image over the volume's storage as it is: UnsignedByteType, ByteType,
     * UnsignedShortType, ShortType, IntType, FloatType or DoubleType after {@link Volume#storageType()}.
     */
    public static RandomAccessibleInterval<? extends RealType<?>> view(Volume volume) {
        Object a = volume.storageArray();
        long nx = volume.nx(), ny = volume.ny(), nz = volume.nz();
        switch (volume.storageType()) {
            case UINT8: return ArrayImgs.unsignedBytes((byte[]) a, nx, ny, nz);
            case INT8: return ArrayImgs.bytes((byte[]) a, nx, ny, nz);
            case UINT16: return ArrayImgs.unsignedShorts((short[]) a, nx, ny, nz);
            case INT16: return ArrayImgs.shorts((short[]) a, nx, ny, nz);
            case INT32: return ArrayImgs.ints((int[]) a, nx, ny, nz);
            case FLOAT32: return ArrayImgs.floats((float[]) a, nx, ny, nz);
            default: return ArrayImgs.doubles((double[]) a, nx, ny, nz);
        }
    }
}
