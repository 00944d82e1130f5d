package org.gliomaradiomics.features;

import org.gliomaradiomics.preprocess.Resampler;

/**
 * What really differs between the IBSI and the PyRadiomics definitions of the same features, as data: the formula
 * classes ({@link CooccurrenceFeatures}, {@link SizeZoneMatrixFeatures}, {@link NgtdmFamily}), the texture
 * matrix builders ({@link PyRadiomicsTextures}) and the voxel maps are one code path, and read only these fields;
 * so do the pre-processing steps that differ: the resampling (both extractors resample through
 * {@link Resampler#aroundRoi}) and the LoG implementation.
 *
 * @param name              {@code ibsi} or {@code pyradiomics}
 * @param logEpsilon        added to p inside the logarithms of entropies: 0 (IBSI) or PyRadiomics' machine epsilon
 * @param numpyBinEdges     grey levels by numpy.digitize on PyRadiomics' bin edges (fixed width: on multiples of
 *                          the width from the floored ROI minimum; fixed count: numpy.histogram's) instead of IBSI's
 *                          formulas (fixed width: from the minimum or a given lower bound)
 * @param averageDirections voxel kernels: GLCM features per direction, averaged (PyRadiomics), instead of the
 *                          features of the merged matrix (IBSI 3D:mrg)
 * @param isolatedVoxelsInNgtdm NGTDM counts voxels without a ROI neighbour in n_i (PyRadiomics; IBSI leaves them out)
 * @param zeroFlatRunDirections GLRLM drops a direction along which no line holds two ROI voxels (PyRadiomics)
 * @param resampling        how an image and its ROI are resampled: grid anchor and extent, whose rounding the
 *                          interpolators and the B-spline prefilter follow, the mask rule (IBSI's, or SimpleITK's as
 *                          PyRadiomics sets it up)
 * @param filters           which implementation computes the LoG of an image type. (The wavelet does not switch:
 *                          PyRadiomics' levels re-apply level-1 filters with periodic wrap-around, IBSI 2's upsample
 *                          them and pad as configured, so the two are different transforms with different settings,
 *                          each parsed with its own image-type section.)
 */
public record Convention(String name, double logEpsilon, boolean numpyBinEdges, boolean averageDirections,
                         boolean isolatedVoxelsInNgtdm, boolean zeroFlatRunDirections,
                         Resampler.Scheme resampling, Filters filters) {
    public static final Convention IBSI = new Convention("ibsi", 0, false, false, false, false,
        Resampler.Scheme.IBSI, Filters.IBSI2);
    public static final Convention PYRADIOMICS = new Convention("pyradiomics", Math.ulp(1.0), true, true, true, true,
        Resampler.Scheme.SIMPLEITK, Filters.SIMPLEITK_PYWAVELETS);

    /** The filter implementations. */
    public enum Filters {
        /** IBSI 2's convolution filters ({@code filters}: sampled Gaussian kernels truncated at 4σ). */
        IBSI2,
        /** SimpleITK's LaplacianRecursiveGaussian and PyWavelets' swtn, operation for operation
         * ({@code features.pyradiomics}: RecursiveGaussian, StationaryWavelet). */
        SIMPLEITK_PYWAVELETS
    }

    /** {@code log2(p + ε)}. */
    public double log2(double p) {
        return ln(p) / LN2;
    }

    /** {@code ln(p + ε)}: sums of p ln(p + ε) divided once by {@link #LN2} give entropies in bits without a
     * division per term. */
    public double ln(double p) {
        return Math.log(p + logEpsilon);
    }

    static final double LN2 = Math.log(2);
}
