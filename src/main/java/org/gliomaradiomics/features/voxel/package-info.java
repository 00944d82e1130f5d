/**
 * Voxel-wise feature maps: the value of a feature in the (2R+1)^3 neighbourhood (intersected with the ROI) of
 * every ROI voxel, one {@link org.gliomaradiomics.image.Volume} per feature, with grey levels discretised once over
 * the whole ROI (as PyRadiomics' voxel-based mode does). GLCM maps use sliding-window co-occurrence counts on the
 * GLCM family's {@code TextureGrid}, read by the one GLCM formula class ({@code CooccurrenceFeatures}, either
 * {@code Convention}); the other families are recomputed per kernel ({@code RoiData.crop} of the ROI) by
 * {@code KernelFamilyMaps} with the whole-ROI code itself (an IBSI family, or {@code PyRadiomicsTextures} for
 * PyRadiomics' classes, firstorder included).
 *
 * <p>Layer: part of {@code features} (same arrows).
 */
package org.gliomaradiomics.features.voxel;
