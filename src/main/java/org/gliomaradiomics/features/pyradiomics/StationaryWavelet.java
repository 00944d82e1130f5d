package org.gliomaradiomics.features.pyradiomics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.filters.WaveletCoefficients;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/**
 * PyRadiomics' wavelet image type ({@code imageoperations._swt3}): every level is one level-1 step of PyWavelets'
 * stationary transform {@code pywt.swtn} (periodic, filters NOT upsampled between levels) applied to the previous
 * approximation. One step convolves each axis with pywt's {@code dec_lo} or {@code dec_hi} as
 * {@code out[i] = sum_k f[k] x[(i + F/2 - k) mod N]} (pywt's periodization convolution with step 1). Axes of odd
 * length that span the whole image are first padded by one voxel with wrap-around, as PyRadiomics does, and the
 * results cropped back. Letters follow the axes x, y, z (L = dec_lo, H = dec_hi); with force2D the slice axis is
 * not transformed and names have two letters. Written by hand: no Java
 * library reproduces pywt.
 */
final class StationaryWavelet {
    private StationaryWavelet() {}

    /** Voxels of one level-1 step that a voxel of the output can depend on, per side. */
    static int reach(String wavelet) {
        return WaveletCoefficients.decompositionLowPass(wavelet).length;
    }

    /**
     * Decompositions named as PyRadiomics names them ({@code wavelet-LLH} … for the first returned level,
     * {@code wavelet2-…} for the second, the last level's approximation {@code wavelet[n]-LLL} last), each on
     * {@code dims}.
     */
    static Map<String, double[]> decompose(double[] image, int[] dims, boolean[] wrapOddAxis, String wavelet, int startLevel, int levels) {
        return decompose(image, dims, wrapOddAxis, wavelet, startLevel, levels, new int[] {0, 1, 2});
    }

    /** As above over the given axes only (0 = x, 1 = y, 2 = z; PyRadiomics drops the force2D slice axis): one letter per axis. */
    static Map<String, double[]> decompose(double[] image, int[] dims, boolean[] wrapOddAxis, String wavelet, int startLevel, int levels, int[] axes) {
        if (startLevel < 0) throw new IllegalArgumentException("wavelet start_level must be >= 0, got " + startLevel);
        if (levels < 1) throw new IllegalArgumentException("wavelet level must be >= 1, got " + levels);
        Kernel1D low = WaveletCoefficients.kernel(wavelet, 'L'), high = WaveletCoefficients.kernel(wavelet, 'H');
        int[] padded = dims.clone();
        for (int a = 0; a < 3; a++) if (wrapOddAxis[a] && dims[a] % 2 != 0) padded[a]++;
        double[] data = Arrays.equals(dims, padded) ? image : BorderExtension.PERIODIC.extend(image, dims, padded, new int[3]);
        for (int i = 0; i < startLevel; i++) for (int a : axes) data = along(data, padded, a, low);
        Map<String, double[]> out = new LinkedHashMap<>();
        String approximation = "L".repeat(axes.length);
        for (int level = 1; level <= levels; level++) {
            String prefix = level == 1 ? "wavelet-" : "wavelet" + level + "-";
            Map<String, double[]> bands = new LinkedHashMap<>();
            bands.put("", data);
            for (int a : axes) { // pywt's order: the first axis' letter varies slowest, 'a' before 'd'
                Map<String, double[]> next = new LinkedHashMap<>();
                for (Map.Entry<String, double[]> b : bands.entrySet()) {
                    next.put(b.getKey() + "L", along(b.getValue(), padded, a, low));
                    next.put(b.getKey() + "H", along(b.getValue(), padded, a, high));
                }
                bands = next;
            }
            for (Map.Entry<String, double[]> b : bands.entrySet())
                if (!b.getKey().equals(approximation)) out.put(prefix + b.getKey(), cropped(b.getValue(), padded, dims));
            data = bands.get(approximation);
        }
        out.put((levels == 1 ? "wavelet-" : "wavelet" + levels + "-") + approximation, cropped(data, padded, dims));
        return out;
    }

    private static double[] along(double[] data, int[] dims, int axis, Kernel1D k) {
        return Convolution.along(data, dims, axis, k, BorderExtension.PERIODIC);
    }

    /** Back on the image's grid: the wrapped voxels (numpy.pad 'wrap') dropped. */
    private static double[] cropped(double[] data, int[] padded, int[] dims) {
        return Arrays.equals(dims, padded) ? data : BorderExtension.crop(data, padded, new int[3], dims);
    }
}
