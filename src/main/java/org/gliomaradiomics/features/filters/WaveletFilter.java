package org.gliomaradiomics.features.filters;

import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;

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
        this.low = Kernel1D.centred(WaveletCoefficients.decompositionLowPass(wavelet));
        this.high = Kernel1D.centred(WaveletCoefficients.decompositionHighPass(wavelet));
        this.map = map.trim().toUpperCase(Locale.ROOT);
        if (this.map.length() != dimensionality.axes || !this.map.matches("[LH]+"))
            throw new IllegalArgumentException("wavelet map '" + map + "' must have one letter L or H per axis (" + dimensionality.axes + ")");
        if (level < 1) throw new IllegalArgumentException("wavelet decomposition level must be at least 1, got " + level);
        this.level = level;
        this.dimensionality = dimensionality;
        this.padding = padding;
        this.rotationInvariant = rotationInvariant;
        this.pooling = pooling;
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        int[] dims = Convolution.dims(in);
        double[] response = rotationInvariant
            ? RotationPooling.pool(dimensionality, pooling, r -> transform(in.voxels(), dims, r), progress)
            : transform(in.voxels(), dims, null);
        progress.accept(1);
        return ResponseMaps.wrap(in, response);
    }

    /** The response for one rotation of the filter bank (null = unrotated). */
    private double[] transform(double[] in, int[] dims, RightAngleRotations.Rotation rotation) {
        int n = dimensionality.axes;
        double[] cur = in;
        for (int stage = 1; stage <= level; stage++) {
            Kernel1D[] kernelAxes = new Kernel1D[n];
            for (int i = 0; i < n; i++) {
                boolean lowPass = stage < level || map.charAt(i) == 'L';
                kernelAxes[i] = (lowPass ? low : high).upsampled(1 << (stage - 1));
            }
            Kernel1D[] onImage = rotation == null ? placeUnrotated(kernelAxes) : rotation.place(kernelAxes);
            cur = Convolution.separable(cur, dims, onImage, padding);
        }
        return cur;
    }

    private static Kernel1D[] placeUnrotated(Kernel1D[] k) {
        Kernel1D[] out = new Kernel1D[3];
        System.arraycopy(k, 0, out, 0, k.length);
        return out;
    }

    @Override
    public String toString() {
        return "wavelet " + wavelet + " " + map + " level " + level;
    }
}
