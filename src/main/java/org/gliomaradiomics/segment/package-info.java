/**
 * Segmentation of 3D volumes: thresholds (manual and ImageJ automatic methods), seeded region growing,
 * BraTS sub-region derivation, overlap metrics (Dice, Hausdorff, HD95,
 * ASSD), a synthetic glioma case generator and a multi-sequence 3D Weka voxel classifier. Connected
 * components, hole filling, distance transforms and morphology are in {@link org.gliomaradiomics.mask}.
 *
 * <p>Masks are {@code boolean[]} arrays on a {@link org.gliomaradiomics.image.Geometry} (x fastest, index
 * {@code x + nx*(y + ny*z)}); label maps are {@link org.gliomaradiomics.image.Volume}s. Algorithms never touch
 * ImageJ windows; long ones report progress through a {@code DoubleConsumer} (fraction 0..1).
 */
package org.gliomaradiomics.segment;
