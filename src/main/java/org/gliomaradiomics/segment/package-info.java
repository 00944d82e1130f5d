/**
 * Segmentation of 3D volumes: thresholds (manual, Otsu, and any histogram method the caller supplies), seeded region growing,
 * BraTS sub-region derivation, overlap metrics (Dice, Hausdorff, HD95,
 * ASSD), a synthetic glioma case generator and a multi-sequence 3D Weka voxel classifier. Connected
 * components, hole filling, distance transforms and morphology are in {@link org.gliomaradiomics.mask}.
 *
 * <p>Masks are {@code boolean[]} arrays on a {@link org.gliomaradiomics.image.Geometry} (x fastest, index
 * {@code x + nx*(y + ny*z)}); label maps are {@link org.gliomaradiomics.image.Volume}s. Algorithms never touch
 * ImageJ windows; long ones report progress through a {@code DoubleConsumer} (fraction 0..1).
 *
 * <p>Layer: core, above {@code preprocess}; may use {@code parallel}, {@code image}, {@code table}, {@code numerics},
 * {@code mask} and {@code preprocess}; never ImageJ (ImageJ's AutoThresholder methods come from the command layer as
 * {@link org.gliomaradiomics.segment.Threshold.Method}s). A habitat model gives and takes its text; model files are
 * {@code image.ModelFiles}'s (no file I/O here, checked by {@code LayeringTest}).
 */
package org.gliomaradiomics.segment;
