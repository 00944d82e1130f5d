/**
 * Radiomic features: one class per IBSI family ({@link org.gliomaradiomics.features.FeatureFamily}, registered in
 * {@link org.gliomaradiomics.features.FeatureRegistry}), the extractor that prepares a region (resampling,
 * re-segmentation, discretisation) and runs the families, parameter files, and batch extraction over a manifest.
 * Subpackages: {@code shape} (mesh, convex hull, FFT), {@code filters} (IBSI 2 convolutional filters),
 * {@code pyradiomics} (PyRadiomics' own definitions, for studies that must match PyRadiomics).
 */
package org.gliomaradiomics.features;
