package org.gliomaradiomics.features.filters;

import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/** Pools responses over the right-angle rotations of the grid. */
final class RotationPooling {
    private RotationPooling() {}

    /** Pools {@code response(rotation)} over every rotation of dimensionality {@code d}. */
    static double[] pool(Dimensionality d, Pooling pooling, Function<RightAngleRotations.Rotation, double[]> response, DoubleConsumer progress) {
        List<RightAngleRotations.Rotation> rotations = RightAngleRotations.of(d);
        double[] acc = null;
        for (int i = 0; i < rotations.size(); i++) {
            acc = pooling.accumulate(acc, response.apply(rotations.get(i)));
            progress.accept((i + 1.0) / rotations.size());
        }
        return pooling.finish(acc, rotations.size());
    }

    /** Pools a separable kernel (one 1D kernel per kernel axis) over the rotations. */
    static double[] separable(double[] in, int[] dims, Kernel1D[] kernelAxes, Dimensionality d, Padding padding, Pooling pooling, DoubleConsumer progress) {
        return pool(d, pooling, r -> Convolution.separable(in, dims, r.place(kernelAxes), padding), progress);
    }
}
