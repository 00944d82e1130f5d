/**
 * Radiomic features: one class per IBSI family ({@link org.gliomaradiomics.features.FeatureFamily}, registered in
 * {@link org.gliomaradiomics.features.FeatureRegistry}, which also names each feature's PyRadiomics counterpart),
 * the extractor that prepares a region (resampling, re-segmentation, discretisation) and runs the families, the one
 * image-type layer of both conventions ({@code DerivedImages}: region, crop, responses to the features), the IBSI
 * filtered image types, and the features of one case over its requested regions ({@code CaseExtraction}: label
 * numbers, all, BraTS WT/TC/ET). Parameter files, batch extraction and feature tables are one layer up, in
 * {@code extraction}. Results are {@code ExtractedFeature} rows for both conventions.
 * One engine serves both conventions: the texture matrix builders ({@code TextureGrid}, the families' builders) and
 * one formula class per family kind ({@code CooccurrenceFeatures} for GLCM, {@code SizeZoneMatrixFeatures} for
 * GLRLM, GLSZM, GLDZM, NGLDM and PyRadiomics' gldm, {@code NgtdmFamily} for NGTDM, {@code FirstOrderFeatures} for
 * intensity_statistics, intensity_histogram and PyRadiomics' firstorder) are used by IBSI extraction, by PyRadiomics'
 * classes ({@code PyRadiomicsTextures}) and by the voxel maps; {@link org.gliomaradiomics.features.Convention} holds what
 * really differs (ε in logarithms, bin edges, direction averaging, NGTDM's isolated voxels, flat GLRLM directions, grid
 * anchor, interpolator and LoG implementation).
 * {@code RoiBox} is the one ROI box.
 * The filtered image types' filters are one layer down, in {@code filters}.
 * Subpackages: {@code shape} (mesh, farthest pairs, Moran/Geary by FFT), {@code pyradiomics} (PyRadiomics' settings, pre-processing, image types and shape definitions, for studies
 * that must match PyRadiomics), {@code voxel} (voxel-wise feature maps in either convention).
 *
 * <p>Layer: core, above {@code preprocess}, {@code segment} and {@code filters}; may use {@code parallel}, {@code image}
 * (the volume model), {@code table}, {@code settings}, {@code numerics}, {@code mask}, {@code preprocess},
 * {@code segment} and {@code filters};
 * never ImageJ, never the file system (voxel maps go to a sink; the command layer writes each map), checked
 * by {@code LayeringTest}.
 */
package org.gliomaradiomics.features;
