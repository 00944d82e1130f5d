/**
 * Radiomic features: one class per IBSI family ({@link org.gliomaradiomics.features.FeatureFamily}, registered in
 * {@link org.gliomaradiomics.features.FeatureRegistry}), the extractor that prepares a region (resampling,
 * re-segmentation, discretisation) and runs the families, the IBSI filtered image types, and the features of one case
 * over its requested regions ({@code CaseExtraction}: label numbers, all, BraTS WT/TC/ET). Parameter files, batch
 * extraction and feature tables are one layer up, in {@code extraction}.
 * The formulas both conventions share live here: moments and percentiles ({@code DistributionStatistics}), the
 * size-zone statistics of GLRLM, GLSZM, GLDZM, NGLDM and PyRadiomics' gldm ({@code SizeZoneMatrixFeatures}, ε in the
 * entropy's logarithm as parameter), and the sparse co-occurrence matrix that whole-ROI and voxel-kernel GLCM
 * formulas read ({@code SparseGlcm}, {@code CooccurrenceCounts}).
 * Subpackages: {@code shape} (mesh, farthest pairs, Moran/Geary by FFT), {@code filters} (IBSI 2 convolutional
 * filters), {@code pyradiomics} (PyRadiomics' own definitions, for studies that must match PyRadiomics),
 * {@code voxel} (voxel-wise feature maps in either convention).
 *
 * <p>Layer: core, above {@code preprocess} and {@code segment}; may use {@code parallel}, {@code image} (the volume
 * model), {@code table}, {@code settings}, {@code numerics}, {@code mask}, {@code preprocess} and {@code segment};
 * never ImageJ. One class here still writes files (voxel maps, {@code voxel.VoxelFeatureMaps}): {@code LayeringTest}
 * names it, and no other may start.
 */
package org.gliomaradiomics.features;
