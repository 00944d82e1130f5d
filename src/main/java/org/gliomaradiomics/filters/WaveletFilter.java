package org.gliomaradiomics.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/**
 * IBSI 2 separable wavelet response map of the undecimated (stationary, à trous) transform. Level 1 applies the
 * decomposition filter named by each letter of the map (first letter along x, then y, then z; L = low-pass,
 * H = high-pass). Level j applies low-pass filters at levels 1..j-1, then the map's filters, each level's
 * filters upsampled by 2^(level-1). Optionally averaged (or max-pooled) over the right-angle rotations.
 */
public final class WaveletFilter implements ImageFilter {
    private final String wavelet;
    private final Kernel1D low, high;
    private final String map;
    private final int level;
    private final Dimensionality dimensionality;
    private final Padding padding;
    private final boolean rotationInvariant;
    private final Pooling pooling;

    public WaveletFilter(String wavelet, String map, int level, Dimensionality dimensionality, Padding padding, boolean rotationInvariant, Pooling pooling) {
        this.wavelet = wavelet;
        this.low = WaveletCoefficients.kernel(wavelet, 'L');
        this.high = WaveletCoefficients.kernel(wavelet, 'H');
        this.map = map.trim().toUpperCase(Locale.ROOT);
        if (this.map.length() != dimensionality.axes || !this.map.matches("[LH]+"))
            throw new IllegalArgumentException("wavelet map '" + map + "' must have one letter L or H per axis (" + dimensionality.axes + ")");
        if (level < 1) throw new IllegalArgumentException("wavelet decomposition level must be at least 1, got " + level);
        if (level > MAX_LEVEL) throw new IllegalArgumentException("wavelet decomposition level " + level + " is above the limit " + MAX_LEVEL);
        this.level = level;
        this.dimensionality = dimensionality;
        this.padding = padding;
        this.rotationInvariant = rotationInvariant;
        this.pooling = pooling;
    }

    /** Highest level at all; {@link #apply} also refuses levels whose filters outgrow the image. */
    static final int MAX_LEVEL = 20;

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        int[] dims = ResponseMaps.dims(in);
        checkLevel(dims);
        double[] response;
        if (rotationInvariant) {
            // The low-pass levels before the last depend only on the mirrorings, not on the map: visit rotations
            // grouped by those levels' kernels and compute them once per group.
            List<RightAngleRotations.Rotation> rotations = new ArrayList<>(RightAngleRotations.of(dimensionality));
            rotations.sort(Comparator.comparing(r -> Arrays.toString(stageKernels(r, level - 1))));
            Object[] cache = new Object[2]; // {key, intermediate}
            response = RotationPooling.pool(rotations, pooling, r -> {
                String key = Arrays.toString(stageKernels(r, level - 1));
                if (!key.equals(cache[0])) { cache[0] = key; cache[1] = transform(in.voxels(), dims, r, 1, level - 1); }
                return transform((double[]) cache[1], dims, r, level, level);
            }, progress);
        } else {
            response = transform(in.voxels(), dims, RightAngleRotations.Rotation.NONE, 1, level);
        }
        progress.accept(1);
        return ResponseMaps.wrap(in, response);
    }

    /**
     * Level j stretches the filters to (taps - 1) 2^(j-1) + 1 voxels; beyond 4 times the image's largest dimension
     * the response carries nothing more and the work only grows, so such a level is refused before any work.
     */
    private void checkLevel(int[] dims) {
        int largest = 1;
        for (int a = 0; a < dimensionality.axes; a++) largest = Math.max(largest, dims[a]);
        int useful = 1;
        while (useful < MAX_LEVEL && stretched(useful + 1) <= 4L * largest + 1) useful++;
        if (level > useful)
            throw new IllegalArgumentException("wavelet level " + level + " stretches the " + wavelet + " filters to " + stretched(level)
                + " voxels, beyond 4 times the image's largest dimension (" + largest + "); the limit here is level " + useful);
    }

    private long stretched(int j) {
        return (long) (Math.max(low.length(), high.length()) - 1) * (1L << (j - 1)) + 1;
    }

    /** Applies levels {@code from..to} (1-based) of the rotated filter bank. */
    private double[] transform(double[] in, int[] dims, RightAngleRotations.Rotation rotation, int from, int to) {
        double[] cur = in;
        for (int stage = from; stage <= to; stage++) cur = Convolution.separable(cur, dims, stageKernels(rotation, stage), padding.extension());
        return cur;
    }

    /** The 1D kernels (index = image axis) of one level; levels below 1 have none. */
    private Kernel1D[] stageKernels(RightAngleRotations.Rotation rotation, int stage) {
        if (stage < 1) return new Kernel1D[0];
        int n = dimensionality.axes;
        Kernel1D[] kernelAxes = new Kernel1D[n];
        for (int i = 0; i < n; i++) {
            boolean lowPass = stage < level || map.charAt(i) == 'L';
            kernelAxes[i] = (lowPass ? low : high).upsampled(1 << (stage - 1));
        }
        return rotation.place(kernelAxes);
    }

    @Override
    public String toString() {
        return "wavelet " + wavelet + " " + map + " level " + level;
    }
}
