package org.gliomaradiomics.filters;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/** Pools responses over the right-angle rotations of the grid. */
final class RotationPooling {
    private RotationPooling() {}

    /** Pools {@code response(rotation)} over every rotation of dimensionality {@code d}. */
    static double[] pool(Dimensionality d, Pooling pooling, Function<RightAngleRotations.Rotation, double[]> response, DoubleConsumer progress) {
        return pool(RightAngleRotations.of(d), pooling, response, progress);
    }

    /** Pools {@code response(rotation)} over the given rotations, in their order. */
    static double[] pool(List<RightAngleRotations.Rotation> rotations, Pooling pooling, Function<RightAngleRotations.Rotation, double[]> response, DoubleConsumer progress) {
        double[] acc = null;
        for (int i = 0; i < rotations.size(); i++) {
            acc = pooling.accumulate(acc, response.apply(rotations.get(i)));
            progress.accept((i + 1.0) / rotations.size());
        }
        return pooling.finish(acc, rotations.size());
    }

    /**
     * Pools a separable kernel (one 1D kernel per kernel axis) over the rotations. When every 1D kernel is even or
     * odd (all Laws kernels), a mirrored factor only flips the sign, so each rotation's response is +-1 times the
     * response of its axis permutation: 6 (3D) or 2 (2D) convolutions instead of 24 or 4.
     */
    static double[] separable(double[] in, int[] dims, Kernel1D[] kernelAxes, Dimensionality d, Padding padding, Pooling pooling, DoubleConsumer progress) {
        for (Kernel1D k : kernelAxes)
            if (k.parity() == 0) return pool(d, pooling, r -> Convolution.separable(in, dims, r.place(kernelAxes), padding.extension()), progress);
        List<RightAngleRotations.Rotation> rotations = RightAngleRotations.of(d);
        Map<String, int[]> signCounts = new LinkedHashMap<>(); // permutation -> {count of +, count of -}
        Map<String, RightAngleRotations.Rotation> unflipped = new LinkedHashMap<>();
        for (RightAngleRotations.Rotation r : rotations) {
            int sign = 1;
            for (int i = 0; i < kernelAxes.length; i++) if (r.flip[i]) sign *= kernelAxes[i].parity();
            String key = Arrays.toString(r.axisOf);
            signCounts.computeIfAbsent(key, k -> new int[2])[sign > 0 ? 0 : 1]++;
            unflipped.putIfAbsent(key, new RightAngleRotations.Rotation(r.axisOf, new boolean[kernelAxes.length]));
        }
        double[] acc = null;
        int done = 0;
        for (Map.Entry<String, int[]> e : signCounts.entrySet()) {
            double[] response = Convolution.separable(in, dims, unflipped.get(e.getKey()).place(kernelAxes), padding.extension());
            int plus = e.getValue()[0], minus = e.getValue()[1];
            for (int i = 0; i < response.length; i++) {
                double v = response[i];
                response[i] = pooling == Pooling.AVERAGE ? (plus - minus) * v
                    : plus > 0 && minus > 0 ? Math.abs(v) : plus > 0 ? v : -v;
            }
            acc = pooling.accumulate(acc, response);
            progress.accept(++done / (double) signCounts.size());
        }
        return pooling.finish(acc, rotations.size());
    }
}
