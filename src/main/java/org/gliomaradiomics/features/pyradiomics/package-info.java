/**
 * A re-implementation of PyRadiomics' feature definitions and pre-processing (normalisation, corner-anchored
 * ITK resampling, resegmentation, fixed-width bins on multiples of the width, per-direction texture averaging,
 * midpoint marching-cubes shape), so that values match published PyRadiomics models to 1e-6. Entry point:
 * {@link org.gliomaradiomics.features.pyradiomics.PyRadiomicsExtractor}; settings from PyRadiomics YAML through
 * {@link org.gliomaradiomics.features.pyradiomics.PyRadiomicsParams}.
 */
package org.gliomaradiomics.features.pyradiomics;
