package org.gliomaradiomics.features;

/**
 * What really differs between the IBSI and the PyRadiomics definitions of the same features, as data: the formula
 * classes ({@link CooccurrenceFeatures}, {@link SizeZoneMatrixFeatures}, {@link NgtdmFamily}), the texture
 * matrix builders ({@link PyRadiomicsTextures}) and the voxel maps are one code path, and read only these fields.
 * (PyRadiomics' grid anchor, interpolators and filters are pre-processing: {@code features.pyradiomics}.)
 *
 * @param name              {@code ibsi} or {@code pyradiomics}
 * @param logEpsilon        added to p inside the logarithms of entropies: 0 (IBSI) or PyRadiomics' machine epsilon
 * @param binsOnWidthMultiples grey levels by numpy.digitize on PyRadiomics' bin edges (fixed width: on multiples of
 *                          the width from the floored ROI minimum; fixed count: numpy.histogram's) instead of IBSI's
 *                          formulas (fixed width: from the minimum or a given lower bound)
 * @param averageDirections voxel kernels: GLCM features per direction, averaged (PyRadiomics), instead of the
 *                          features of the merged matrix (IBSI 3D:mrg)
 * @param isolatedVoxelsInNgtdm NGTDM counts voxels without a ROI neighbour in n_i (PyRadiomics; IBSI leaves them out)
 * @param zeroFlatRunDirections GLRLM drops a direction along which no line holds two ROI voxels (PyRadiomics)
 */
public record Convention(String name, double logEpsilon, boolean binsOnWidthMultiples, boolean averageDirections,
                         boolean isolatedVoxelsInNgtdm, boolean zeroFlatRunDirections) {
    public static final Convention IBSI = new Convention("ibsi", 0, false, false, false, false);
    public static final Convention PYRADIOMICS = new Convention("pyradiomics", Math.ulp(1.0), true, true, true, true);

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
