package org.gliomaradiomics.image;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.DoubleType;

/** ImgLib2 views of a volume; they share the voxel array, so writes through the view change the volume. */
public final class ImgLib2Views {
    private ImgLib2Views() {}

    /** A {@code nx x ny x nz} image over the volume's own double[] (x fastest, as ImgLib2's ArrayImg), no copy. */
    public static RandomAccessibleInterval<DoubleType> wrap(Volume volume) {
        return ArrayImgs.doubles(volume.voxels(), volume.nx(), volume.ny(), volume.nz());
    }
}
