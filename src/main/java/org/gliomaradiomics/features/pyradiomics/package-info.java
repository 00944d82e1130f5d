/**
 * A re-implementation of PyRadiomics' feature definitions and pre-processing (normalisation, corner-anchored
 * ITK resampling, resegmentation, fixed-width bins on multiples of the width, per-direction texture averaging,
 * midpoint marching-cubes shape), so that values match published PyRadiomics models to 1e-6. Entry point:
 * {@link org.gliomaradiomics.features.pyradiomics.PyRadiomicsExtractor}; settings from PyRadiomics YAML through
 * {@link org.gliomaradiomics.features.pyradiomics.PyRadiomicsParams}. Derived image types (LoG, Wavelet, Square,
 * SquareRoot, Logarithm, Exponential, Gradient, LBP2D) are computed on the ROI box plus the filter's reach, LBP3D
 * on the ROI from scipy splines over the whole image ({@link org.gliomaradiomics.features.pyradiomics.ImageTypeFilters});
 * Original values match PyRadiomics to 1e-6, the point-wise types, wavelets, LBP2D, LBP3D and LoG (ITK's recursive Gaussian) follow PyRadiomics' and its libraries'
 * formulas (no PyRadiomics reference values for filtered images here). The firstorder and texture classes are not
 * here: {@code features.PyRadiomicsTextures} runs them on the IBSI families' formula classes (firstorder:
 * {@code IntensityStatisticsFamily.pyradiomics}, on {@code FirstOrderFeatures}) with {@code Convention.PYRADIOMICS},
 * named by {@code FeatureRegistry.pyradiomicsClass}; grey levels come from {@code preprocess.Discretiser.numpyEdges}.
 * Here remain PyRadiomics' pre-processing, image types and shape: the core's marching cubes ({@code features.shape})
 * with PyRadiomics' case table, its hull and farthest pairs, the core's principal axes; shape2D's marching squares
 * are PyRadiomics' own. ROIs are the core's {@code RoiData} and {@code RoiBox}.
 *
 * <p>Layer: part of {@code features} (same arrows).
 */
package org.gliomaradiomics.features.pyradiomics;
